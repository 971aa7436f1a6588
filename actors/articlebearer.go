package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// articleBearers returns the persons of the article named in full whose family name is e's one
// word ("Gary Johnson … Johnson, a former governor, said"), at most two (two already make the
// word ambiguous), or nil when e is no one-word PERSON. The press gives a person's full name on
// first reference and the family name alone after it (AP Stylebook "names": on second reference
// use only the last name), so the bare word is that person, not a namesake the dictionary knows
// (issue 14: a bare name joins a full name only when the article, or the dictionary, makes it
// unambiguous; the article's own full name wins).
func articleBearers(d *doc.Doc, e *doc.Entity) []*doc.Entity {
	w := strings.Fields(e.Name)
	if e.Kind != graph.Person || len(w) != 1 {
		return nil
	}
	var found []*doc.Entity
	for _, o := range FinalActors(d) {
		n := strings.Fields(o.Name)
		if o == e || o.Kind != graph.Person || len(n) < 2 || !strings.EqualFold(n[len(n)-1], w[0]) {
			continue
		}
		if found = append(found, o); len(found) == 2 {
			break
		}
	}
	return found
}

// JoinArticleFullName merges e into the article's one person of that family name (articleBearers), with its roles and aliases (rule
// person:article-full-name), and reports whether it did. When two persons of the article bear
// the name, e stays as it is and is reported as handled: the dictionary does not resolve it.
// A country of e's own that differs from the person's keeps them apart (and the dictionary may
// still resolve e).
func JoinArticleFullName(d *doc.Doc, e *doc.Entity) bool {
	bearers := articleBearers(d, e)
	switch {
	case len(bearers) == 0:
		return false
	case len(bearers) == 2:
		return true // "Tom Johnson and Ellen Johnson … Johnson said": neither for sure, no namesake either
	}
	p := bearers[0]
	if e.Country != nil && !e.Guessed && p.Country != nil && e.Country.Code != p.Country.Code {
		return false
	}
	for _, r := range e.Roles {
		p.AddRole(r.Title, r.Org)
	}
	for _, a := range e.Aliases {
		p.AddAlias(a)
	}
	if p.Country == nil && e.Country != nil && !e.Guessed {
		p.Country = e.Country
	}
	e.MergeInto(p)
	return true
}
