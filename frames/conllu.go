package frames

import "github.com/claimgraph/claimgraph/syntax/conllu"

// FromCoNLLU converts a CoNLL-U sentence to tokens: Head becomes 0-based (-1 for the root and for
// an unannotated "_"), and Start/End are code-point offsets into the words joined by single
// spaces (CoNLL-U keeps no offsets of its own).
func FromCoNLLU(s *conllu.Sentence) []Token {
	toks := make([]Token, len(s.Words))
	off := 0
	for i, w := range s.Words {
		n := len([]rune(w.Form))
		h := w.Head - 1
		if w.Head <= 0 {
			h = -1
		}
		toks[i] = Token{Form: w.Form, Start: off, End: off + n, UPOS: w.UPOS, XPOS: w.XPOS,
			Lemma: w.Lemma, Head: h, DepRel: w.DepRel}
		off += n + 1
	}
	return toks
}
