package loader

import "testing"

// Roles from possessives and appositives (actor_roles.go), on invented sentences.
func TestPossessiveRoleRules(t *testing.T) {
	runCases(t, []exCase{
		// appositive:possessor after the name, organization named later or earlier
		{"definite possessor in an appositive, organization named after", "Rosa Lind, the union's chief negotiator, said members of the Harbour Pilots' Union would vote on Friday.",
			[]string{"PERSON Rosa Lind", "role Rosa Lind = chief negotiator", "MEMBER_OF Rosa Lind -> Harbour Pilots' Union"}},
		{"company noun with name words", "SkyBridge Airways cancelled 40 flights on Sunday. Omar Fadl, the airline's chief executive, apologized to passengers.",
			[]string{"MEMBER_OF Omar Fadl -> SkyBridge Airways"}},
		// appositive:preposed
		{"country possessor before the name", "Chile's ambassador to the UN, Rosa Pino, said the vote was unfair. Kenya's government spokesperson, Amos Kiprop, denied the report.",
			[]string{"PERSON Rosa Pino", "MEMBER_OF Rosa Pino -> Chile", "role Rosa Pino = ambassador", "!MEMBER_OF Rosa Pino -> United Nations",
				"MEMBER_OF Amos Kiprop -> Kenya", "role Amos Kiprop = government spokesperson", "!actor Kenya spokespeople"}},
		{"party possessor before the name", "The Green Future Movement welcomed the ruling. \u201cWe are pleased,\u201d the party's leader, Ines Barra, told reporters.",
			[]string{"MEMBER_OF Ines Barra -> Green Future Movement", "role Ines Barra = leader"}},
		{"demonym before the title", "The Ghanaian envoy, Kwame Asante, left the talks early. The Peruvian foreign minister, Lucia Campos, stayed.",
			[]string{"MEMBER_OF Kwame Asante -> Ghana", "MEMBER_OF Lucia Campos -> Foreign Ministry (Peru)"}},
		{"no role without a title or possessor", "Her brother, Erik Lund, a banker, defended the plan. In the capital, Maria Lopez said prices rose.",
			[]string{"PERSON Erik Lund", "!MEMBER_OF Erik Lund", "!MEMBER_OF Maria Lopez"}},
	})
}

// A national title without its country takes the country the article gives it (titleCountry).
func TestTitleCountryRules(t *testing.T) {
	runCases(t, []exCase{
		{"country of the same title in a nameless description", "Gabon's foreign minister rejected Cameroon's plan on Monday. \u201cWe will not sign,\u201d Foreign Minister Awa Diop said.",
			[]string{"MEMBER_OF Awa Diop -> Foreign Ministry (Gabon)", "!actor Foreign Ministry (Cameroon)"}},
		{"the one country of the article", "Interior Minister Tomas Berg said Norway would tighten border checks.",
			[]string{"MEMBER_OF Tomas Berg -> Interior Ministry (Norway)"}},
		{"no guess when a named holder of another country has the title", "Foreign Minister Lin Bo met Ghanaian Foreign Minister Kofi Annor in Accra on Friday.",
			[]string{"MEMBER_OF Kofi Annor -> Foreign Ministry (Ghana)", "!MEMBER_OF Lin Bo -> Foreign Ministry (Ghana)"}},
	})
}

// An appositive does not cross a clause boundary (sentences written for these tests).
func TestAppositiveClauseBoundary(t *testing.T) {
	runCases(t, []exCase{
		{"an introductory phrase before a titled subject is no preposed appositive", "Following an in-depth review by the Ghana Trade Representative, President Kofi Annor is taking action to protect farmers.",
			[]string{"!role Kofi Annor = Trade Representative", "!MEMBER_OF Kofi Annor -> Office of the U.S. Trade Representative (Ghana)"}},
		{"a title before another person's name belongs to that person", "At the invitation of Foreign Minister Lin Bo, Deputy Prime Minister Ana Duarte will visit Ghana from May 2 to 5.",
			[]string{"!role Lin Bo = Deputy Prime Minister"}},
		{"a clause is no role", "At the invitation of Vice President Lin Bo, Vice President Ana Duarte of the Republic of Peru will pay an official visit to Ghana from May 19 to 24.",
			[]string{"!role Lin Bo = Vice President Ana Duarte of the Republic of Peru will pay an official"}},
	})
}
