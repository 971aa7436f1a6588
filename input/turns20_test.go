package input

import (
	"strings"
	"testing"
)

// TestHyphenDialogue: hyphen lines that exchange a question and its answer are a caption-style
// dialogue, whose hyphens stay as turn marks; the splitter leaves the mark out of the sentence. A
// hyphen list (no question answered in the next hyphen line) loses its bullets as before.
// Invented wordings.
func TestHyphenDialogue(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Press conference by Prime Minister Ana Costa", "", "- Lisbon will veto the quota.", "", "- Will you resign?", "", "- No."}, true},
		{[]string{"Interview", "- Are the talks over?", "- They were suspended on Friday by the Greek side."}, true},
		{[]string{"Key points", "", "- Prices rose 3%.", "", "- Exports fell.", "", "- Wages stalled."}, false},
		{[]string{"What next?", "", "- Can the euro recover?", "", "The bank meets on Thursday."}, false},
		{[]string{"- Who pays?", "- Who decides?"}, false},
	} {
		if got := hyphenDialogue(c.lines); got != c.want {
			t.Errorf("hyphenDialogue(%q) = %v", c.lines, got)
		}
	}
	s, err := NewSplitter()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range s.Split("Title\n\n- We will veto it. Lisbon agrees.\n\n- Why?") {
		got = append(got, x.Text)
	}
	if strings.Join(got, "|") != "Title|We will veto it.|Lisbon agrees.|Why?" {
		t.Errorf("Split: %q", got)
	}
}
