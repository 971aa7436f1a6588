package surface

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// OwnStateOfPerson is the country whose "government", "country" or "nation" a possessive
// pronoun's person p speaks of ("Prime Minister Mark Rutte said his government would not send
// the jets"), when no role of p at a body names it (possessedCountry): p's own country, known
// from the article or from the dictionary's entry of its full name, and not guessed (actors Guessed: the article's one named
// country says nothing of whose the person is). A possessive determiner relates the head noun to
// its referent (Quirk et al. 1985, 5.112, 6.28 "his government": the government he belongs to),
// and a person's "country" is their nationality; "government" needs p to hold an office (a role
// of any title), since a private person's "my government" is the state they live in, not one
// they speak for. "delegation" is left to the roles. nil when p has no country.
func OwnStateOfPerson(d *doc.Doc, p *doc.Entity, noun string) *doc.Entity {
	if p == nil || p.Kind != graph.Person || p.Guessed {
		return nil
	}
	c := p.Country
	if c == nil && d.Phx != nil {
		// the codes phase gives a dictionary person its country after the relations; the full
		// name written as the dictionary writes it is that person now (PETRARCH2 Phoenix actors)
		if a := d.Phx.Unique(p.Name, graph.Person); a != nil && a.Kind == graph.Person && graph.NormalizeName(a.Name) == graph.NormalizeName(p.Name) {
			c = d.Lx.ByCode[a.Country]
		}
	}
	if c == nil {
		return nil
	}
	switch noun {
	case "country", "nation":
	case "government":
		if len(p.Roles) == 0 {
			return nil
		}
	default:
		return nil
	}
	return actors.CountryEntity(d, c).Final()
}
