package depparse

import (
	"fmt"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// FromCoNLLU converts treebank sentences to parser sentences with their gold tags and trees.
// A word without a head ("_") is an error naming the sentence.
func FromCoNLLU(ss []*conllu.Sentence) ([]Sentence, error) {
	out := make([]Sentence, 0, len(ss))
	for si, s := range ss {
		d := Sentence{Words: make([]Word, len(s.Words)), Heads: make([]int, len(s.Words)), Labels: make([]string, len(s.Words))}
		for i, w := range s.Words {
			if w.Head < 0 {
				return nil, fmt.Errorf("depparse: sentence %d (%s): word %d has no head", si+1, s.SentID(), w.ID)
			}
			d.Words[i] = Word{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS}
			d.Heads[i] = w.Head
			d.Labels[i] = w.DepRel
		}
		out = append(out, d)
	}
	return out, nil
}
