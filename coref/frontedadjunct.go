package coref

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// FrontedAdjunctEnd returns the index of the first token after a fronted prepositional adjunct
// that opens st at token b and ends at a comma ("On trade, they …": the index of "they"): b's
// word is a simple or marginal preposition (Quirk et al. 1985, 9.7–9.10; data/wordclasses),
// the adjunct has no other comma, no quotation mark, and at most twelve words; -1 otherwise.
func FrontedAdjunctEnd(st *doc.Sent, b int) int {
	if b >= len(st.Toks) || st.InQuote[b] {
		return -1
	}
	if w := st.Toks[b].Lower; !doc.SimplePrepositions.Has(w) && !actors.MarginalPrepositions.Has(w) {
		return -1
	}
	for j := b + 1; j < len(st.Toks) && j <= b+13; j++ {
		t := st.Toks[j]
		if t.Text == "," {
			if j == b+1 || j+1 >= len(st.Toks) {
				return -1
			}
			return j + 1
		}
		if t.Kind != text.Word || st.InQuote[j] {
			return -1
		}
	}
	return -1
}
