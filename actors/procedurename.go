package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// procedureModifierAt reports whether the capital whose mention would end at token te of st is a
// noun modifier of a procedure head (procedureHeads: "process", "mechanism", "format"; WordNet
// 3.0 noun.act / noun.process) written in lower case or plural, alone or in a coordination of
// modifiers sharing that head: "the Luanda process", "the Luanda and Nairobi processes", "the
// Doha, Astana and Geneva processes". A premodifying noun inside a noun phrase is part of that
// phrase (Quirk et al. 1985, 17.104-17.108, nominal premodification; UD "compound" and "conj"
// of the modifier), so the city names where the procedure was set up, not an actor. Only
// capitalized words and the coordinators "and", "or" and a comma may stand between the capital
// and the head. The capitalized single-name form ("the Berlin Process") is interpret's
// procedureHeads branch.
func procedureModifierAt(st *doc.Sent, te int) bool {
	toks := st.Toks
	k := te
	for k < len(toks) {
		w := toks[k]
		switch {
		case w.Lower == "and" || w.Lower == "or" || w.Lower == ",":
			k++
			continue
		case procedureHeadWord(w.Lower):
			return true
		case text.UpperFirstWord(w.Text) && k > te && (toks[k-1].Lower == "and" || toks[k-1].Lower == "or" || toks[k-1].Lower == "," || text.UpperFirstWord(toks[k-1].Text)):
			k++
			continue
		}
		return false
	}
	return false
}

// procedureHeadWord reports a procedure head in the singular or in the regular plural
// ("processes", "mechanisms", "formats"; Quirk et al. 1985, 5.78-5.80, the -s/-es plural).
func procedureHeadWord(w string) bool {
	if procedureHeads.Has(w) {
		return true
	}
	if s, ok := strings.CutSuffix(w, "es"); ok && procedureHeads.Has(s) {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && procedureHeads.Has(s) {
		return true
	}
	return false
}
