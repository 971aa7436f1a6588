package loader

import "testing"

// TestOfThePortfolio: "Minister of the Interior <Name>" reads the formal title with its article
// (actor_boundaries.go titleOfPortfolio); near miss: the title with no name after it.
func TestOfThePortfolio(t *testing.T) {
	runCases(t, []exCase{
		{"of the Interior, name", "Minister of the Interior Janez Novak said the police would increase patrols.",
			[]string{"role Janez Novak = Minister of the Interior"}},
		{"of the Environment, name", "Minister of the Environment Clara Duarte rejected the mining permit.",
			[]string{"role Clara Duarte = Minister of the Environment"}},
		{"no name after the title", "The Minister of the Interior said the police would increase patrols.",
			[]string{"!actor Interior"}},
	})
}
