package loader

import "testing"

// TestActedOnObjectPostmodifier: a member of a coercive dictionary block (actorActedOn) needs an
// actor acted on; a prepositional phrase after its object names that actor whether the parser
// hangs it on the object noun (UD nmod, the parse26b pair: "blocked transactions with the
// Iranian bank") or on the verb (obl, the EWT-only pair's reading, and the parse26b pair's for
// "with two Russian banks"): the V NP PP attachment English leaves open (Quirk et al. 1985,
// 2.59, 9.4). Near miss: a phrase naming no person or body ("with high fees") acts on no one.
func TestActedOnObjectPostmodifier(t *testing.T) {
	runCases(t, []exCase{
		{"nmod on the object", "The Treasury Department blocked transactions with the Iranian bank.",
			[]string{"SANCTIONS Treasury Department -> transactions"}},
		{"nmod on the object, a body", "Washington blocked transactions with the Venezuelan oil ministry.",
			[]string{"SANCTIONS United States -> transactions"}},
		{"obl on the verb", "The Commerce Department blocked transactions with two Russian banks.",
			[]string{"SANCTIONS Commerce Department -> transactions"}},
		{"no party", "Ottawa blocked transactions with high fees.",
			[]string{"!SANCTIONS Canada"}},
	})
}
