package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// givenNameGender is the gender that e's given name usually names (lexicons/givennames.txt), 'f'
// or 'm', or 0: for no person, a name of one word, or a first word the list lacks. It is the
// weakest evidence of gender, read only where the article tells none (GenderOf is 0): in English
// a given name is chosen by the sex of the child, and a third-person pronoun agrees in gender
// with its antecedent (Quirk et al. 1985, 6.8 on personal pronouns and gender; 5.104–5.107 on
// personal nouns of dual, male and female gender), so "she" two sentences after "Gov. Terry
// McAuliffe" is someone else (trial30 N12).
func givenNameGender(d *doc.Doc, e *doc.Entity) byte {
	e = e.Final()
	if e.Kind != graph.Person || d.Lx == nil {
		return 0
	}
	ws := strings.Fields(e.Name)
	if len(ws) < 2 {
		return 0
	}
	first := strings.ToLower(strings.TrimRight(ws[0], ".,"))
	if len(first) < 2 || d.Lx.Gendered[first] != 0 {
		return 0 // an initial, or an honorific (namedGender reads those)
	}
	return d.Lx.GivenName[first]
}

// givenNameAgree drops from unknown (persons of whom the article tells no gender) those whose
// given name usually names the gender other than pg's, unless that would leave no candidate at
// all (same and the rest of unknown empty): the weakest evidence only chooses among candidates,
// as a name usually given to one sex may be borne by the other (a Norwegian "Ola" is a man).
func givenNameAgree(d *doc.Doc, pg byte, same, unknown []*doc.Entity) []*doc.Entity {
	var kept []*doc.Entity
	for _, e := range unknown {
		if !givenNameOther(d, e, pg) {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 && len(same) == 0 {
		return unknown
	}
	return kept
}

// givenNameOther reports a person whose given name usually names the gender other than pg's.
func givenNameOther(d *doc.Doc, e *doc.Entity, pg byte) bool {
	g := givenNameGender(d, e)
	return g != 0 && g != pg
}
