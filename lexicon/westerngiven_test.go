package lexicon

import (
	"testing"

	"github.com/claimgraph/claimgraph/data"
)

// TestWesternGiven: a one-word name finds a family-name-first person of three or more words only
// by the family name, never by an English given name written before it (westernGiven: "Francis"
// of FRANCIS_TAM_PAK_YUEN, CHN). Must-not: a family name written first stays the family name
// ("Xi" of Xi Jinping), and name-first persons keep their last word ("Putin").
func TestWesternGiven(t *testing.T) {
	x, err := Load(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range x.ByFamilyName("Francis", "2016-05-01") {
		if a.Name == "Francis Tam Pak Yuen" {
			t.Errorf("ByFamilyName(Francis) found %q by its given name", a.Name)
		}
	}
	for fam, want := range map[string]string{"Xi": "Xi Jinping", "Putin": "Vladimir Putin"} {
		found := false
		for _, a := range x.ByFamilyName(fam, "") {
			found = found || a.Name == want
		}
		if !found {
			t.Errorf("ByFamilyName(%s) misses %s", fam, want)
		}
	}
}
