package speakers

import (
	"testing"

	"github.com/claimgraph/claimgraph/lexicon"
)

// TestNamesCountryCodeInCapitals: an ISO 3166-1 alpha-3 code names its country only as written
// in capitals; the same letters in lower case are English words ("and", "can", "per").
func TestNamesCountryCodeInCapitals(t *testing.T) {
	and := &lexicon.Country{Name: "Andorra", Code: "AND", Demonyms: []string{"Andorran"}, Capitals: []string{"Andorra la Vella"}}
	can := &lexicon.Country{Name: "Canada", Code: "CAN", Demonyms: []string{"Canadian"}, Capitals: []string{"Ottawa"}}
	for _, c := range []struct {
		c      *lexicon.Country
		phrase string
		want   bool
	}{
		{and, "Joint Press Conference of Minister of Foreign Affairs Elin Dahl and Minister of Defence Jonas Berg", false},
		{can, "What we can do for the fishermen", false},
		{can, "Statement by the CAN delegation", true},
		{can, "Statement by the Canadian delegation", true},
		{and, "Andorra's Minister of Foreign Affairs", true},
	} {
		if got := namesCountry(c.c, []string{c.phrase}, ""); got != c.want {
			t.Errorf("namesCountry(%s, %q) = %v, want %v", c.c.Code, c.phrase, got, c.want)
		}
	}
}
