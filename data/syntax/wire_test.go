package syntaxdata

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// The wire treebank (wire/README.md) is hand-annotated: these checks catch what hand edits break
// — a word with no path to the root, two roots, a tag or relation outside UD v2, tokens that no
// longer spell the sentence — and keep the held-back slice apart from the training part.

// udUPOS is the UD v2 universal part-of-speech set (universaldependencies.org/u/pos).
var udUPOS = strings.Fields("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X")

// udRel is the UD v2 universal relation set (universaldependencies.org/u/dep); subtypes follow
// a colon.
var udRel = strings.Fields("acl advcl advmod amod appos aux case cc ccomp clf compound conj cop csubj dep det discourse dislocated expl fixed flat goeswith iobj list mark nmod nsubj nummod obj obl orphan parataxis punct reparandum root vocative xcomp")

func TestWireTreebank(t *testing.T) {
	texts := map[string]string{}
	for _, file := range []string{"wire/train.conllu", "wire/heldout.conllu", "wire/train26.conllu", "wire/heldout26.conllu"} {
		sents, err := conllu.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if len(sents) < 20 {
			t.Errorf("%s: %d sentences, want at least 20", file, len(sents))
		}
		for _, s := range sents {
			id := file + " " + s.SentID()
			if err := checkTree(s); err != nil {
				t.Errorf("%s: %v", id, err)
			}
			if prev, ok := texts[s.Text()]; ok {
				t.Errorf("%s: the same text as %s", id, prev)
			}
			texts[s.Text()] = id
		}
	}
}

// checkTree reports the first way s is not a well-formed UD tree with UD v2 labels whose word
// forms (joined by MISC SpaceAfter=No) spell its "# text".
func checkTree(s *conllu.Sentence) error {
	roots := 0
	var b strings.Builder
	for _, w := range s.Words {
		if !contains(udUPOS, w.UPOS) {
			return fmt.Errorf("word %d %q: UPOS %q is not UD v2", w.ID, w.Form, w.UPOS)
		}
		if !contains(udRel, strings.SplitN(w.DepRel, ":", 2)[0]) {
			return fmt.Errorf("word %d %q: relation %q is not UD v2", w.ID, w.Form, w.DepRel)
		}
		if (w.Head == 0) != (w.DepRel == "root") {
			return fmt.Errorf("word %d %q: head %d with relation %q", w.ID, w.Form, w.Head, w.DepRel)
		}
		if w.Head == 0 {
			roots++
		}
		if w.Head < 0 || w.Head > len(s.Words) {
			return fmt.Errorf("word %d %q: head %d out of range", w.ID, w.Form, w.Head)
		}
		// Follow heads to the root; more steps than words means a cycle.
		h := w.Head
		for steps := 0; h != 0; steps++ {
			if steps > len(s.Words) {
				return fmt.Errorf("word %d %q: cycle through its heads", w.ID, w.Form)
			}
			h = s.Words[h-1].Head
		}
	}
	// The surface tokens: a multiword token ("Qatar's" over Qatar 's) stands for its words.
	mwt := map[int]conllu.MultiWord{}
	for _, m := range s.MultiWords {
		mwt[m.First] = m
	}
	for i := 0; i < len(s.Words); i++ {
		form, misc := s.Words[i].Form, s.Words[i].Misc
		if m, ok := mwt[i+1]; ok {
			cols := strings.Split(m.Line, "\t")
			form, misc, i = m.Form, cols[len(cols)-1], m.Last-1
		}
		b.WriteString(form)
		if !strings.Contains(misc, "SpaceAfter=No") && i < len(s.Words)-1 {
			b.WriteByte(' ')
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	if b.String() != s.Text() {
		return fmt.Errorf("words spell %q, text is %q", b.String(), s.Text())
	}
	return nil
}

func contains(set []string, x string) bool {
	for _, y := range set {
		if x == y {
			return true
		}
	}
	return false
}
