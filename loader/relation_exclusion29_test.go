package loader

import "testing"

// TestExclusionFromAgent (issue 13, frames29a): an agentless passive of exclusion takes the party
// its from- or out-of-phrase names as its agent (frames/exclusion.go): a body suspends or expels
// its own members, a state has a foreign diplomat leave its territory. Near misses: a from-phrase
// naming no party, a withdrawal (no verb of exclusion), troops ordered out (an order, not an
// expulsion), and an expulsion whose by-phrase names its agent.
func TestExclusionFromAgent(t *testing.T) {
	runCases(t, []exCase{
		{"suspended from a body", "Mauritania was suspended from the African Union after the coup, the council said.",
			[]string{"SANCTIONS African Union -> Mauritania", "rule SANCTIONS African Union -> Mauritania = frames:verb-passive:class/verb/suspend+exclusion-from"}},
		{"expelled from a state", "Two Iranian diplomats were expelled from Germany last week.",
			[]string{"SANCTIONS Germany -> Iranian diplomats"}},
		{"diplomat ordered out of a state", "A Russian diplomat was ordered out of Estonia on Monday.",
			[]string{"SANCTIONS Estonia -> Russian diplomats"}},
		{"barred unless: threat", "Honduras will be barred from the Organization of American States unless Zelaya is restored.",
			[]string{"THREATENS Organization of American States -> Honduras", "!SANCTIONS"}},
		// near misses
		{"no party in the from-phrase", "The athlete was banned from the stadium for life.",
			[]string{"!SANCTIONS"}},
		{"withdrawn from", "Belgian troops were withdrawn from Rwanda in 1994.",
			[]string{"!SANCTIONS Rwanda"}},
		{"troops ordered out", "Russian troops were ordered out of Chechnya.",
			[]string{"!SANCTIONS Chechnya", "!SANCTIONS Russia"}},
	})
}

// TestEnvoyOutOf (issue 13, frames29a): "out of" marks the state an envoy is withdrawn from as
// "from" does (Quirk et al. 1985, 9.15–9.17; relation_ownenvoy.go sourcePhrase), so the
// withdrawal is aimed at that state, not at the envoy. Near miss: the envoy sent to a capital.
func TestEnvoyOutOf(t *testing.T) {
	runCases(t, []exCase{
		{"pulled out of a capital", "Mexico pulled its ambassador out of Lima.",
			[]string{"SANCTIONS Mexico -> Peru"}},
		{"sent to a capital", "Mexico sent its ambassador to Lima.",
			[]string{"!SANCTIONS"}},
	})
}

// TestFrozenMembership (issue 13, frames29a): freeze + membership is the frozen participation
// of CAMEO.2.0.txt's FREEZE block ("- * PARTICIPATION" [160]), aimed at the member
// (cue-classes.txt). Near miss: a membership drive frozen by a party of its own.
func TestFrozenMembership(t *testing.T) {
	runCases(t, []exCase{
		{"froze a member's membership", "The Arab League has frozen Syria's membership.",
			[]string{"SANCTIONS Arab League -> Syria"}},
		{"froze hiring", "The Arab League has frozen hiring at its headquarters.",
			[]string{"!SANCTIONS"}},
	})
}
