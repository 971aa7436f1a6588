package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestClassLineCodes (issue 13, codes18; trial nu18 A6): a stance from a hand verb or adjective
// class of cue-classes.txt carries the CAMEO code and PLOVER category of its line (the code
// column, from the CAMEO.2.0.txt entry or codebook definition its source cites; PLOVER by
// CAMEO2PLOVER-2021.txt), as a dictionary verb's stance carries its entry's. The code labels the
// relation only (frames.Match.LineCode): "will resume purchases" stays the offer it was, though
// an OFFERS coded 06 in the dictionary's Code needs a counterpart. A dictionary entry keeps its
// own code, and a CITES line names none (CAMEO has no citing act). The nominal of a class verb
// ("resistance" of resist) carries the verb line's code.
func TestClassLineCodes(t *testing.T) {
	cases := []struct {
		text, typ, src, tgt, cameo, plover string
	}{
		{"Chile is opposed to the new fishing quotas.", "OPPOSES", "Chile", "quotas", "110", "ACCUSE"},
		{"Peru urged Bolivia to reopen the border crossing.", "DEMANDS", "Peru", "Bolivia", "020", ""},
		{"Norway welcomed the ceasefire agreement.", "SUPPORTS", "Norway", "ceasefire", "051", "SUPPORT"},
		{"Ghana is ready to work with Togo on the border dispute.", "OFFERS", "Ghana", "work", "030", "AGREE"},
		{"Lima is willing to share the fishing data with Quito.", "OFFERS", "Peru", "shar", "030", "AGREE"},
		{"Kenya refused to sign the trade protocol.", "OPPOSES", "Kenya", "sign", "120", "REJECT"},
		{"Egypt will resume purchases of Ukrainian wheat.", "OFFERS", "Egypt", "wheat", "061", "COOPERATE"},
		{"Ecuador abandoned the fisheries accord.", "OPPOSES", "Ecuador", "accord", "127", "REJECT"},
		// the nominal of a hand verb class's verb (cameo-nouns.txt resistance of resist) takes
		// the verb line's code, as it takes its types
		{"Chile's resistance to the mining law angered Lima.", "OPPOSES", "Chile", "law", "128", "REJECT"},
		// near misses: a dictionary verb keeps its entry's code (CAMEO.2.0.txt VERBAL_CONFLICT
		// OPPOSE [110], DEMAND block DEMAND [100]); a class line whose type is none in the
		// asserted mode gives no relation ("resumed purchases", done, is no stance)
		{"Chile opposes the new fishing quotas.", "OPPOSES", "Chile", "quotas", "110", "ACCUSE"},
		{"Peru demanded that Bolivia reopen the border crossing.", "DEMANDS", "Peru", "Bolivia", "100", "REQUEST"},
		{"Egypt resumed purchases of Ukrainian wheat.", "!OFFERS", "Egypt", "", "", ""},
	}
	for _, c := range cases {
		g := extractText(t, c.text)
		v := view(g)
		if typ, ok := strings.CutPrefix(c.typ, "!"); ok {
			for _, r := range g.Relations {
				if string(r.Type) == typ && strings.Contains(v.label(r.Source), c.src) {
					t.Errorf("%s: want no %s from %s; found %v", c.text, typ, c.src, foundRelations(g, v))
				}
			}
			continue
		}
		var hit *graph.Relation
		for i, r := range g.Relations {
			if string(r.Type) == c.typ && !r.Negated && strings.Contains(v.label(r.Source), c.src) && strings.Contains(strings.ToLower(v.label(r.Target)), strings.ToLower(c.tgt)) {
				hit = &g.Relations[i]
				break
			}
		}
		if hit == nil {
			t.Errorf("%s: want %s %s -> %s; found %v", c.text, c.typ, c.src, c.tgt, foundRelations(g, v))
			continue
		}
		if hit.Cameo != c.cameo || hit.Plover != c.plover {
			t.Errorf("%s: %s %s -> %s carries CAMEO %q PLOVER %q, want %q %q", c.text, c.typ, c.src, c.tgt, hit.Cameo, hit.Plover, c.cameo, c.plover)
		}
	}
}
