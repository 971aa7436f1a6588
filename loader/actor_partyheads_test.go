package loader

import "testing"

// TestStatePartyHeads: "the Chinese side", "the US side" (a state as one party of an exchange, OED
// "side" n.1) and "the Egyptian leadership" are the country acting, as "the Chinese government"
// is (metonymy:government; partyheads.txt). Near misses: "the other side", "side of" a place and
// "on the X side" are places or no state; "side" modifying a noun is not the head.
func TestStatePartyHeads(t *testing.T) {
	runCases(t, []exCase{
		{"demonym side", "HANOI - The Vietnamese side rejected the proposal on fishing quotas.",
			[]string{"OPPOSES Vietnam -> proposal"}},
		{"country side", "SEOUL - The US side opposed the new shipping rules at the meeting.",
			[]string{"OPPOSES United States -> shipping rules"}},
		{"leadership", "TUNIS - The Algerian leadership rejected the border plan on Sunday.",
			[]string{"OPPOSES Algeria -> border plan"}},
		{"other side", "TUNIS - The other side rejected the border plan on Sunday.",
			[]string{"!OPPOSES Algeria -> border plan", "!actor other side"}},
		{"side of", "HANOI - Villagers on the Vietnamese side of the river rejected the dam plan.",
			[]string{"!OPPOSES Vietnam -> dam plan"}},
		{"on the side", "HANOI - Farmers on the Vietnamese side rejected the dam plan.",
			[]string{"!OPPOSES Vietnam -> dam plan"}},
		{"side as a modifier", "HANOI - The Vietnamese side players rejected the dam plan after the match.",
			[]string{"!OPPOSES Vietnam -> dam plan"}},
	})
}
