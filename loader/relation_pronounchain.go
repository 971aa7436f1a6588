package loader

import (
	"github.com/claimgraph/claimgraph/segment"
)

// pronounChainReach reports that the antecedent search of the object pronoun w ("it", "them") at
// token lh of sentence st may go on into sentence ss, further back than the usual window
// (turnReach): every sentence between ss and st is of the same direct quotation as the pronoun
// and holds the same pronoun inside it. A speaker who goes on about one thing keeps calling it
// "it" ("“I oppose it now. I will oppose it after the vote. And I will oppose it as president.”"):
// a pronoun that continues the previous sentence's pronoun keeps its referent (Grosz, Joshi &
// Weinstein 1995, Centering: the Continue transition, Rule 1 — if anything of the previous
// utterance is realized by a pronoun, the backward-looking center is; Halliday & Hasan 1976, ch.
// 2 on reference chains), so the antecedent the first pronoun of the chain took is within reach
// of the last. At most three sentences of the chain are crossed, none of another paragraph of the
// quotation than the pronoun's (nor a quotation inside it: the sentence's token must lie in the
// same quotation, segment.QuoteAt).
func (d *doc) pronounChainReach(st *sent, lh int, w string, ss *sent) bool {
	q := segment.QuoteAt(d.Doc, st.Idx, lh)
	if q == nil || ss.Idx >= st.Idx-1 || ss.Idx < st.Idx-4 {
		return false
	}
	for s := ss.Idx + 1; s < st.Idx; s++ {
		mid := d.Sents[s]
		if mid.S.Paragraph != st.S.Paragraph {
			return false
		}
		found := false
		for k, t := range mid.Toks {
			if t.Lower == w && segment.QuoteAt(d.Doc, s, k) == q {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
