package lexicon

import (
	"testing"

	"github.com/claimgraph/claimgraph/data"
)

func TestProductionLexiconsLoad(t *testing.T) {
	lx, err := LoadLexicons(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Countries) < 190 {
		t.Errorf("only %d countries: the list must cover the world", len(lx.Countries))
	}
	for _, n := range []string{"DPRK", "North Korea", "U.S.", "America", "the United States", "UK"} {
		if lx.Names.Next[Keys(n)[0]] == nil {
			t.Errorf("%q is not in the name lexicon", n)
		}
	}
}

func TestVerbForms(t *testing.T) {
	irr := map[string][]string{"say": {"said", "said", "says"}}
	cases := map[string][]string{
		"reject":    {"reject", "rejects", "rejected", "rejecting"},
		"negotiate": {"negotiate", "negotiates", "negotiated", "negotiating"},
		"ban":       {"ban", "bans", "banned", "banning"},
		"deny":      {"deny", "denies", "denied", "denying"},
		"say":       {"say", "says", "said", "saying"},
		"push":      {"push", "pushes", "pushed", "pushing"},
	}
	for lemma, want := range cases {
		got := verbForms(lemma, irr)
		for _, w := range want {
			if _, ok := got[w]; !ok {
				t.Errorf("verbForms(%q) lacks %q: %v", lemma, w, got)
			}
		}
	}
}
