package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestGluedReporter (targets21): a closing reporting clause with a titled name ("…, Interior
// Minister Ana Ruiz said") that the parser hangs on the target's last noun, as an apposition and
// a subjectless clause, stays out of the target's name (Quirk et al. 1985, 15.53). Near miss: a
// participle "said to" inside the noun phrase is the phrase's own.
func TestGluedReporter(t *testing.T) {
	for _, c := range []struct {
		text     string
		typ      graph.RelType
		src, tgt string
		want     bool
	}{
		{"Norway lodged a formal protest with Russia over the detention of Norwegian sailors near the disputed islands, Chief Cabinet Secretary Ola Nordmann said.", graph.Opposes, "Norway", "Nordmann", false},
		{"Norway lodged a formal protest with Russia over the detention of Norwegian sailors near the disputed islands, Chief Cabinet Secretary Ola Nordmann said.", graph.Opposes, "Norway", "detention of Norwegian sailors near the disputed islands", true},
		// near misses: a reporting clause with its subject, a participle inside the phrase
		{"Kenya condemned the shelling of refugee camps near the northern border, Chief Government Spokesman Paul Otieno said.", graph.Opposes, "Kenya", "shelling of refugee camps near the northern border", true},
		{"Japan protested the arrest of the captain, a Chinese national said to be ill.", graph.Opposes, "Japan", "arrest of the captain", true},
	} {
		v := view(extractDoc(t, input.Document{Source: "t", Text: c.text}))
		if got := len(v.rels(c.typ, c.src, c.tgt)) > 0; got != c.want {
			t.Errorf("%s: %s %s -> %q: want %v", c.text, c.typ, c.src, c.tgt, c.want)
			v.dump(os.Stderr)
		}
	}
}
