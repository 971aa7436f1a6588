package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestEvidenceAddressee: a demand whose target names the act with its agent ("urged Chile to
// lift …" → "Chile lifting …") is addressed to that agent: its evidence names the actor
// (Evidence.Addressee, nu19 A4), the object that controls the infinitive (Quirk et al. 1985,
// 16.52) or the content clause's subject. Near misses: a demand of a thing (no agent), an agent
// named by a description, a commissive ("promised Kyiv to withdraw"), and other relation types.
func TestEvidenceAddressee(t *testing.T) {
	for _, c := range []struct {
		text, src, keyword, addressee string
	}{
		{"Lima, April 10 (Wire) - Peru urged Chile to lift the restrictions on copper exports, the foreign ministry said.", "Peru", "lifting", "Chile"},
		{"Oslo, June 2 (Wire) - Norway called on Iceland to reopen its fishing grounds to Norwegian boats, officials said.", "Norway", "reopening", "Iceland"},
		{"Nairobi, May 3 (Wire) - Kenya demanded that Uganda withdraw its troops from the border region.", "Kenya", "withdrawing", "Uganda"},
	} {
		checkAddressee(t, c.text, c.src, c.keyword, c.addressee)
	}
	for _, text := range []string{
		"Lima, April 10 (Wire) - Peru demanded the release of the detained fishermen.",
		"Lima, April 10 (Wire) - Peru urged workers of the state copper company to end their strike.",
		"Kyiv, March 1 (Wire) - Moldova promised Romania to open the border crossing.",
		"Lima, April 10 (Wire) - Peru opposed Chile's new tariffs on copper.",
	} {
		v := view(extractText(t, text))
		for _, r := range v.g.Relations {
			for _, e := range r.Evidence {
				if e.Addressee != "" {
					t.Errorf("%q: %s %s → %s names addressee %s", text, v.label(r.Source), r.Type, v.label(r.Target), v.label(e.Addressee))
				}
			}
		}
	}
}

// checkAddressee extracts text and checks that src DEMANDS an act whose target holds keyword, with
// every sentence's Evidence.Addressee the node named addressee; it returns the view, nil when the
// relation or the node is missing (already reported).
func checkAddressee(t *testing.T, text, src, keyword, addressee string) *graphView {
	t.Helper()
	v := view(extractText(t, text))
	rs := v.rels(graph.Demands, src, keyword)
	want := v.node(addressee)
	if len(rs) == 0 || want == nil {
		v.dump(os.Stderr)
		t.Errorf("%q: no %s DEMANDS …%s… or no node %s", text, src, keyword, addressee)
		return nil
	}
	for _, r := range rs {
		for _, e := range r.Evidence {
			if e.Addressee != want.ID {
				t.Errorf("%q: %s DEMANDS %s: addressee %q, want %s", text, src, v.label(r.Target), v.label(e.Addressee), addressee)
			}
		}
	}
	return v
}
