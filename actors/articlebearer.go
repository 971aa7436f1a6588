package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// ArticleFullName is the one person of the article named in full whose family name is e's one
// word ("Gary Johnson … Johnson, a former governor, said"): the press gives a person's full name
// on first reference and the family name alone after it (AP Stylebook "names": on second
// reference use only the last name), so the bare word is that person, not a namesake the
// dictionary knows (issue 14: a bare name joins a full name only when the article, or the
// dictionary, makes it unambiguous; the article's own full name wins). Two persons of the article
// bearing that family name, or none, give nil; so does a country of e's own that differs.
func ArticleFullName(d *doc.Doc, e *doc.Entity) *doc.Entity {
	w := strings.Fields(e.Name)
	if e.Kind != graph.Person || len(w) != 1 {
		return nil
	}
	var found *doc.Entity
	for _, o := range FinalActors(d) {
		n := strings.Fields(o.Name)
		if o == e || o.Kind != graph.Person || len(n) < 2 || !strings.EqualFold(n[len(n)-1], w[0]) {
			continue
		}
		if found != nil {
			return nil // two persons of that family name: the word names neither
		}
		found = o
	}
	if found == nil || e.Country != nil && !e.Guessed && found.Country != nil && e.Country.Code != found.Country.Code {
		return nil
	}
	return found
}

// ArticleNamesBearers reports whether the article names in full two or more persons whose family
// name is e's one word ("Tom Johnson and Ellen Johnson … Johnson said"): the word names neither
// of them for sure, and no dictionary namesake either.
func ArticleNamesBearers(d *doc.Doc, e *doc.Entity) bool {
	w := strings.Fields(e.Name)
	if e.Kind != graph.Person || len(w) != 1 {
		return false
	}
	n := 0
	for _, o := range FinalActors(d) {
		f := strings.Fields(o.Name)
		if o != e && o.Kind == graph.Person && len(f) >= 2 && strings.EqualFold(f[len(f)-1], w[0]) {
			n++
		}
	}
	return n >= 2
}

// JoinArticleFullName merges e into ArticleFullName's person, with its roles and aliases (rule
// person:article-full-name), and reports whether it did. When two persons of the article bear
// the name, e stays as it is and is reported as handled: the dictionary does not resolve it.
func JoinArticleFullName(d *doc.Doc, e *doc.Entity) bool {
	if ArticleNamesBearers(d, e) {
		return true
	}
	p := ArticleFullName(d, e)
	if p == nil {
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
