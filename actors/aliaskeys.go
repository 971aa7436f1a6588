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

// nameWordAliases adds to *out (made when nil) the one-word aliases of a body (ORGANIZATION or
// GOVERNMENT) of several name words that are the first word of its name and a word of party
// affiliation ("Democratic" of the Democratic National Committee, from "Democratic strategist
// Donna Brazile"; partyMembers, AP Stylebook "party affiliation": Democrat, Democratic,
// Republican): alone such a word is the adjective of a party, not the name of one of its bodies,
// and every body of the party shares it (the Democratic Party, the Democratic Leadership
// Council), so it identifies the body in its article at most, never across a store
// (graph.matchActor keys nodes by aliases). Other short forms ("United" of United Airlines,
// "Tsinghua" of Tsinghua University) stay keys.
func nameWordAliases(lx *lexicon.Lexicons, e *doc.Entity, out *map[string]bool) {
	if e.Kind != graph.Organization && e.Kind != graph.Government {
		return
	}
	name := e.Name
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i] // "Treasury (United States)": the body's name is "Treasury", its country apart
	}
	nf := strings.Fields(name)
	if len(nf) < 2 {
		return
	}
	for _, a := range e.Aliases {
		if strings.ContainsAny(a, " .") || !strings.EqualFold(a, nf[0]) || strings.ToUpper(a) == a || lx != nil && lx.ActorByName[graph.NormalizeName(a)] != nil {
			continue
		}
		if l := strings.ToLower(a); !partyMembers.Has(l) && !partyMembers.Has(strings.TrimSuffix(l, "ic")) {
			continue
		}
		if *out == nil {
			*out = map[string]bool{}
		}
		(*out)[strings.ToLower(a)] = true
	}
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
