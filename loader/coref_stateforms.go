package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// stateForms are the form-of-state nouns of official country names ("kingdom", "republic"):
// data/wordclasses/stateforms.txt.
var stateForms = lexicon.WordClass("stateforms")

// stateFormCountry resolves "the kingdom" (a noun of stateForms after "the", token i of sentence
// s) to the country it refers back to, rule coref:definite: the nearest country named, or implied
// by an actor's country or role, in this and the seven sentences before whose official name holds
// the noun ("Kingdom of Saudi Arabia" in data/lexicons/countries.txt). Anaphoric "the" refers to
// an antecedent the head describes (Quirk et al. 1985, 5.28–5.32); a country of another form is no
// antecedent ("the kingdom" after a French minister is not France), so it is passed over, never
// taken. nil when none fits.
func (d *doc) stateFormCountry(s, i int, w string) *entity {
	var found *entity
	actors.EachMentionBack(d.Doc, s, i, 8, func(m *mention) bool {
		c := d.definiteFits(m.Ent.Final(), w, "country", false)
		if c != nil && c.Kind == graph.Country && officialFormHolds(c.Country, w) {
			found = c
			return false
		}
		return true
	})
	return found
}

// officialFormHolds reports whether one of country c's names in data/lexicons/countries.txt
// holds the form noun w as a word ("Kingdom of Saudi Arabia" holds "kingdom"; "United Kingdom"
// does too).
func officialFormHolds(c *lexicon.Country, w string) bool {
	if c == nil {
		return false
	}
	for _, n := range append([]string{c.Name}, c.ShortForm...) {
		for _, f := range strings.Fields(strings.ToLower(n)) {
			if f == w {
				return true
			}
		}
	}
	return false
}
