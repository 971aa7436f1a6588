package stance

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax"
)

// parsed builds a sentence from "form/UPOS/lemma/head/deprel" tokens (head 1-based, 0 the root).
func parsed(t *testing.T, spec string) *Sentence {
	t.Helper()
	var s Sentence
	for _, w := range strings.Fields(spec) {
		p := strings.Split(w, "/")
		if len(p) != 5 {
			t.Fatalf("bad token %q", w)
		}
		h := 0
		for _, r := range p[3] {
			h = h*10 + int(r-'0')
		}
		s.Toks = append(s.Toks, syntax.Token{Form: p[0], UPOS: p[1], Lemma: p[2], Head: h - 1, DepRel: p[4]})
	}
	s.Kids = make([][]int, len(s.Toks))
	for i, tk := range s.Toks {
		if tk.Head >= 0 {
			s.Kids[tk.Head] = append(s.Kids[tk.Head], i)
		}
	}
	return &s
}

var testLex = &Lexicon{
	Speech:   func(l string) bool { return l == "say" || l == "tell" },
	Negation: func(w string) bool { return w == "not" || w == "n't" },
	Polarity: func(w string) int {
		if w == "disaster" {
			return -1
		}
		return 0
	},
}

func find(cs []Candidate, holder, pred int) *Candidate {
	for i := range cs {
		if cs[i].Holder == holder && cs[i].Pred == pred {
			return &cs[i]
		}
	}
	return nil
}

// "Okafor said the levy was a disaster": the judged noun of the reported clause is a candidate of
// the speaker, with the speech verb, the copula and the negative polarity among its features.
func TestEvaluationInSpeech(t *testing.T) {
	s := parsed(t, "Okafor/PROPN/Okafor/2/nsubj said/VERB/say/0/root the/DET/the/4/det levy/NOUN/levy/7/nsubj was/AUX/be/7/cop a/DET/a/7/det disaster/NOUN/disaster/2/ccomp")
	s.Holders = []Holder{{Tok: 0, Form: FormName, Kind: "PERSON"}}
	cs := Candidates(s, testLex)
	c := find(cs, 0, 6)
	if c == nil {
		t.Fatalf("no (Okafor, disaster) candidate among %+v", cs)
	}
	if c.Path != "nsubj^ ccompv" {
		t.Errorf("path %q", c.Path)
	}
	for _, f := range []string{"say=say", "cop", "judged", "pol=-1", "hform=name", "obj=levy"} {
		if !slices.Contains(c.Feats, f) {
			t.Errorf("feature %s missing: %v", f, c.Feats)
		}
	}
	if find(cs, 0, 3) != nil {
		t.Error("the judged subject is the target, not a predicate")
	}
}

// "She did not back the bill": the negation is a feature of the predicate.
func TestNegationFeature(t *testing.T) {
	s := parsed(t, "She/PRON/she/4/nsubj did/AUX/do/4/aux not/PART/not/4/advmod back/VERB/back/0/root the/DET/the/6/det bill/NOUN/bill/4/obj")
	s.Holders = []Holder{{Tok: 0, Form: FormPronoun, Kind: "PERSON"}}
	c := find(Candidates(s, testLex), 0, 3)
	if c == nil || !slices.Contains(c.Feats, "neg") || !slices.Contains(c.Feats, "obj=bill") {
		t.Fatalf("want a negated candidate with its object, got %+v", c)
	}
}

// A quotation's speaker holds the quote's clause heads; words outside the quote are not his.
func TestQuoteHolder(t *testing.T) {
	s := parsed(t, "This/PRON/this/4/nsubj is/AUX/be/4/cop a/DET/a/4/det mistake/NOUN/mistake/7/ccomp ,/PUNCT/,/4/punct he/PRON/he/7/nsubj said/VERB/say/0/root")
	s.Holders = []Holder{{Tok: -1, Lo: 0, Hi: 4, Form: FormQuote, Kind: "PERSON"}}
	cs := Candidates(s, testLex)
	if c := find(cs, 0, 3); c == nil || c.Path != "quote" {
		t.Fatalf("want (speaker, mistake) by quote, got %+v", cs)
	}
	if find(cs, 0, 6) != nil {
		t.Error("the attribution verb is outside the quote")
	}
}
