package loader

import "testing"

// Issue 14, round 8 (branch actors7): each rule of this round on sentences written for it
// (docs/measures/issue14.md, round 8).
func TestRound8Rules(t *testing.T) {
	runCases(t, []exCase{
		// a capital that seats an international organization the article names (actor_seats.go)
		{"a seat capital stands for the organization the article names", "PRAGUE, May 2 (Staff) - The Czech government kept its quota on Slovak steel despite objections from the European Commission in Brussels. Prime Minister Jan Novak urged Brussels to drop its objection.",
			[]string{"!actor Belgium", "alias European Union = Brussels", "mention European Union = metonymy:seat"}},
		{"a seat capital stays its state's when the article names that state", "Belgian farmers blocked roads on Monday. The European Union called the subsidy legal, but Brussels rejected the plan.",
			[]string{"alias Belgium = Brussels", "!alias European Union = Brussels"}},
		{"a seat capital stays its state's when the organization is not named", "Brussels rejected the Dutch proposal on Monday.",
			[]string{"COUNTRY Belgium", "alias Belgium = Brussels"}},
		// one state's named office is not another state's (actor_foreignoffice.go)
		{"another country's trade representative is no member of the US office", "Kenya's trade representative, Otieno Wafula, said Nairobi would take the dispute to the WTO.",
			[]string{"MEMBER_OF Otieno Wafula -> Office of the Trade Representative (Kenya)", "!MEMBER_OF Otieno Wafula -> U.S. Trade Representative"}},
		{"a defence secretary of another country holds no Pentagon", "Philippine Defense Secretary Gilberto Reyes said Manila would buy two frigates.",
			[]string{"MEMBER_OF Gilberto Reyes -> Department of Defense (Philippines)", "!actor Pentagon (Philippines)"}},
		{"the US trade representative keeps the US office", "U.S. Trade Representative Jamieson Greer said tariffs would rise.",
			[]string{"MEMBER_OF Jamieson Greer -> Office of the U.S. Trade Representative"}},
		// junk
		{"the word after a transcript's speaker label opens the sentence", "Press Briefing by Foreign Ministry Spokesperson Ana Lind, Oslo, May 2, 2024\n\nQ: Will the minister visit Kyiv next month?\n\nA: Nothing has been settled yet. Thank you.",
			[]string{"!actor Nothing", "PERSON Ana Lind"}},
		{"letters against a currency sign name a currency", "Minister Ana Soto announced a further NZ$2 million grant to the Red Cross and SG$5 million for Tonga.",
			[]string{"!actor NZ", "!actor SG", "actor Red Cross"}},
		{"a capital and the rest of a headline clause are no company", "Hungary Widens Beef Levy as Ankara Weighs Appeal Options\n\nBy Ilse Marr | March 3, 2024\n\nBUDAPEST — Hungary will widen its levy on imported beef, the government said on Friday. Turkey said it would appeal.",
			[]string{"!actor Ankara Weighs Appeal Options", "COUNTRY Turkey"}},
		{"an organization's head office is the organization", "The Federation of Miners (FEMI) rejected the tariff increase on Monday.\n\nIssued by FEMI Head Office",
			[]string{"!actor FEMI Head Office", "ORGANIZATION Federation of Miners"}},
		{"a building is a venue, not the body that sits in it", "Wednesday, 7 March 2024, Parliament Buildings, Accra\n\nThe committee heard that the Ministry of Roads had no budget.",
			[]string{"!actor Parliament Buildings"}},
		{"a portfolio ending a title's phrase is part of the title", "Witness: Dr. Ruth Achieng, Cabinet Secretary for Lands and Public Administration\n\nDr. Achieng said the eviction order would stand.",
			[]string{"!actor Public Administration", "PERSON Ruth Achieng"}},
		{"a body after a portfolio and a lower-case word stays a body", "The Minister for Trade and the Competition Authority disagreed on the merger.",
			[]string{"actor Competition Authority"}},
	})
}
