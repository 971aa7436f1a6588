package loader

import "testing"

// TestIssuerVoice: a document whose heading names its speaker (a statement, briefing or press
// conference) is issued by its speaker's state, read from his self-reference ("the Chinese side
// has lodged …", "we Japanese", "our country Japan") or the header's capital ("New Delhi",
// "Washington, D.C., April 2, 2031", "Canberra, 12 April 2031"), not from the count of country
// mentions: such documents are mostly about another state. Its bare office titles, its own
// speakers and the bare bodies its speaker names are that state's (actor_issuervoice.go).
// Near misses: a foreign leader named only in a journalist's question, another state's official
// named with his country, a news story quoting two states' spokespersons, a joint press
// conference of two states' leaders, a speaker abroad naming the host's officials by bare titles.
func TestIssuerVoice(t *testing.T) {
	runCases(t, []exCase{
		{"a ministry's press conference: the side the spokesperson speaks for",
			"Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on March 4, 2031\n\n" +
				"Q: The Philippine Defense Secretary said yesterday that Manila would send more vessels to the shoal. What is your response?\n\n" +
				"A: The Chinese side has lodged stern representations with the Philippine side. We urge the Philippines to stop its provocations.\n\n" +
				"Q: President Marcos said the Philippines will not back down. Do you have any comment?\n\n" +
				"A: We have noted the remarks. The Philippines should honor its commitments under the declaration.\n\n" +
				"Q: Vice Foreign Minister Sun Wei will visit Hanoi next week. Can you give us more details?\n\n" +
				"A: Vice Foreign Minister Sun Wei will hold consultations with Vietnam on maritime issues.",
			[]string{"country Lin Hao = CHN", "country Sun Wei = CHN", "country Foreign Ministry (China) = CHN", "country Marcos = "}},
		{"a transcript under a capital's line",
			"Ministry of External Affairs\n\nTranscript of Weekly Media Briefing by the Official Spokesperson (March 6, 2031)\n\nNew Delhi\n\n" +
				"Official Spokesperson, Shri Rakesh Varma: Good afternoon, friends. External Affairs Minister Dr. Anil Kapoor will travel to Colombo on Monday for the joint commission with Sri Lanka. Sri Lanka is a close neighbour.\n\n" +
				"Question: Sir, the Sri Lankan government has said it wants more investment in ports. Will the minister discuss this?\n\n" +
				"Official Spokesperson, Shri Rakesh Varma: The minister will discuss all aspects of our partnership with Sri Lanka.",
			[]string{"country Rakesh Varma = IND", "country Anil Kapoor = IND", "country Ministry of External Affairs (India) = IND"}},
		{"a press secretary's briefing under a capital's dateline; a foreign president named with his country keeps it",
			"Press Conference by the Press Secretary\n\nWashington, D.C., April 2, 2031\n\n" +
				"Press Secretary Karen Blake: Good afternoon, everyone. The President spoke this morning with President Hector Ruiz of Mexico about the border. Mexico has agreed to expand inspections.\n\n" +
				"Q: Did the President raise tariffs with Mexico?\n\nPress Secretary Karen Blake: He did. Mexico will send a delegation on Thursday.",
			[]string{"country Karen Blake = USA", "country Hector Ruiz = MEX"}},
		{"a minister's statement on another state",
			"Statement by the Minister for Foreign Affairs on the situation in Myanmar\n\nCanberra, 12 April 2031\n\n" +
				"Minister for Foreign Affairs Helen Walsh said today that the violence in Myanmar must end. Myanmar's military must release all political prisoners, and Myanmar must allow humanitarian access.\n\n" +
				"The Minister said the Foreign Ministry had summoned the Myanmar ambassador. Ambassador Peter Doyle, our representative to ASEAN, will raise the matter with the Myanmar delegation.",
			[]string{"country Helen Walsh = AUS", "country Foreign Ministry (Australia) = AUS", "country Peter Doyle = AUS"}},
		{"we Japanese, our country Japan: a press conference away from the capital",
			"Press Conference by Foreign Minister Kenji Sato\n\nOsaka, May 2, 2031\n\n" +
				"Foreign Minister Kenji Sato: The Republic of Korea announced new measures on fisheries yesterday. We Japanese have a long history with Korea, and Korea is an important neighbour.\n\n" +
				"Reporter: How will Korea respond?\n\nForeign Minister Kenji Sato: I expect Korea to respond constructively. Korea and our country Japan share many interests.",
			[]string{"country Kenji Sato = JPN", "country Foreign Ministry (Japan) = JPN"}},
		{"a news story quoting two states' spokespersons: none",
			"Two states traded accusations on Monday.\n\nSpokesperson Lin Hao said the Chinese side had lodged representations over the shoal. Spokesperson Maria Santos said the Philippine side rejected them.",
			[]string{"country Lin Hao = ", "country Maria Santos = "}},
		{"a joint press conference of two states' leaders: none",
			"Remarks by President Ana Ruiz and President Henri Moreau in Joint Press Conference\n\nPRESIDENT RUIZ: Good morning. France and our country will invest in reactors.\n\n" +
				"PRESIDENT MOREAU: France firmly opposes the new tariffs on steel. France will defend its industry.",
			[]string{"country Ana Ruiz = "}},
		{"a speaker abroad: the host's officials named by bare titles stay local",
			"Remarks by Ambassador Helen Carrow\n\nAt a Press Availability in Manila\n\n" +
				"The United States firmly supports the freedom of navigation. The United States will stand with its allies.\n\n" +
				"I have just concluded productive meetings with President Jose Reyes and Foreign Secretary Carlos Lopez. We discussed maritime security.",
			[]string{"country Carlos Lopez = ", "country Jose Reyes = "}},
	})
}
