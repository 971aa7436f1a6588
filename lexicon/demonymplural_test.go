package lexicon

import (
	"testing"

	"github.com/claimgraph/claimgraph/data"
)

// TestDemonymNounPlural checks the nationality-noun plural classes (Quirk et al. 1985, 7.23-7.26):
// regular -s plurals beyond -(i)an/-i, and the adjective-only or invariable demonyms with none.
func TestDemonymNounPlural(t *testing.T) {
	for l, want := range map[string]string{
		"kenyan": "kenyans", "israeli": "israelis", "filipino": "filipinos", "montenegrin": "montenegrins",
		"kosovar": "kosovars", "cypriot": "cypriots", "czech": "czechs", "kazakh": "kazakhs",
		"chinese": "", "danish": "", "french": "", "dutch": "", "swiss": "", "seychellois": "",
		"icelandic": "", "malagasy": "", "kyrgyz": "", "basotho": "", "new zealand": "",
	} {
		got, ok := demonymNounPlural(l)
		if ok != (want != "") || got != want {
			t.Errorf("demonymNounPlural(%q) = %q, %v; want %q", l, got, ok, want)
		}
	}
}

// TestDemonymPluralNoPlace checks that a plural that names a place is no people's noun ("Laos",
// "Philippines") and that the new classes reach the lexicon ("filipinos" → PHL).
func TestDemonymPluralNoPlace(t *testing.T) {
	lx, err := LoadLexicons(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	if c := lx.DemonymPlural["filipinos"]; c == nil || c.Code != "PHL" {
		t.Errorf("filipinos → %v, want PHL", c)
	}
	for _, w := range []string{"philippines", "laos"} {
		if c := lx.DemonymPlural[w]; c != nil {
			t.Errorf("%s → %s, want no people's noun (a country's name)", w, c.Code)
		}
	}
}
