package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// A fronted adjunct before the subject (issue 13, coref22 L3): a prepositional phrase fronted
// before the subject and closed by a comma ("On trade,", "During the talks with the Chamber of
// Commerce,", "In a statement from the foreign ministry,") is an adjunct of the clause, not its
// subject (Quirk et al. 1985, 8.14–8.19 on the positions of adverbials, initial position set off
// by a comma; 9.1 on the prepositional phrase as adverbial). The pronoun after it is the clause's
// subject and opens the clause as it would open the sentence: a noun inside the adjunct's
// prepositional complement is no antecedent of it (coordinatedAntecedent; pairPronoun,
// relation_pluralpair.go).

// frontedAdjunctEnd returns the index of the first token after a fronted prepositional adjunct
// that opens st at token b and ends at a comma ("On trade, they …": the index of "they"): b's
// word is a simple or marginal preposition (Quirk et al. 1985, 9.7–9.10; data/wordclasses),
// the adjunct has no other comma, no quotation mark, and at most twelve words; -1 otherwise.
func frontedAdjunctEnd(st *sent, b int) int {
	if b >= len(st.Toks) || st.InQuote[b] {
		return -1
	}
	if w := st.Toks[b].Lower; !docpkg.SimplePrepositions.Has(w) && !actors.MarginalPrepositions.Has(w) {
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
