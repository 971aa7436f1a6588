package loader

import (
	"testing"
)

// TestAddresseeStateGovernment (fixnu22a, nu22 C7/P2/P4): a demand that "<X>'s government" or
// "the <X> government" act is addressed to the state X (relation_stategovernment.go), and a time
// adjunct between the verb and its that-clause ("demanded on Friday that …") keeps the clause's
// subject the addressee (retag mandative.go). Near misses: another head ("Chad's police") names
// no state's government; a reported assertion is no demand.
func TestAddresseeStateGovernment(t *testing.T) {
	for _, c := range []struct {
		text, src, keyword, addressee string
	}{
		{"Niamey, May 3 (Wire) - Niger demanded that Chad's transitional government free the two journalists.", "Niger", "freeing", "Chad"},
		{"Niamey, May 3 (Wire) - Niger demanded on Friday that Chad free the two journalists.", "Niger", "freeing", "Chad"},
		{"Niamey, May 3 (Wire) - Niger demanded on Friday that Chad hand over two officers suspected of the raid.", "Niger", "suspected", "Chad"},
	} {
		checkAddressee(t, c.text, c.src, c.keyword, c.addressee)
	}
	for _, text := range []string{
		"Niamey, May 3 (Wire) - Niger demanded that Chad's police free the two journalists.",
		"Niamey, May 3 (Wire) - Niger said that Chad's government had freed the two journalists.",
	} {
		v := view(extractText(t, text))
		for _, r := range v.g.Relations {
			for _, e := range r.Evidence {
				if e.Addressee != "" && v.label(e.Addressee) == "Chad" {
					t.Errorf("%q: %s %s → %s names addressee Chad", text, v.label(r.Source), r.Type, v.label(r.Target))
				}
			}
		}
	}
}
