package loader

import "testing"

// TestParagraphPair: "the two sides" in the narration takes the pair named by an earlier
// sentence of its paragraph when the report's first sentence names none
// (relation_meetingpair_para.go), or of the paragraph right before it (fix26a: a wire story's
// one-sentence paragraphs). Texts of our own; the first fails without the rule (no relation),
// the second without fix26a's extension; near miss: the pair two paragraphs back, with another
// paragraph between, is out of the rule's reach.
func TestParagraphPair(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"ARUSHA, May 2 (EA Wire) — Delegates arrived on Sunday for a week of talks on water.\n\nKenya and Tanzania met on Monday. The two sides condemned Somalia over the raids.\n",
			[]string{"OPPOSES Kenya -> Somalia", "OPPOSES Tanzania -> Somalia"}},
		{"ARUSHA, May 2 (EA Wire) — Delegates arrived on Sunday for a week of talks on water.\n\nKenya and Tanzania met on Monday.\n\nThe two sides condemned Somalia over the raids.\n",
			[]string{"OPPOSES Kenya -> Somalia", "OPPOSES Tanzania -> Somalia"}},
		{"ARUSHA, May 2 (EA Wire) — Delegates arrived on Sunday for a week of talks on water.\n\nKenya and Tanzania met on Monday.\n\nRain delayed the opening of the new market in the town centre.\n\nThe two sides condemned Somalia over the raids.\n",
			[]string{"!OPPOSES Kenya -> Somalia", "!OPPOSES Tanzania -> Somalia"}},
	} {
		t.Run(c.text[:20], func(t *testing.T) { checkExpect(t, extractText(t, c.text), c.want) })
	}
}
