package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
)

// Agreement in kind for pronouns (Lappin & Leass 1994, the morphological filter: a pronoun's
// antecedent agrees with it in number, gender and person/non-person; Quirk et al. 1985, 6.14:
// "it" and "they", not "he"/"she", refer to organizations and other bodies). Coreference runs
// before dropUnevidencedPersons (actor_personevidence.go) gives a name found by word shape alone
// the kind the Phoenix dictionary records for it, so that "Boko Haram said" is still a PERSON
// when a later "It vowed revenge" looks for its antecedent. The same dictionary entry decides
// the agreement here: a shape-only person (no title, honorific or role) whose name the
// dictionary knows, uniquely, as an organization or government agrees with "it", not "he".

// agreementKind is the kind e agrees as: its own, or for a person named by word shape alone the
// kind of the one Phoenix actor of that name when that is not a person (the rule that
// dropUnevidencedPersons applies after the relations).
// The rule is phxAgreementKind's (actor_salience.go), over the Extractor's dictionaries.
func agreementKind(ex *Extractor, e *entity) graph.Kind {
	if ex == nil {
		return e.Kind
	}
	return actors.PhxAgreementKind(ex.phx, e)
}

// pronounFits is fits over e's agreement kind (agreementKind).
func pronounFits(ex *Extractor, e *entity, cls string) bool {
	if k := agreementKind(ex, e); k != e.Kind {
		return actors.Fits(&entity{Kind: k}, cls)
	}
	return actors.Fits(e, cls)
}

// rebelCoded reports an organization the Phoenix dictionary codes as rebels (a REB role code:
// TURREB, NGAREB, COLREB), whom "the group" describes whatever its name's head: Phoenix.agents.txt
// lists the descriptions ARMED_REBEL_GROUP, INSURGENT_GROUP, ANTI_GOVERNMENT_ARMED_GROUP [~REB],
// so the Kurdistan Workers' Party is "the group", though "the company" takes no party.
func rebelCoded(ex *Extractor, e *entity) bool {
	if e.Kind != graph.Organization || ex == nil || ex.phx == nil {
		return false
	}
	a := ex.phx.Unique(e.Name, e.Kind)
	return a != nil && len(a.Code) > 3 && strings.Contains(a.Code[3:], "REB")
}
