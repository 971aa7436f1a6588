package loader

import "testing"

// TestNothingJustifies (issue 13, constructions19 A10): denying that anything justifies an act —
// a verb of justifying with a negative subject, or "there can be no justification/excuse for"
// (frames unjustified.go; Quirk et al. 1985, 10.58) — judges the act unjustified: OPPOSES
// (CAMEO 11, PLOVER DISAPPROVE). A positive subject or a plainly negated verb is no such judgement.
func TestNothingJustifies(t *testing.T) {
	cases := []struct {
		text string
		exps []string
	}{
		{"Ireland's foreign minister said nothing could justify the shelling of the refugee camp.",
			[]string{"OPPOSES Ireland -> shelling of the refugee camp"}},
		{"Kenya said there can be no justification for the detention of its lorry drivers.",
			[]string{"OPPOSES Kenya -> detention of its lorry drivers"}},
		{"Neither poverty nor anger can justify the burning of churches, Zambia's president said.",
			[]string{"OPPOSES Zambia -> burning of churches"}},
		{"\"There is no excuse for the bombing of a hospital,\" Austria's chancellor said.",
			[]string{"OPPOSES Austria -> bombing of a hospital"}},
		// near misses: a positive subject justifies; a negated verb with an actor subject says
		// that actor failed to give reasons, no judgement of the act
		{"Ecuador said security concerns justify the closure of the border crossing.",
			[]string{"!OPPOSES Ecuador -> closure"}},
		{"Uruguay said the report did not justify the expulsion of its diplomats.",
			[]string{"!OPPOSES Uruguay -> expulsion"}},
	}
	for _, c := range cases {
		checkExpect(t, extractText(t, c.text+"\n"), c.exps)
	}
}
