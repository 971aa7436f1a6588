// The entity, role and mention types: what the actors stage finds and the later stages resolve,
// merge and extend (moved from loader/doc_entity.go in restruct10; the loader names them entity,
// roleRec and mention through aliases), with the methods that read or extend only the entities
// they are given: the final merge target and merging, aliases and roles, a generic body's
// country.

package doc

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Entity is an actor, policy or claim being built for one article. Fields are grouped by the
// stage whose code writes them (docs/layout/loader-map.md, Fields × stages); ✎ marks a field a
// stage above actors rewrites after actors made it (step 6 of docs/layout/plan.md).
type Entity struct {
	// written by actors (the constructor, entity in loader/actor_entity.go), and also by the stages named
	Kind     graph.Kind       // also segment (speaker files), coref ✎
	Name     string           // canonical; also segment, coref ✎
	Aliases  []string         // through AddAlias, called by every stage from actors up
	Code     string           // ISO3 for countries and their bodies
	Country  *lexicon.Country // also segment (speaker files)
	Rule     string           // also segment, coref, relations ✎
	Roles    []Role           // through AddRole
	Weak     bool             // emitted only when it takes part in a relation (groups, unresolved names, policies); also relations (policyTarget)
	Dropped  bool             // resolved as no actor (a place, an unknown word); also segment, coref ✎
	NameToks []string         // person name tokens; also segment (speaker labels)
	Pending  bool             // a single name or honorific + name waiting for coreference; also coref
	Hon      bool             // seen with an honorific (Mr., Ms.): a person; also coref
	Seat     bool             // the country came from the capital opening the name (its seat)
	Guessed  bool             // the country is only the article's one named country (actor_guess.go)
	// OwnHolder: a body split off for one holder (actor_bodysplit.go): its holder scope is its own
	OwnHolder bool
	// set by assignCodes (actor_codes.go), the codes phase of actors:
	Cameo      string // CAMEO actor code ("CHNGOV")
	LocalScope string // when the identity is local: "article:ID" or "holder:NAME" (actor_codes.go); also localPolicies (policy_scope.go, from build)
	IdName     string // a generic body's canonical name, which its node ID follows (actor_bodynames.go)
	Family     string // normalized family name when written first ("liu" in Liu He)

	// written by coref
	Merged   *Entity // set when coreference merged this entity into another (through MergeInto)
	SubjectN int     // mentions in subject position

	// written by claims (the claim node of a CLAIMS relation)
	Text    string  // claim text
	Direct  bool    // claim is a direct quotation
	Speaker *Entity // claim speaker
	Turn    string  // claim: the discourse unit it came from ("answer:3"; see doc.turnOf)

	// written by relations: policy targets written with a definite determiner ("the plan") and
	// without one ("tariffs", "a deal"), and of these with the indefinite article ("a deal")
	// (surface.PolicyTarget; read by policy_scope.go)
	DefiniteUses, BareUses, IndefiniteUses int

	// written by the facade (build): a weak entity some relation needs
	Keep bool
}

// Role is a title an entity holds, with the organization it is held in.
type Role struct {
	Title string  // through AddRole
	Org   *Entity // through AddRole; rewritten by actors (actor_bodysplit.go) ✎
	// Phrase is the written phrase that gave the role when it is not the person's own mention
	// (titleAppositiveRole: the title's "the Spokesperson of the Ministry … of Thailand"); firstPerson
	// reads the body's country from it as from a label
	Phrase string
}

// Mention is one occurrence of an entity: tokens [Ts, Te) of sentence Sent (its index). Written by actors
// (addMention); the claims stage builds throwaway mentions of a resolved pronoun that no list holds.
type Mention struct {
	Sent, Ts, Te int
	Ent          *Entity
	Rule         string
	Subject      bool // written by coref
	Singular     bool // a group named by a singular noun: he/she may refer to it here
}

// Final is the entity e was merged into, through every merge (MergeInto), or e itself.
func (e *Entity) Final() *Entity {
	for e.Merged != nil {
		e = e.Merged
	}
	return e
}

// AddAlias adds s, trimmed, to e's aliases unless it is empty or there already (any case).
func (e *Entity) AddAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(a, s) {
			return
		}
	}
	e.Aliases = append(e.Aliases, s)
}

// PlaceIn gives a generic body its country c and shows it in the name, keeping the name as
// written as an alias ("Foreign Ministry" → "Foreign Ministry (Japan)"): bodies named by a
// generic head are distinct per country (issue 14), and the store keys them by name.
func (e *Entity) PlaceIn(c *lexicon.Country) {
	e.AddAlias(e.Name)
	e.Name += " (" + c.Name + ")"
	e.Country = c
}

// AddRole records title t held in org (nil: none named); a title e already holds (any case)
// takes org only when it had none.
func (e *Entity) AddRole(t string, org *Entity) {
	for i, r := range e.Roles {
		if strings.EqualFold(r.Title, t) {
			if r.Org == nil {
				e.Roles[i].Org = org
			}
			return
		}
	}
	e.Roles = append(e.Roles, Role{Title: t, Org: org})
}

// MergeInto makes e's final entity an alias of o's. Merging through the final entities, and
// never an entity into itself, keeps the merge chains acyclic: Final must terminate whatever
// order the coreference rules fire in (an appositive and an acronym rule once closed a loop on
// "the UN/ECE [ECE] secretariat … UN/ECE [ECE] bodies").
func (e *Entity) MergeInto(o *Entity) {
	a, b := e.Final(), o.Final()
	if a != b {
		a.Merged = b
	}
}

// ActorKind reports whether e's final entity is an actor (a person, organization, government,
// country …: graph.Kind.IsActor) that no rule dropped.
func ActorKind(e *Entity) bool {
	e = e.Final()
	return e.Kind.IsActor() && !e.Dropped
}
