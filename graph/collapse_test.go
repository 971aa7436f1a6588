package graph

import (
	"strings"
	"testing"
)

// collapseSpace must give exactly what the article ID was computed from before it
// (strings.Join(strings.Fields(s), " ")), or stored articles would get new IDs.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\n\nc\t", "x\u00a0y\u2003z\u0085", "\xff \xfe\u3000end", "Beijing said.\r\n\r\nIt"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
