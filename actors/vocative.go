package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// vocatives are the standard appellatives of address (data/wordclasses/vocatives.txt: "sir",
// "madam", "ma'am"; Quirk et al. 1985, 10.52-10.54).
var vocatives = lexicon.WordClass("vocatives")

// vocativeName reports whether e is a PERSON or ORGANIZATION whose whole name is one vocative
// word ("Sir", "Ma'am"): a journalist's "Ma'am Kenya says the border is closed?" addresses the
// spokesperson; a vocative is a term of address, not a name (Quirk et al. 1985, 10.52-10.54), so
// no actor is named. A name with more words ("Sir Keir Starmer": the honorific before a name) is
// not one. Typographic apostrophes are made plain before the lookup, as the tokenizer does.
func vocativeName(e *doc.Entity) bool {
	if e.Kind != graph.Person && e.Kind != graph.Organization || strings.ContainsAny(e.Name, " -") {
		return false
	}
	w := strings.ToLower(strings.ReplaceAll(e.Name, "\u2019", "'"))
	return vocatives.Has(w)
}
