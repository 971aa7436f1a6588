package text

import (
	"strings"
	"testing"
)

// WordCount replaces len(strings.Fields(s)) in the cleaner's and the stages' tests, so it must
// agree with it on every input, invalid UTF-8 and Unicode spaces included.
func FuzzWordCount(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\n\nc\t", "x\u00a0y\u2003z\u0085w", "\xff \xfe\u3000end", "REUTERS/Jane Doe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := WordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("WordCount(%q) = %d, want %d", s, got, want)
		}
	})
}
