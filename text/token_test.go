package text

import (
	"reflect"
	"testing"
)

// Tokenize on a sentence of my own: the possessive and n't split off, "U.S." keeps its periods,
// offsets are code points from base (the curly quote is one code point, three bytes).
func TestTokenizeShapes(t *testing.T) {
	s := "“The U.S. won't sign,” Ana’s aide said."
	toks := Tokenize([]rune(s), 10)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Lower)
	}
	want := []string{"“", "the", "u.s.", "will", "n't", "sign", ",", "”", "ana", "'s", "aide", "said", "."}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokenize lowers = %q, want %q", got, want)
	}
	if toks[0].Kind != Quote || !IsOpenQuote(toks[0]) || toks[1].Start != 11 || !toks[2].AllCaps || !toks[8].Cap {
		t.Errorf("kinds, offsets or case flags wrong: %+v", toks[:3])
	}
	if k := LastWordTok(toks, toks[len(toks)-1].End); k != 11 {
		t.Errorf("LastWordTok = %d, want 11 (said)", k)
	}
}

// EndsSentence on lines of my own: a statement closed inside its quotation, an abbreviation's
// period, and a heading and a byline, which have no terminal punctuation.
func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"The envoy said: “We will return.”":  true,
		"Talks resumed in Washington, D.C.":  true,
		"Ministers Meet Over Fishing Quotas": false,
		"By Ana Reyes (Harbor Wire)":         false,
		"Will the council vote on Friday?":   true,
	} {
		if got := EndsSentence(Tokenize([]rune(s), 0)); got != want {
			t.Errorf("EndsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// CapRunEnd on a sentence of my own: a run of three capitalized words, a run cut by a comma, a
// lower-case word (no run: i itself) and a run at the end of the tokens.
func TestCapRunEnd(t *testing.T) {
	toks := Tokenize([]rune("the envoy met Ana Lucia Ferraz, Deputy Minister Okafor"), 0)
	for _, c := range [][2]int{{3, 6}, {7, 10}, {0, 0}, {6, 6}, {9, 10}, {10, 10}} {
		if got := CapRunEnd(toks, c[0]); got != c[1] {
			t.Errorf("CapRunEnd(toks, %d) = %d, want %d", c[0], got, c[1])
		}
	}
}
