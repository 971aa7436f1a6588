package input

import (
	"strings"
	"testing"
)

// TestRecordingClockLine: a line that is only a recording's clock in brackets ("(01:09)",
// "[00:14:02]") marks a new paragraph of a Rev transcript and is dropped; the paragraph under it
// stays whole. Must-nots: a clock inside a sentence, a score or ratio in parentheses, a year.
// Invented wordings.
func TestRecordingClockLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		drop bool
	}{
		{"(01:09)", true},
		{"[00:14:02]", true},
		{"(1:05)", true},
		{"(01:09) The minister left.", false},
		{"(2031)", false},
		{"(3-1)", false},
		{"Talks resume at (10:30)", false},
	} {
		if got := classifyLine(c.s).drop; got != c.drop {
			t.Errorf("classifyLine(%q).drop = %v, want %v", c.s, got, c.drop)
		}
	}
	cl, err := NewCleaner()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cl.Clean(Document{Title: "Briefing transcript", Text: "Ana Ruiz (00:03):\n\nGood afternoon, everyone.\n\n(00:21)\nThe ministry welcomes the truce in the north."})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.Article.Text, "(00:21)") || !strings.Contains(out.Article.Text, "The ministry welcomes the truce in the north.") {
		t.Errorf("cleaned text:\n%s", out.Article.Text)
	}
}
