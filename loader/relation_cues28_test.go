package loader

import (
	"strings"
	"testing"
)

// TestCues28AdjunctStance (issue 13, cues28): a stance noun heading an adjunct of a clause is its
// owner's stance toward the clause's act (frames adjunct.go): a concessive adjunct of opposition,
// an adjunct of circumstance of support or request. The act is named with its agent and without
// the adjunct itself, wherever the adjunct stands (cueAdjunctEnd: a stance is about the act, not
// about itself).
func TestCues28AdjunctStance(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Over a French objection, the ministers agreed to extend the fishing quota.", "OPPOSES France -> extend the fishing quota"},
		{"Despite Nepal's protests, India opened the new road.", "OPPOSES Nepal -> India opening the new road"},
		{"At Qatar's request, the Security Council postponed the debate.", "DEMANDS Qatar -> postponing the debate"},
		{"Under pressure from Brazil, Paraguay lifted the import ban.", "DEMANDS Brazil -> Paraguay lifting the import ban"},
	})
	for _, text := range []string{
		"The World Bank approved the new loan with strong Swedish support.",
		"Ecuador released the fishermen on Friday at Peru's request.",
	} {
		g := extractText(t, text)
		v := view(g)
		found := false
		for _, r := range g.Relations {
			if l := v.label(r.Target); (r.Type == "SUPPORTS" || r.Type == "DEMANDS") && (strings.Contains(l, "approving") || strings.Contains(l, "releasing")) {
				found = true
				if strings.Contains(l, "support") || strings.Contains(l, "request") {
					t.Errorf("%s: the act %q holds the adjunct naming the stance", text, l)
				}
			}
		}
		if !found {
			t.Errorf("%s: no stance toward the act; found %v", text, foundRelations(g, v))
		}
	}
	frames21Forbidden(t, []struct{ text, not string }{
		{"Despite strong Swedish support, the motion failed.", "!SUPPORTS Sweden"},
		{"Despite the storm, Nepal opened the new road.", "!OPPOSES Nepal"},
		{"The price of rice depends on demand from Japan.", "!DEMANDS Japan"},
	})
}
