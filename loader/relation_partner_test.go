package loader

import "testing"

// TestRelationPartnerTarget (issue 13, session 13 trial finding 2): an act on a noun of relations
// (ties, relations, talks: modality.txt relation) that the dictionary codes by its verb–object
// pattern has the partner of its with-phrase for target (CAMEO 16x, 046, 050, 125 code the other
// party); scare quotes around the noun (CMOS 7.57) do not cut the with-phrase off.
func TestRelationPartnerTarget(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{`Officials said that Nauru's severing of its "diplomatic ties" with Taiwan changed the status quo.`, "SANCTIONS Nauru -> Taiwan"},
		{`Kenya severed its “diplomatic relations” with Somalia.`, "SANCTIONS Kenya -> Somalia"},
		{"Kenya will reopen talks with Ethiopia.", "OFFERS Kenya -> Ethiopia"},
		{"Ghana restored diplomatic relations with Morocco.", "SUPPORTS Ghana -> Morocco"},
		{"Chile refused talks with Bolivia.", "OPPOSES Chile -> Bolivia"},
		{"Peru will start negotiations with Ecuador on the border.", "OFFERS Peru -> Ecuador"},
		// near misses: no with-phrase keeps the noun; a quoted clause is speech, not scare quotes
		{"Chile refused talks on the border.", "OPPOSES Chile -> talks"},
		{`Peru rejected the "peace plan" offered by Chile.`, "OPPOSES Peru -> peace plan"},
	})
	for _, c := range []struct {
		forms []string
		want  int
	}{
		{[]string{"its", "\"", "diplomatic", "ties", "\"", "with"}, 2},
		{[]string{"\"", "We", "reject", "\"", "said"}, 0},                            // opens the sentence: speech
		{[]string{"said", "\"", "we", "reject", "it", ",", "firmly", "\"", "."}, 0},  // a clause with a comma
		{[]string{"a", "\u201c", "one", "of", "the", "worst", "deals", "\u201d"}, 0}, // longer than a term
	} {
		n := 0
		for _, b := range scareQuotes(c.forms) {
			if b {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%v: %d marks left out, want %d", c.forms, n, c.want)
		}
	}
}
