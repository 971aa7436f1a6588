package discourse

import (
	"fmt"
	"testing"
)

// TestLongOfficialNameLeadIn: a lead-in's subject that is one official name — capitalized words
// joined by "of", "and", "the", "for" — is the speaker however many words the name has
// ("Ministry of X and Y of the Republic of Z"); a subject with a lower-case word in it keeps the
// twelve-word bound.
func TestLongOfficialNameLeadIn(t *testing.T) {
	body := "\n\n\"The new river tolls break the basin treaty of 2011.\n\nWe call on both governments to return to the talks.\""
	for lead, want := range map[string][]string{
		"The Ministry of Fisheries and Coastal Development of the Federal Republic of Veldland released the following statement:": {
			"statement block:statement [The Ministry of Fisheries and Coastal Development of the Federal Republic of Veldland]",
			"statement block:statement [The Ministry of Fisheries and Coastal Development of the Federal Republic of Veldland]"},
		"The Office of the High Commissioner for Water and Energy of the Kingdom of Osland said in a statement:": {
			"quote block:statement [The Office of the High Commissioner for Water and Energy of the Kingdom of Osland]",
			"quote block:statement [The Office of the High Commissioner for Water and Energy of the Kingdom of Osland]"},
	} {
		got := describe("River tolls\n\n" + lead + body)
		w := append([]string{"-", "- *"}, want...)
		if fmt.Sprint(got) != fmt.Sprint(w) {
			t.Errorf("%s\n  got %q\n want %q", lead, got, w)
		}
	}
}

// TestReleaseClosingMatter: in a release whose title names its speaker, the closing matter —
// "Issued by …", the contact block ("For more information contact:", "Media contact:") and what
// follows it — is furniture, not the speaker's statement; a release line "Issued by …" at the top
// is furniture too and does not end the statement.
func TestReleaseClosingMatter(t *testing.T) {
	for _, contact := range []string{"For more information contact:", "Media contact:"} {
		got := describe("Media statement by the Harbour Workers Union\n\n" +
			"Issued by the Harbour Workers Union\n\n" +
			"We reject the proposed port tariff.\n\n" +
			"We demand that the regulator reject the application.\n\n" +
			"Issued by the Harbour Workers Union Head Office\n\n" +
			contact + "\n\n" +
			"Maria Lopez, Union Spokesperson, on 555 0100")
		ts := "title title:speaker [the Harbour Workers Union]"
		want := []string{"- title:speaker [the Harbour Workers Union] *", ts + " *", ts, ts, ts + " *", "- *", "-"}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s\n  got %q\n want %q", contact, got, want)
		}
	}
}
