package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// facilityHeads are the head nouns of a facility's proper name (data/wordclasses/facilityheads.txt:
// WordNet 3.0 facility and building synsets; ACE 2005 FAC).
var facilityHeads = lexicon.WordClass("facilityheads")

// DropFacilities drops the actors whose name is a facility's: a name whose head, its last
// capitalized word before any lower-case postmodifier ("Andersen Air Force Base on Guam"), is a
// facility noun ("Osan Air Base", "Lotte Hotel", "Gimhae International Airport", "Government
// Complex" on a "Joint Press Conference, Government Complex" venue line). An English name ends in
// its head (Quirk et al. 1985, 17.2), and the head says what the name names: a place where
// people meet, land or stay, where an actor acts, not an actor (ACE 2005 FAC entities are no
// PERSON, ORGANIZATION or GPE). A premodifier that names a body ("Air Force", "Government") does
// not make the facility the body's actor. An entry of the known actors or the Phoenix
// dictionaries keeps its kind, and so does a person with a role.
func DropFacilities(d *doc.Doc) {
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Person && e.Kind != graph.Organization && e.Kind != graph.Government || e.Dropped {
			continue
		}
		if e.Kind == graph.Person && len(e.Roles) > 0 || strings.HasPrefix(e.Rule, "lexicon:") || KnownByName(d, e.Name) != nil {
			continue
		}
		if !facilityName(e.Name) {
			continue
		}
		if d.Phx != nil && len(d.Phx.Lookup(e.Name)) > 0 {
			continue
		}
		e.Dropped = true
	}
}

// facilityName reports a name of two words or more whose head (its last capitalized word) is a
// facility noun.
func facilityName(name string) bool {
	return headedBy(name, facilityHeads) // "on Guam": a postmodifier begins after the head
}
