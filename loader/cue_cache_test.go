package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	docpkg "github.com/claimgraph/claimgraph/doc"
)

// TestWordCueCache: a word's cue data is made once and shared by the articles of an extractor;
// once the shared cache holds maxCachedCues words, a new word's data is kept per article, and
// it is the same data either way.
func TestWordCueCache(t *testing.T) {
	words := []string{"rejected", "threatens", "tariffs", "called", "must", "said", "umbrella"}
	x := *testExtractor(t)
	x.cues = &cueCache{}
	d1 := &doc{Doc: &docpkg.Doc{}, x: &x}
	fresh := map[string]wordCue{}
	for _, w := range words {
		fresh[w] = *d1.wordCue(w)
	}
	if n := x.cues.n.Load(); n != int64(len(words)) {
		t.Fatalf("shared cache holds %d words, want %d", n, len(words))
	}
	d2 := &doc{Doc: &docpkg.Doc{}, x: &x}
	for _, w := range words {
		if d2.wordCue(w) != d1.wordCue(w) {
			t.Errorf("%q: a second article made its own wordCue instead of the shared one", w)
		}
	}
	if len(d1.wordCues)+len(d2.wordCues) != 0 {
		t.Errorf("words kept per article while the shared cache had room: %v %v", d1.wordCues, d2.wordCues)
	}

	full := *testExtractor(t)
	full.cues = &cueCache{}
	full.cues.n.Store(maxCachedCues)
	d3 := &doc{Doc: &docpkg.Doc{}, x: &full}
	for _, w := range words {
		c := d3.wordCue(w)
		if !reflect.DeepEqual(*c, fresh[w]) {
			t.Errorf("%q: per-article wordCue %+v, shared %+v", w, *c, fresh[w])
		}
		if _, ok := full.cues.m.Load(w); ok {
			t.Errorf("%q stored in a full shared cache", w)
		}
		if d3.wordCues[w] != c || d3.wordCue(w) != c {
			t.Errorf("%q: not kept in the article's own map", w)
		}
	}
}

// TestCountryNameWords: the words of a country name of two or more words are kept in lower case
// (countryNameWord reads them); a one-word name keeps none.
func TestCountryNameWords(t *testing.T) {
	lx := testExtractor(t).lex
	found := 0
	for _, c := range lx.Countries {
		switch c.Name {
		case "United States":
			found++
			if !reflect.DeepEqual(c.NameWords, []string{"united", "states"}) {
				t.Errorf("United States: name words %q", c.NameWords)
			}
		case "France":
			found++
			if c.NameWords != nil {
				t.Errorf("France: name words %q, want none", c.NameWords)
			}
		}
	}
	if found != 2 {
		t.Fatalf("countries.txt: found %d of United States and France", found)
	}
}

// TestWordCueGateBits: the gate bits a wordCue keeps for justifyCandidate and
// armedSupportCandidate are those the gates computed per word before (the form or its VBZ, VBD
// or NNS lemma in class justify; the form or a stem in class armsupport; a REB or UAF agent),
// for every word of the whole-document texts, and they fire on the words they are for.
func TestWordCueGateBits(t *testing.T) {
	x := testExtractor(t)
	d := &doc{Doc: &docpkg.Doc{}, x: x}
	files, _ := filepath.Glob("testdata/wholedoc*/*/*.txt")
	seen := map[string]bool{"justified": true, "justification": true, "arming": true, "supplies": true, "militias": true, "rebels": true}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(string(b)), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			seen[w] = true
		}
	}
	fr, lm := x.frames, x.lemma
	stems := func(w string) bool {
		for _, s := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ed"),
			strings.TrimSuffix(w, "d"), strings.TrimSuffix(w, "ing"), strings.TrimSuffix(w, "ing") + "e",
			strings.TrimSuffix(w, "ied") + "y", strings.TrimSuffix(w, "ies") + "y"} {
			if fr.InClass("armsupport", s) {
				return true
			}
		}
		return false
	}
	fired := map[string]int{}
	for w := range seen {
		c := d.wordCue(w)
		justify := fr.InClass("justify", w) || fr.InClass("justify", lm.Lemma(w, "VERB", "VBZ")) ||
			fr.InClass("justify", lm.Lemma(w, "VERB", "VBD")) || fr.InClass("justify", lm.Lemma(w, "NOUN", "NNS"))
		a, ok := x.phx.Agent(w)
		group := ok && (strings.HasPrefix(a.Code, "REB") || strings.HasPrefix(a.Code, "UAF"))
		if c.justify != justify || c.armVerb != stems(w) || c.armedGroup != group {
			t.Errorf("%q: justify %v armVerb %v armedGroup %v, want %v %v %v", w, c.justify, c.armVerb, c.armedGroup, justify, stems(w), group)
		}
		for k, b := range map[string]bool{"justify": c.justify, "armVerb": c.armVerb, "armedGroup": c.armedGroup} {
			if b {
				fired[k]++
			}
		}
	}
	for _, k := range []string{"justify", "armVerb", "armedGroup"} {
		if fired[k] == 0 {
			t.Errorf("no word has %s", k)
		}
	}
}
