package discourse

import (
	"strings"
	"testing"
)

// TestTranscriberNote: a paragraph wholly in parentheses or brackets holding a clock time is the
// transcriber's note, furniture that ends the turn before it (issue 14, round-8 class 45); an
// aside in parentheses without a time, or a time inside a sentence, stays the speaker's.
func TestTranscriberNote(t *testing.T) {
	for s, want := range map[string]bool{
		"(The session adjourned at 5:40 p.m.)":                       true,
		"[Recess taken at 10:05 a.m.]":                               true,
		"(Applause.)":                                                false,
		"We adjourned at 5:40 p.m. and resumed the next morning.":    false,
		"(a) the levy ends at 5:40; (b) the quota stays.":            false,
		"(The chair noted the levy would end at 5:40, not later.) x": false,
	} {
		if got := transcriberNote(s); got != want {
			t.Errorf("transcriberNote(%q) = %v, want %v", s, got, want)
		}
	}
	doc := "MR. HALVORSEN: The council rejects the new levy on timber.\n\nQUESTION: Will you appeal?\n\nMR. HALVORSEN: We will appeal the ruling.\n\n(The session adjourned at 5:40 p.m.)"
	got := describe(doc)
	if len(got) != 4 || !strings.HasSuffix(got[3], "*") || strings.Contains(got[3], "HALVORSEN") {
		t.Errorf("closing note: want furniture outside the last turn, got %q", got)
	}
}
