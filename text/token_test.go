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

// IsHeadline on lines of my own (sweep22): a short sentence of names with a lower-case verb and a
// final period is prose (Chicago 8.159: title case capitalizes verbs; AP: headlines take no
// period); a title-case line, a sentence-case headline without a period, a line of names and
// function words only, and a heading closed by an abbreviation's period stay headlines.
func TestIsHeadlineShortProse(t *testing.T) {
	stop := map[string]bool{"the": true, "on": true, "of": true, "and": true, "for": true, "by": true, "at": true}
	for s, want := range map[string]bool{
		"Venezuela threatened North Macedonia.":      false,
		"Lima on Friday rejected Quito.":             false,
		"Sierra Leone recalls Ghana's ambassador.":   false,
		"Venezuela Threatens North Macedonia":        true,
		"Venezuela threatens North Macedonia":        true,
		"Statement by the Press Secretary of Chile.": true,
		"Talks Resume in Washington, D.C.":           true,
		"Remarks at the Opening of Parliament.":      true,
	} {
		if got := IsHeadline(Tokenize([]rune(s), 0), stop); got != want {
			t.Errorf("IsHeadline(%q) = %v, want %v", s, got, want)
		}
	}
}
