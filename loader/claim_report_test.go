package loader

import "testing"

// TestReportedThat: "X reported that CLAUSE" is X's claim (speech.txt kind speech-that; new-user
// trial 13 finding 6, reports), in several wordings and with a time adjunct before "that"; near
// misses: "reported" over a noun phrase of figures, or over a clause with no "that", and the noun
// "reports", give no claim of the subject.
func TestReportedThat(t *testing.T) {
	runCases(t, []exCase{
		{"outlet", "Bloomberg reported that the ministry was considering new curbs on chip exports.",
			[]string{"CLAIMS Bloomberg -> considering new curbs"}},
		{"newspaper", "The newspaper Le Figaro reported that Morocco had recalled its ambassador.",
			[]string{"CLAIMS Le Figaro -> recalled its ambassador"}},
		{"time adjunct", "Xinhua reported on Tuesday that the two sides had agreed to resume talks.",
			[]string{"CLAIMS Xinhua -> agreed to resume talks"}},
		{"closing", "Iran seized a tanker in the Gulf, state media reported on Sunday.",
			[]string{"CLAIMS state media -> seized a tanker"}},
		{"closing described", "Peru's Congress voted to remove the president, the news agency Reuters reported.",
			[]string{"CLAIMS Reuters -> voted to remove"}},
		{"figures", "Samsung Electronics reported a 12 percent rise in quarterly profits.",
			[]string{"!CLAIMS Samsung Electronics"}},
		{"no that", "The carmaker Stellantis has reported about 20% of its sales were in Brazil.",
			[]string{"!CLAIMS Stellantis"}},
		{"noun", "Reports from Reuters said the ministry had recalled its ambassador.",
			[]string{"!CLAIMS Reuters"}},
	})
}

// TestInvertedBodyTitleSpeaker: "CLAUSE, ORG TITLE NAME said." is the person's claim when the
// name of a body premodifies the title ("World Bank President", "IMF chief"), as a nationality
// does, or a genitive does ("Norway's Prime Minister"; claims/reported.go); "CLAUSE, a spokesman
// for BODY said." is the body's (claims/spokesperson.go spokespersonOfBody), and so is one whose
// name follows a description ("the news agency Reuters", Quirk 17.91) or whose clause ends in a
// title ("… to censure the minister, the agency said": a clause, no appositive); and "insisted on Tuesday" is a verb of saying with a time adjunct, not
// "insist on" (prepAfterDay). Invented wordings; near misses: "insists on higher wages" demands,
// "responded on Friday to the criticism" states no content.
func TestInvertedBodyTitleSpeaker(t *testing.T) {
	runCases(t, []exCase{
		{"body title", "Kenya will open its electricity market to investors, IMF chief Kristalina Georgieva said.",
			[]string{"CLAIMS Kristalina Georgieva -> open its electricity market"}},
		{"body title 2", "Coastal states must cut their fishing quotas, FAO Director-General Qu Dongyu warned.",
			[]string{"CLAIMS Qu Dongyu -> cut their fishing quotas"}},
		{"insisted on day", "Donor countries must honour their aid pledges, World Bank President Ajay Banga insisted on Tuesday.",
			[]string{"CLAIMS Ajay Banga -> honour their aid pledges"}},
		{"genitive", "The decision was wrong, Norway's Prime Minister Jonas Gahr Store said.",
			[]string{"CLAIMS Jonas Gahr Store -> The decision was wrong"}},
		{"genitive 2", "The tariffs will hurt consumers, Canada's Finance Minister Chrystia Freeland said on Friday.",
			[]string{"CLAIMS Chrystia Freeland -> hurt consumers"}},
		{"clause ending in a title", "Bolivia's Senate voted to censure the minister, the agency said.",
			[]string{"CLAIMS agency -> voted to censure"}},
		{"described", "The militia burned three villages, the rights group Human Rights Watch said.",
			[]string{"CLAIMS Human Rights Watch -> burned three villages"}},
		{"title appositive", "Britain's ambassador, Eleanor Whitcombe, said the text was balanced.",
			[]string{"CLAIMS Eleanor Whitcombe -> text was balanced", "!CLAIMS Eleanor Whitcombe -> Britain's ambassador"}},
		{"spokesman for", "The talks will resume next week, a spokesman for the European Commission told reporters.",
			[]string{"CLAIMS European Commission -> talks will resume"}},
		{"spokeswoman for genitive", "The ban is illegal, a spokeswoman for Kenya's foreign ministry said on Monday.",
			[]string{"CLAIMS Foreign Ministry -> ban is illegal"}},
		{"spokesman for a person", "The plan was discussed, a spokesman for Ana Ruiz said.",
			[]string{"!CLAIMS Ana Ruiz"}},
		{"insist on", "The union insists on higher wages.",
			[]string{"DEMANDS union -> higher wages", "!CLAIMS union"}},
		{"respond to", "The governor of the central bank, Ingrid Solberg, responded on Friday to the criticism.",
			[]string{"!CLAIMS Ingrid Solberg"}},
	})
}
