package lexicon

import (
	"testing"

	"github.com/claimgraph/claimgraph/data"
)

// TestBritishSpellings: British forms of American-spelled agent nouns are agents too, with the
// same code; a British form the dictionary lists itself keeps its own entry.
func TestBritishSpellings(t *testing.T) {
	x, err := LoadShared(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ british, american string }{{"labour union", "labor union"}, {"labour unions", "labor unions"}} {
		b, ok := x.Agent(c.british)
		a, _ := x.Agent(c.american)
		if !ok || b.Code != a.Code || b.Plural != a.Plural {
			t.Errorf("%q: got %+v (%v), want the entry of %q %+v", c.british, b, ok, c.american, a)
		}
	}
	if !x.AgentEnd("union") {
		t.Errorf("union should end an agent noun")
	}
	if a, ok := x.Agent("labour minister"); !ok || a.Code != "GOVLAB" {
		t.Errorf("labour minister: got %+v, want its own GOVLAB entry", a)
	}
	m := map[string]Agent{"labor union": {Noun: "labor union", Code: "LAB"}, "labour union": {Noun: "labour union", Code: "XXX"}}
	addBritishSpellings(m)
	if m["labour union"].Code != "XXX" {
		t.Errorf("a British form listed in the dictionary must keep its entry, got %+v", m["labour union"])
	}
}
