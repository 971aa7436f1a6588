package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// StateForms are the form-of-state nouns of official country names ("kingdom", "republic"):
// data/wordclasses/stateforms.txt.
var StateForms = lexicon.WordClass("stateforms")

// stateFormCountry resolves "the kingdom" (a noun of stateForms after "the", token i of sentence
// s) to the country it refers back to, rule coref:definite: the nearest country named, or implied
// by an actor's country or role, in this and the seven sentences before whose official name holds
// the noun ("Kingdom of Saudi Arabia" in data/lexicons/countries.txt). Anaphoric "the" refers to
// an antecedent the head describes (Quirk et al. 1985, 5.28–5.32); a country of another form is no
// antecedent ("the kingdom" after a French minister is not France), so it is passed over, never
// taken. nil when none fits.
func stateFormCountry(d *doc.Doc, s, i int, w string) *doc.Entity {
	var found *doc.Entity
	actors.EachMentionBack(d, s, i, 8, func(m *doc.Mention) bool {
		c := definiteFits(d, m.Ent.Final(), w, "country", false)
		if c != nil && c.Kind == graph.Country && OfficialFormHolds(c.Country, w) {
			found = c
			return false
		}
		return true
	})
	return found
}

// OfficialFormHolds reports whether one of country c's names in data/lexicons/countries.txt
// holds the form noun w as a word ("Kingdom of Saudi Arabia" holds "kingdom"; "United Kingdom"
// does too).
func OfficialFormHolds(c *lexicon.Country, w string) bool {
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
