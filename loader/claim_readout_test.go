package loader

import "testing"

// TestReadoutNarration: a readout's narrated sentences are CLAIMS of its issuing state (rule
// readout:narration, claims/readout.go); not in a news report of the same meeting, not for a
// sentence the text already gives another speaker, not when nothing names the issuer's state.
func TestReadoutNarration(t *testing.T) {
	runDocCases(t, []exCase{
		{"readout-place-line", "Readout of Prime Minister Ana Sousa's call with Chancellor Lena Hofer\n\nLisbon, 3 March 2031\n\n" +
			"Prime Minister Ana Sousa discussed the energy interconnection across the Pyrenees with Chancellor Hofer.\n\n" +
			"The Prime Minister said that the interconnection would be finished by 2030.\n",
			[]string{"CLAIMS Portugal -> discussed the energy interconnection", "rule CLAIMS Portugal -> energy interconnection = readout:narration",
				"CLAIMS Ana Sousa -> finished by 2030", "!CLAIMS Portugal -> finished by 2030", "!CLAIMS Germany -> energy interconnection"}},
		{"readout-colon-heading", "Readout: Foreign Minister Juma Otieno's meeting with Foreign Minister Sara Lind of Sweden\n\nNairobi, 8 July 2031\n\n" +
			"Foreign Minister Juma Otieno welcomed Sweden's support for the water projects in Turkana.\n",
			[]string{"CLAIMS Kenya -> welcomed Sweden's support", "!CLAIMS Sweden -> welcomed Sweden's support"}},
		{"news-report-no-readout", "Sousa and Hofer discuss energy link\n\nLISBON, March 3 (Reuters) - Prime Minister Ana Sousa discussed the energy interconnection across the Pyrenees with Chancellor Lena Hofer on Monday.\n",
			[]string{"!CLAIMS Portugal -> energy interconnection"}},
		{"readout-no-state", "Readout of the Minister's call with the Director-General\n\n" +
			"The Minister discussed the vaccine supply for the coming winter with the Director-General.\n",
			[]string{"!CLAIMS Minister -> vaccine supply"}},
	})
}

// TestStatementBlockOwnBody: the "we" of a statement block whose lead-in names an executive body
// of a stated state as its issuer at the head of the document is that state (ownBodyState,
// headerLeadIn, rule block:statement), as when the title names the body; a lead-in after a
// report's own sentences (a news story quoting the body) and a body that is no state's executive
// keep their "we".
func TestStatementBlockOwnBody(t *testing.T) {
	runDocCases(t, []exCase{
		{"lead-in-ministry-of-state", "The Ministry of Foreign Affairs of Peru issues the following statement:\n\n" +
			"We call on the parties in Bolivia to resume the dialogue without delay.\n",
			[]string{"DEMANDS Peru -> dialogue", "!DEMANDS Ministry of Foreign Affairs of Peru -> dialogue",
				"CLAIMS Ministry of Foreign Affairs of Peru -> We call on the parties"}},
		{"lead-in-after-report", "Bolivian talks stall\n\nTalks between the government and the opposition in La Paz broke down on Monday.\n\n" +
			"The Ministry of Foreign Affairs of Peru issued the following statement:\n\n" +
			"We call on the parties in Bolivia to resume the dialogue without delay.\n",
			[]string{"DEMANDS Ministry of Foreign Affairs of Peru -> dialogue", "!DEMANDS Peru -> dialogue"}},
		{"lead-in-union", "The Federation of Mine Workers issues the following statement:\n\n" +
			"We call on the Government of Peru to withdraw the mining decree.\n",
			[]string{"DEMANDS Federation of Mine Workers -> mining decree", "!DEMANDS Peru -> mining decree"}},
	})
}

// TestTopicAdjunctPoint: a fronted topic adjunct naming a questioner's point ("Regarding your
// second point,") frames the answer; what follows its comma is the answerer's claim
// (talkQuestionHeads). A "your" in the content itself still addresses the audience.
func TestTopicAdjunctPoint(t *testing.T) {
	runDocCases(t, []exCase{
		{"your-second-point", "Regular Briefing by Foreign Ministry Spokesperson Ines Farrugia\n\nValletta, 2 June 2031\n\n" +
			"Q: Has Malta protested to Libya about the detained fishermen?\n\n" +
			"A: Regarding your second point, our embassy in Tripoli has requested consular access to the fishermen.\n\n" +
			"Q: And the ferry?\n\n" +
			"A: Regarding your request, I will share the schedule with you after the briefing.\n",
			[]string{"CLAIMS Ines Farrugia -> embassy in Tripoli has requested consular access", "!CLAIMS Ines Farrugia -> share the schedule"}},
	})
}
