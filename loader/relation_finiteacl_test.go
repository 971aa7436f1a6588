package loader

import "testing"

// TestFiniteAclPassive (frames/finiteacl.go): a passive predicate with a finite auxiliary after a
// long subject noun phrase, which the parser hangs on the subject's noun as a reduced relative,
// is the sentence's predicate: its by-phrase is the agent. A relative clause opened by a relative
// word keeps its reading (the talks resumed: no stance of Peru's).
func TestFiniteAclPassive(t *testing.T) {
	runCases(t, []exCase{
		{"between A and B on their dispute",
			"Negotiations between Chile and Bolivia on their water dispute were suspended by the Bolivian delegation.",
			[]string{"SANCTIONS Bolivian delegation -> Negotiations"}},
		{"between the X and the Y on their dispute",
			"Negotiations between the miners and the owners on their pay dispute were suspended by the Peruvian labour ministry.",
			[]string{"SANCTIONS Labour Ministry (Peru) -> Negotiations"}},
		{"near miss: a relative clause with its relative word",
			"The talks, which were suspended by Peru in May, resumed on Monday with Chile.",
			[]string{"!SANCTIONS Chile -> talks"}},
	})
}
