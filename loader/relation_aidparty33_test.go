package loader

import (
	"strings"
	"testing"
)

// TestAidNeedsParty (session 33, prec33): CAMEO 07 "provide aid" reported as given is an offer
// only to a party aided — named as counterpart or acted on — as PETRARCH2 codes events between
// two actors; announced aid keeps its intent reading (CAMEO 033).
func TestAidNeedsParty(t *testing.T) {
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
		// positive: given to a named party; announced
		{"Kuwait donated 50 million dollars to the United Nations refugee agency.", "Kuwait", true},
		{"Norway vowed to provide emergency aid to Haiti.", "Norway", true},
		// must-not: given, to no one named
		{"Senator Alan Brandt has given millions of dollars over the years, his aides said.", "Brandt", false},
	} {
		if got := offers(c.text, c.src); got != c.want {
			g := extractText(t, c.text)
			t.Errorf("%s: OFFERS by %s = %v, want %v; %v", c.text, c.src, got, c.want, foundRelations(g, view(g)))
		}
	}
}
