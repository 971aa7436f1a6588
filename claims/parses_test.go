package claims

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// sentOf is a doc.Sent over s (offsets from 0), its tokens by text.Tokenize.
func sentOf(s string) *doc.Sent {
	return &doc.Sent{Toks: text.Tokenize([]rune(s), 0)}
}

// fakeParses is a doc.Parses giving every sentence one parse: one parse token per loader token,
// tagged by xpos (a loader token's index → its Penn tag, "NN" otherwise).
type fakeParses struct {
	xpos map[int]string
	none bool // no parse at all (Of is nil)
}

func (f fakeParses) Of(st *doc.Sent) *doc.Tree {
	if f.none {
		return nil
	}
	t := &doc.Tree{}
	for i := range st.Toks {
		x := f.xpos[i]
		if x == "" {
			x = "NN"
		}
		t.Toks = append(t.Toks, doc.ParseToken{Form: st.Toks[i].Text, XPOS: x, Head: -1})
		t.At = append(t.At, i)
		t.Kids = append(t.Kids, nil)
	}
	return t
}

// TestFiniteVerbInReadsParse: the claims stage reads a conjunct's finite verb from the relations
// stage's parse through doc.Parses (the cut that let ownconjunct.go move): a past-tense
// verb (VBD) in the range is finite, a past participle (VBN) or a verb outside the range is not,
// and without a parse only a finite auxiliary counts (doc.FiniteIn).
func TestFiniteVerbInReadsParse(t *testing.T) {
	st := sentOf("The minister visited Paris and the president said it was over")
	if st.Toks[2].Text != "visited" {
		t.Fatalf("token 2 is %q", st.Toks[2].Text)
	}
	for _, c := range []struct {
		name string
		p    fakeParses
		a, b int
		want bool
	}{
		{"VBD in range", fakeParses{xpos: map[int]string{2: "VBD"}}, 0, 4, true},
		{"VBN in range", fakeParses{xpos: map[int]string{2: "VBN"}}, 0, 4, false},
		{"VBD out of range", fakeParses{xpos: map[int]string{2: "VBD"}}, 3, 4, false},
		{"no parse", fakeParses{none: true}, 0, 4, false},
		{"finite auxiliary, no parse", fakeParses{none: true}, 7, 11, true}, // "was"
	} {
		d := &doc.Doc{Parse: c.p}
		if got := finiteVerbIn(d, st, c.a, c.b); got != c.want {
			t.Errorf("%s: finiteVerbIn(%d, %d) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
	}
}

// fakeTagger is a doc.Frames whose tagger tags "land" (or every word, with all) as VERB.
type fakeTagger struct{ all bool }

func (fakeTagger) Lemma(form, upos, xpos string) string       { return strings.ToLower(form) }
func (fakeTagger) InClass(class, lemma string) bool           { return false }
func (fakeTagger) ClassType(kind, lemma string) graph.RelType { return "" }
func (fakeTagger) NounParty(lemma, prep string) bool          { return false }
func (fakeTagger) IsVerb(lemma string) bool                   { return false }
func (f fakeTagger) Tag(forms, upos, xpos []string) {
	for i, w := range forms {
		upos[i], xpos[i] = "NOUN", "NN"
		if f.all || w == "land" {
			upos[i], xpos[i] = "VERB", "VBP"
		}
	}
}

// TestVerblessTagsThroughFrames: a turn's fragment is tagged by the tagger doc.Frames carries
// (the cut that let fragment.go move): "A quick readout before we land" is verbless (its
// verb stands after the subordinator "before"), the same words with a verb before it are not,
// and without Frames (no tagger) nothing is a fragment.
func TestVerblessTagsThroughFrames(t *testing.T) {
	st := sentOf("A quick readout before we land.")
	e := len(st.Toks) - 1 // the full stop
	if !verbless(fakeTagger{}, st, 0, e) {
		t.Error("fragment: verbless = false, want true")
	}
	if verbless(fakeTagger{all: true}, st, 0, e) {
		t.Error("every word a verb: verbless = true, want false")
	}
	if verbless(nil, st, 0, e) {
		t.Error("no tagger: verbless = true, want false")
	}
}
