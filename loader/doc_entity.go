// The entity, role and mention types (fields grouped by writing stage), and the helpers that read
// or extend only the entities they are given: the final merge target and merging, aliases and
// roles, and whether it is a live actor (actorKind).

package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// entity is an actor, policy or claim being built for one article. Fields are grouped by the
// stage whose code writes them (docs/layout/loader-map.md, Fields × stages); ✎ marks a field a
// stage above actors rewrites after actors made it (step 6 of docs/layout/plan.md).
type entity struct {
	// written by actors (the constructor, entity in actor_entity.go), and also by the stages named
	kind     graph.Kind       // also segment (speaker files), coref ✎
	name     string           // canonical; also segment, coref ✎
	aliases  []string         // through addAlias (doc_entity.go), called by every stage from actors up
	code     string           // ISO3 for countries and their bodies
	country  *lexicon.Country // also segment (speaker files)
	rule     string           // also segment, coref, relations ✎
	roles    []roleRec        // through addRole (doc_entity.go)
	weak     bool             // emitted only when it takes part in a relation (groups, unresolved names, policies); also relations (policyTarget)
	dropped  bool             // resolved as no actor (a place, an unknown word); also segment, coref ✎
	nameToks []string         // person name tokens; also segment (speaker labels)
	pending  bool             // a single name or honorific + name waiting for coreference; also coref
	hon      bool             // seen with an honorific (Mr., Ms.): a person; also coref
	seat     bool             // the country came from the capital opening the name (its seat)
	guessed  bool             // the country is only the article's one named country (actor_guess.go)
	// ownHolder: a body split off for one holder (actor_bodysplit.go): its holder scope is its own
	ownHolder bool
	// set by assignCodes (actor_codes.go), the codes phase of actors:
	cameo      string // CAMEO actor code ("CHNGOV")
	localScope string // when the identity is local: "article:ID" or "holder:NAME" (actor_codes.go); also localPolicies (policy_scope.go, from build)
	idName     string // a generic body's canonical name, which its node ID follows (actor_bodynames.go)
	family     string // normalized family name when written first ("liu" in Liu He)

	// written by coref
	merged   *entity // set when coreference merged this entity into another (through mergeInto, doc_entity.go)
	subjectN int     // mentions in subject position

	// written by claims (the claim node of a CLAIMS relation)
	text    string  // claim text
	direct  bool    // claim is a direct quotation
	speaker *entity // claim speaker
	turn    string  // claim: the discourse unit it came from ("answer:3"; see doc.turnOf)

	// written by relations: policy targets written with a definite determiner ("the plan") and
	// without one ("tariffs") (policyTarget in relation.go; read by policy_scope.go)
	definiteUses, bareUses int

	// written by the facade (build): a weak entity some relation needs
	keep bool
}

// roleRec is a title an entity holds, with the organization it is held in.
type roleRec struct {
	title string  // through addRole (doc_entity.go)
	org   *entity // through addRole (doc_entity.go); rewritten by actors (actor_bodysplit.go) ✎
	// phrase is the written phrase that gave the role when it is not the person's own mention
	// (titleAppositiveRole: the title's "the Spokesperson of the Ministry … of Thailand"); firstPerson
	// reads the body's country from it as from a label
	phrase string
}

// mention is one occurrence of an entity: tokens [ts, te) of sentence sent. Written by actors
// (addMention); the claims stage builds throwaway mentions of a resolved pronoun that no list holds.
type mention struct {
	sent, ts, te int
	ent          *entity
	rule         string
	subject      bool // written by coref
	singular     bool // a group named by a singular noun: he/she may refer to it here
}

func (e *entity) final() *entity {
	for e.merged != nil {
		e = e.merged
	}
	return e
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, a := range e.aliases {
		if strings.EqualFold(a, s) {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// placeIn gives a generic body its country c and shows it in the name, keeping the name as
// written as an alias ("Foreign Ministry" → "Foreign Ministry (Japan)"): bodies named by a
// generic head are distinct per country (issue 14), and the store keys them by name.
func (e *entity) placeIn(c *lexicon.Country) {
	e.addAlias(e.name)
	e.name += " (" + c.Name + ")"
	e.country = c
}

func (e *entity) addRole(t string, org *entity) {
	for i, r := range e.roles {
		if strings.EqualFold(r.title, t) {
			if r.org == nil {
				e.roles[i].org = org
			}
			return
		}
	}
	e.roles = append(e.roles, roleRec{title: t, org: org})
}

func actorKind(e *entity) bool {
	e = e.final()
	return e.kind.IsActor() && !e.dropped
}

// mergeInto makes e's final entity an alias of o's. Merging through the final entities, and
// never an entity into itself, keeps the merge chains acyclic: final() must terminate whatever
// order the coreference rules fire in (an appositive and an acronym rule once closed a loop on
// "the UN/ECE [ECE] secretariat … UN/ECE [ECE] bodies").
func (e *entity) mergeInto(o *entity) {
	a, b := e.final(), o.final()
	if a != b {
		a.merged = b
	}
}
