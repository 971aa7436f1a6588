package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// guessedBody is bodyEntity for the country c found by guessed (true: the article's one named
// country). A body it creates is marked guessed; a body the article names elsewhere with the same
// country said stays said (bodyEntity clears the mark).
func guessedBody(d *doc.Doc, body string, c *lexicon.Country, guessed bool) *doc.Entity {
	if c == nil || !guessed {
		return BodyEntity(d, body, c)
	}
	prev, existed := d.ByKey["body:"+strings.ToLower(body)+":"+c.Code]
	was := existed && prev.Final().Guessed
	e := BodyEntity(d, body, c)
	if e.Rule == "title:implied-body" && (!existed || was) {
		e.Guessed = true
	}
	return e
}

// Unguess takes back the guessed country of body e before a stated one replaces it: the name
// loses its " (Country)" qualifier and that alias, the code goes, and the members that had the
// country only from e (guessed too) lose it; they learn e's new country with the other members
// (assignCodes).
func Unguess(d *doc.Doc, e *doc.Entity) {
	if !e.Guessed || e.Country == nil {
		return
	}
	old := e.Country
	if base, ok := strings.CutSuffix(e.Name, " ("+old.Name+")"); ok {
		var keep []string
		for _, a := range e.Aliases {
			if a != e.Name {
				keep = append(keep, a)
			}
		}
		e.Aliases, e.Name = keep, base
	}
	e.Country, e.Code, e.Cameo, e.Guessed = nil, "", "", false
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e {
			continue
		}
		if p := r.Src.Final(); p.Guessed && p.Country == old {
			p.Country, p.Cameo, p.Guessed = nil, "", false
		}
	}
}
