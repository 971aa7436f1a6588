package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestWarnedAddressee (issue 13, args26): a warning by a verb of advising whose target is the act
// of its that-clause (VerbNet 3 advise-37.9, "NP V NP.recipient that S") names the actor warned
// as the evidence's addressee (relation_warnedaddressee.go); the target stays the act. Near
// misses: a warning with no addressee, a warning whose object is no actor, and a warning whose
// target is the addressee itself.
func TestWarnedAddressee(t *testing.T) {
	for _, c := range []struct{ text, src, keyword, addressee string }{
		{"Warsaw, May 3 (Wire) - Poland warned Belarus that the crossings would stay closed until the migrants were moved away.", "Poland", "crossings", "Belarus"},
		{"Baku, May 3 (Wire) - Azerbaijan warned Armenia that any new shelling would end the talks.", "Azerbaijan", "shelling", "Armenia"},
	} {
		v := view(extractText(t, c.text))
		rs := v.rels(graph.Threatens, c.src, c.keyword)
		want := v.node(c.addressee)
		if len(rs) == 0 || want == nil {
			v.dump(os.Stderr)
			t.Errorf("%q: no %s THREATENS …%s… or no node %s", c.text, c.src, c.keyword, c.addressee)
			continue
		}
		for _, r := range rs {
			for _, e := range r.Evidence {
				if e.Addressee != want.ID {
					t.Errorf("%q: %s THREATENS %s: addressee %q, want %s", c.text, c.src, v.label(r.Target), v.label(e.Addressee), c.addressee)
				}
			}
		}
	}
	for _, text := range []string{
		"Warsaw, May 3 (Wire) - Poland warned that the crossings would stay closed until the migrants were moved away.",
		"Warsaw, May 3 (Wire) - Poland warned the hauliers that the crossings would stay closed until the migrants were moved away.",
		"Ndjamena, May 3 (Wire) - Chad warned Sudan that it would close the border.",
	} {
		v := view(extractText(t, text))
		for _, r := range v.g.Relations {
			for _, e := range r.Evidence {
				if r.Type == graph.Threatens && e.Addressee != "" {
					t.Errorf("%q: %s %s → %s names addressee %s", text, v.label(r.Source), r.Type, v.label(r.Target), v.label(e.Addressee))
				}
			}
		}
	}
}
