package loader

import "testing"

// TestRegionalStateGroups: a set of states named by a region's proper adjective and a plural for
// states is one GROUP (actors/regionalgroup.go); a single country's demonym, a state's name and a
// name after "of" are not.
func TestRegionalStateGroups(t *testing.T) {
	runTextCases(t, []textCase{
		{"The Pampean-Andean countries rejected the new export quotas on Monday.",
			[]string{"GROUP Pampean-Andean countries", "OPPOSES Pampean-Andean countries -> export quotas"}},
		{"Ministers met in Oslo. The six West African nations urged Freedonia to lift the fishing ban.",
			[]string{"GROUP West African nations", "DEMANDS West African nations -> fishing ban"}},
		{"Scandinavian states condemned the cable sabotage.",
			[]string{"GROUP Scandinavian states", "OPPOSES Scandinavian states -> cable sabotage"}},
		// near misses: one country's federal states, a state's name, an organization's name
		{"The German states rejected the federal school plan.", []string{"!actor German states"}},
		{"The Federated States of Micronesia condemned the test.", []string{"!actor States", "!actor Federated States"}},
		{"The Organization of American States condemned the coup.", []string{"!actor American States"}},
		{"The two countries rejected the plan.", []string{"!actor two countries"}},
	})
}
