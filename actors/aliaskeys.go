package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// givenNameTitles are the titles written before a given name (data/wordclasses/givennametitles.txt).
var givenNameTitles = lexicon.WordClass("givennametitles")

// unkeyedAliases is the set of e's surface forms (lower case) that its node does not store as
// aliases, by the rule above.
func unkeyedAliases(phx *lexicon.Actors, e *doc.Entity) map[string]bool {
	var out map[string]bool
	add := func(a string) {
		if strings.EqualFold(a, e.Name) {
			return
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[strings.ToLower(a)] = true
	}
	if e.Kind == graph.Person && personGivenFirst(phx, e) {
		for _, a := range e.Aliases {
			if givenNameForm(e.NameToks, a) {
				add(a)
			}
		}
	}
	return out
}

// personGivenFirst reports a person of two name words or more whose country is known and writes
// the family name last (no country of data/lexicons/surnamefirst.txt), so that the first word of
// the name is the given name.
func personGivenFirst(phx *lexicon.Actors, e *doc.Entity) bool {
	if phx == nil || e.Country == nil || len(e.NameToks) < 2 {
		return false
	}
	return !phx.SurnameFirst(e.Country.Code) && !strings.EqualFold(e.NameToks[0], e.NameToks[len(e.NameToks)-1])
}

// givenNameForm reports an alias whose last word is the given name (first word of name) and that
// holds no other word of the name, with no title of givenNameTitles before it: "Jamieson",
// "Ambassador Jamieson" for Jamieson Greer, not "Greer", "Jamieson Greer" or "Sir Jamieson".
func givenNameForm(name []string, alias string) bool {
	f := strings.Fields(alias)
	if len(f) == 0 || !strings.EqualFold(strings.Trim(f[len(f)-1], ".,"), name[0]) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		lw := strings.ToLower(strings.Trim(w, "."))
		if givenNameTitles.Has(lw) {
			return false
		}
		for _, n := range name {
			if strings.EqualFold(w, n) {
				return false
			}
		}
	}
	return true
}
