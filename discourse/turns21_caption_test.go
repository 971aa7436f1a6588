package discourse

import "testing"

// TestCatalogueTitle: the title line "<Title> <Name>, press conference, <City>, <date>" names the
// speaker before its first comma when a lower-case heading noun follows it; with dash turns under
// it, a short dash question is the floor's. Near miss: a line whose part after the comma is no
// heading noun ("President Ana Costa, Lisbon, 12 May") names no speaker. Invented wordings.
func TestCatalogueTitle(t *testing.T) {
	doc := "President Ana Costa, press conference, Lisbon, 12 May 2024\n\n" +
		"- Portugal has been asking for a new fishing treaty since 2019.\n\n" +
		"- Madam President, will you veto the budget?\n\n" +
		"– We will not veto it."
	wantUnits(t, doc, []string{"- title:speaker [President Ana Costa] *",
		"title title:speaker [President Ana Costa]", "question turn:dash-question",
		"title title:speaker [President Ana Costa]"})
	doc = "President Ana Costa, Lisbon, 12 May 2024\n\n" +
		"Portugal has been asking for a new fishing treaty since 2019."
	for _, u := range describe(doc) {
		if u != "-" {
			t.Errorf("no heading noun after the comma: %q", describe(doc))
		}
	}
}
