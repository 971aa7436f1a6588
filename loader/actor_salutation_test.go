package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/actors"
)

// TestSalutationAddressee: a body named only on a "Dear …," line is the addressee, no actor
// (actor_salutation.go); near misses: the same body acting in the text, a sentence opening with
// "Dear" that is no salutation line.
func TestSalutationAddressee(t *testing.T) {
	runCases(t, []exCase{
		{"salutation only", "Dear members of the Steering Committee of the Harbour Trust,\n\nI thank you for your invitation. We oppose the sale of the old docks.",
			[]string{"!actor Steering Committee of the Harbour Trust"}},
		{"colon salutation", "Dear Friends of the Riverside Heritage Fund:\n\nWe welcome the new grant from the city.",
			[]string{"!actor Riverside Heritage Fund"}},
		{"the body acts in the text", "Dear members of the Steering Committee of the Harbour Trust,\n\nThe Steering Committee of the Harbour Trust rejected the sale of the old docks.",
			[]string{"actor Steering Committee of the Harbour Trust"}},
	})
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Dear members of the Board of Trustees,", true},
		{"My dear colleagues of the Council:", true},
		{"Dear Board of Trustees. The board met on 3 May,", false},
		{"Members of the Board of Trustees,", false},
		{"Dear members of the Board of Trustees", false},
	} {
		r := []rune(c.line)
		if got := actors.SalutationLine(r, 0, len(r)); got != c.want {
			t.Errorf("salutationLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
