package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// agreementKind is the kind e agrees as: its own, or for a person named by word shape alone the
// kind of the one Phoenix actor of that name when that is not a person (the rule that
// dropUnevidencedPersons applies after the relations).
// The rule is actors.PhxAgreementKind's (actors/salience.go), over the Phoenix dictionaries (Doc.Phx).
func agreementKind(phx *lexicon.Actors, e *doc.Entity) graph.Kind {
	if phx == nil {
		return e.Kind
	}
	return actors.PhxAgreementKind(phx, e)
}

// pronounFits is fits over e's agreement kind (agreementKind).
func pronounFits(phx *lexicon.Actors, e *doc.Entity, cls string) bool {
	if k := agreementKind(phx, e); k != e.Kind {
		return actors.Fits(&doc.Entity{Kind: k}, cls)
	}
	return actors.Fits(e, cls)
}

// rebelCoded reports an organization the Phoenix dictionary codes as rebels (a REB role code:
// TURREB, NGAREB, COLREB), whom "the group" describes whatever its name's head: Phoenix.agents.txt
// lists the descriptions ARMED_REBEL_GROUP, INSURGENT_GROUP, ANTI_GOVERNMENT_ARMED_GROUP [~REB],
// so the Kurdistan Workers' Party is "the group", though "the company" takes no party.
func rebelCoded(phx *lexicon.Actors, e *doc.Entity) bool {
	if e.Kind != graph.Organization || phx == nil {
		return false
	}
	a := phx.Unique(e.Name, e.Kind)
	return a != nil && len(a.Code) > 3 && strings.Contains(a.Code[3:], "REB")
}
