package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// phoenixPlacePerson reports a person read from the shape of a capitalized run alone (no title,
// honorific or role; no dictionary person) whose whole name is a place the Phoenix country
// records list under a country ("in Chicago, San Antonio and New York", "the University of
// California at San Diego"): the dictionary names it a place (PETRARCH2 Phoenix.Countries
// '+' synonyms, data/lexicons/phoenix/places.txt), and nothing in the text makes it a person's
// name. A one-word name ("Victoria", "Jordan") is left alone: given names are places too.
func phoenixPlacePerson(d *doc.Doc, e *doc.Entity) bool {
	if e.Kind != graph.Person || e.Hon || len(e.Roles) > 0 || d.Phx == nil || !strings.Contains(e.Name, " ") ||
		strings.HasPrefix(e.Rule, "lexicon:") || strings.HasPrefix(e.Rule, "dict:") {
		return false
	}
	if _, ok := d.Phx.Place(e.Name); !ok {
		return false
	}
	return len(d.Phx.Lookup(e.Name)) == 0 && KnownByName(d, e.Name) == nil
}
