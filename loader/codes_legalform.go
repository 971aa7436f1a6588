package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// legalForms are the legal-form words that end a company's registered name
// (data/wordclasses/legalforms.txt: GLEIF, ISO 20275 Entity Legal Forms).
var legalForms = lexicon.WordClass("legalforms")

// companyRecord is the dictionary's one company record for an organization named with its legal
// form ("Exxon Mobil Corp", "Acme Holdings Ltd."), which a dictionary lists under the name before
// the form (Phoenix.International.actors.txt: EXXON_MOBIL_ [MNCUSA]); nil when e is no
// organization, its name ends in no legal form, or the name before it is no single organization's
// record. A company's legal form is a suffix of its registered name, not a word of the name it is
// known by (ISO 20275 lists the forms apart from the names).
func companyRecord(phx *lexicon.Actors, e *entity) *lexicon.Actor {
	if phx == nil || e.Kind != graph.Organization {
		return nil
	}
	w := strings.Fields(strings.TrimSuffix(e.Name, ","))
	if len(w) < 2 || !legalForms.Has(strings.ToLower(w[len(w)-1])) {
		return nil
	}
	base := strings.TrimSuffix(strings.Join(w[:len(w)-1], " "), ",")
	if a := phx.Unique(base, graph.Organization); a != nil && a.Kind == graph.Organization {
		return a
	}
	return nil
}
