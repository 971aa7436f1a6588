package loader

import (
	"fmt"
	"strings"
	"testing"
)

// TestDatelineAgentInCountry (probe20, class A): after a wire dateline, as at a sentence's start,
// a capitalized agent noun (or a word opening one: "Rights groups") with "in COUNTRY" after it is
// a descriptive group of that country, which acts; the country in its postmodifier does not
// (Quirk et al. 1985, 17.37: the prepositional phrase postmodifies the head). Before, the state
// took the group's stance. Sentences written for this test; control: the same without a dateline.
func TestDatelineAgentInCountry(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"NAIROBI (Reuters) - Teachers in Uganda rejected the new pay scale.", "OPPOSES Teachers in Uganda -> new pay scale", "OPPOSES Uganda"},
		{"HARARE (Reuters) - Opposition groups in Malawi condemned the arrests.", "OPPOSES Opposition groups in Malawi -> arrests", "OPPOSES Malawi"},
		{"Teachers in Uganda rejected the new pay scale.", "OPPOSES Teachers in Uganda -> new pay scale", "OPPOSES Uganda"},
	} {
		g := extractText(t, c.text)
		v := view(g)
		if _, full := goldLineHit(g, v, c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, v))
		}
		for _, r := range foundRelations(g, v) {
			if strings.HasPrefix(fmt.Sprint(r), "found: "+c.not+" ->") {
				t.Errorf("%s: unwanted %s", c.text, r)
			}
		}
	}
}
