package loader

import (
	"strings"
	"testing"
)

// TestAidYieldNeedsParty (session 33, prec33): CAMEO 07 "provide aid" is an offer only announced
// (cameo-types.txt 07: asserted aid is PLOVER AID, no AGREE), and 07 and 08 "yield" offer only to
// a party — an actor acted on or addressed (counterpart) — or under a word of intent of the
// source's own ("vowed to"), as 04 and 06 already were: PETRARCH2 codes events between two
// actors. A gift reported as made, a withdrawal from a race, or a permission given to a thing
// offers no one anything.
func TestAidYieldNeedsParty(t *testing.T) {
	offers := func(text, src string) bool {
		g := extractText(t, text)
		v := view(g)
		for _, r := range g.Relations {
			if string(r.Type) == "OFFERS" && strings.Contains(v.label(r.Source), src) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		text, src string
		want      bool
	}{
		// positive: a concession to a named party; aid announced with a word of intent
		{"The Fijian government allowed opposition leader Ratu Meli Vosa to hold a rally in Suva.", "Fiji", true},
		{"Norway vowed to provide emergency aid to Haiti.", "Norway", true},
		// must-not: asserted aid; yields with no party
		{"Senator Alan Brandt has given millions of dollars over the years, his aides said.", "Brandt", false},
		{"The Zambian ministry released the audit on Friday.", "Zambia", false},
	} {
		if got := offers(c.text, c.src); got != c.want {
			g := extractText(t, c.text)
			t.Errorf("%s: OFFERS by %s = %v, want %v; %v", c.text, c.src, got, c.want, foundRelations(g, view(g)))
		}
	}
}
