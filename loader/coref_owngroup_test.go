package loader

import "testing"

// TestOwnGroupMembers (coref_owngroup.go): "the <member noun>" opening the reported clause of an
// organization's spokesperson or leader is that organization; another kind of noun, a state
// body's spokesperson, or a member noun with a modifier of its own keep their readings.
func TestOwnGroupMembers(t *testing.T) {
	runCases(t, []exCase{
		{"spokeswoman for, fighters, unless",
			"A spokeswoman for the Ogaden Resistance Front said the fighters would bomb the pipeline unless the army left the valley.",
			[]string{"THREATENS Ogaden Resistance Front -> pipeline"}},
		{"spokesman for, rebels reject",
			"A spokesman for the Cabinda Freedom Movement said that the rebels rejected the ceasefire offer.",
			[]string{"OPPOSES Cabinda Freedom Movement -> ceasefire"}},
		{"leader of, fighters",
			"A leader of the Kivu Patriotic Alliance said the fighters would bomb the railway unless the government paid them.",
			[]string{"THREATENS Kivu Patriotic Alliance -> railway"}},
		{"spokesman for, militants reject",
			"A spokesman for the Kivu Patriotic Alliance said the militants rejected the peace accord.",
			[]string{"OPPOSES Kivu Patriotic Alliance -> peace accord"}},
		{"near miss: another kind of noun",
			"A spokesman for the Cabinda Freedom Movement said the analysts rejected the ceasefire offer.",
			[]string{"!OPPOSES Cabinda Freedom Movement -> ceasefire"}},
		{"near miss: a modified member noun",
			"A spokesman for the Cabinda Freedom Movement said the government troops rejected the ceasefire offer.",
			[]string{"!OPPOSES Cabinda Freedom Movement -> ceasefire"}},
	})
}
