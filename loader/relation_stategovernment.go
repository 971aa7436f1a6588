package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
)

// governmentOfState is the country whose government the noun phrase headed by syntax token k
// names, when the head is "government" and a genitive or a noun premodifier names the country
// ("Bolivia's interim government", "the Bolivia government"): a state acts through its
// government, and a demand addressed to it is addressed to the state (CAMEO actor codes give a
// government its country's code, GOV being a role of the state; the genitive of possession,
// Quirk et al. 1985, 5.116). nil otherwise: any other head ("Bolivia's police") or no country.
// It reads only the parse and the mentions, so it is a function.
func governmentOfState(d *doc, st *sent, fs *frameSentence, k int) *entity {
	if !strings.EqualFold(lemmaOf(fs.toks[k]), "government") {
		return nil
	}
	for _, c := range fs.kids[k] {
		if r := fs.toks[c].DepRel; r != "nmod:poss" && r != "compound" {
			continue
		}
		if mm := actors.MentionAt(d.Doc, st, fs.at[c]); mm != nil && mm.Ent.Final().Kind == graph.Country {
			return mm.Ent.Final()
		}
	}
	return nil
}
