package loader

import "testing"

// TestStateFormDefinites: "the kingdom", "the republic" refer back to a country whose official
// name holds the noun (coref_stateforms.go), on sentences written for this test; and a rank
// between a portfolio title and a name keeps the portfolio (actor_names.go).
func TestStateFormDefinites(t *testing.T) {
	runCases(t, []exCase{
		{"the kingdom after a Saudi minister with a rank before his name", "Oil talks stall\n\nRIYADH (Reuters) - Saudi Energy Minister Prince Khalid bin Nasser told reporters that the kingdom would never accept limits on oil output.",
			[]string{"country Khalid bin Nasser = SAU", "OPPOSES Saudi Arabia -> limits"}},
		{"the kingdom after a Jordanian minister", "Valley plan\n\nAMMAN (AP) - Jordanian Foreign Minister Omar Haddad said on Monday that the kingdom rejected the plan to annex the valley.",
			[]string{"OPPOSES Jordan -> plan"}},
		{"the republic after a Korean minister", "Chip curbs\n\nSEOUL (Reuters) - South Korean Trade Minister Ahn Sung-il said the republic would oppose the new export curbs.",
			[]string{"OPPOSES South Korea -> curbs"}},
		{"must not fire: the kingdom after a minister of a republic", "Farm subsidies\n\nPARIS (AFP) - French Farm Minister Luc Moreau said the kingdom would never accept the subsidy cuts.",
			[]string{"!OPPOSES France -> subsidy cuts"}},
		{"two candidates: the nearest kingdom is taken", "Fishing row\n\nMADRID (Reuters) - Spanish Fisheries Minister Ana Ruiz met Moroccan officials on Monday. Moroccan Agriculture Minister Karim Alaoui said the kingdom rejected the quota plan.",
			[]string{"OPPOSES Morocco -> quota plan", "!OPPOSES Spain -> quota plan"}},
	})
}
