package lexicon

import (
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/text"
)

// TestTrieLookups checks Opens, Lookup, Longest and LongestTokens on a trie of my own keys: a key
// that is a prefix of another ("coast guard", "coast guard auxiliary"), a path that runs past the
// last key ("coast guard station" ends at "guard"), and a word that opens nothing.
func TestTrieLookups(t *testing.T) {
	var tr Trie
	tr.add([]string{"coast", "guard"}, Entry{Kind: EntryActor, Form: "1"})
	tr.add([]string{"coast", "guard", "auxiliary"}, Entry{Kind: EntryActor, Form: "2"})
	tr.add([]string{"navy"}, Entry{Kind: EntryActor, Form: "0"})
	if !tr.Opens("coast") || tr.Opens("guard") || tr.Opens("") {
		t.Errorf("Opens: coast %v, guard %v", tr.Opens("coast"), tr.Opens("guard"))
	}
	if e := tr.Lookup([]string{"coast", "guard"}); len(e) != 1 || e[0].Form != "1" {
		t.Errorf("Lookup(coast guard) = %v", e)
	}
	if e := tr.Lookup([]string{"coast"}); e != nil {
		t.Errorf("Lookup(coast) = %v, want nil: no key ends there", e)
	}
	if e := tr.Lookup([]string{"coast", "guard", "station"}); e != nil {
		t.Errorf("Lookup(coast guard station) = %v, want nil", e)
	}
	for _, c := range []struct {
		words []string
		form  string
		n     int
	}{
		{[]string{"coast", "guard", "station"}, "1", 2},
		{[]string{"coast", "guard", "auxiliary", "unit"}, "2", 3},
		{[]string{"navy", "base"}, "0", 1},
		{[]string{"coast", "road"}, "", 0},
		{[]string{"army"}, "", 0},
		{nil, "", 0},
	} {
		e, n := tr.Longest(c.words)
		if n != c.n || n > 0 && e[0].Form != c.form || n == 0 && e != nil {
			t.Errorf("Longest(%v) = %v, %d; want form %q, %d", c.words, e, n, c.form, c.n)
		}
		var toks []text.Token
		for _, w := range c.words {
			toks = append(toks, text.Token{Text: w, Lower: w})
		}
		e2, n2 := tr.LongestTokens(toks)
		if n2 != n || len(e2) != len(e) {
			t.Errorf("LongestTokens(%v) = %v, %d; Longest gave %v, %d", c.words, e2, n2, e, n)
		}
	}
}

// TestNameAndCueWords checks DemonymWord, PlaceWord and NounCue on the production lexicons, with
// words that must not answer yes.
func TestNameAndCueWords(t *testing.T) {
	lx, err := LoadLexicons(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string][2]bool{ // demonym, place
		"french": {true, true}, "kenyan": {true, true}, "chile": {false, true}, "nairobi": {false, true},
		"ministry": {false, false}, "said": {false, false}, "": {false, false},
	} {
		if got := lx.DemonymWord(w); got != want[0] {
			t.Errorf("DemonymWord(%q) = %v", w, got)
		}
		if got := lx.PlaceWord(w); got != want[1] {
			t.Errorf("PlaceWord(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{"threat": true, "reject": false, "impose": false, "ministry": false} {
		if got := lx.NounCue(w); got != want {
			t.Errorf("NounCue(%q) = %v, want %v", w, got, want)
		}
	}
}
