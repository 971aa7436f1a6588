package loader

import "testing"

// TestLongOfficialNameStatement: a statement introduced by a body's long official name ("The
// Ministry of X and Y of the Republic of Z released the following statement:") is the body's
// block: every sentence of it is the body's claim and its "we" the body's act; the "and" inside
// the name joins two portfolios of one ministry, not two parties of a joint statement, so no
// second speaker is split off ("Ministry of X"). The title's "Malawi" names the story's country.
func TestLongOfficialNameStatement(t *testing.T) {
	runCases(t, []exCase{
		{"following statement, 14-word name", "Malawi Regrets the Closure of the Lake Crossing\n\n" +
			"Lilongwe, 4 March 2027\n\n" +
			"The Ministry of Foreign Affairs and Regional Integration of the Republic of Malawi released the following statement:\n\n" +
			"\"Malawi deeply regrets the closure of the lake crossing by the authorities of Zambia.\n\n" +
			"We call on the authorities in Lusaka to reopen the crossing without delay. The Lake Basin Commission has offered its good offices.\"\n\n" +
			"The Ministry said Foreign Minister Grace Banda would travel to Lusaka next week.",
			[]string{"CLAIMS Ministry of Foreign Affairs and Regional Integration of the Republic of Malawi -> regrets the closure",
				"DEMANDS Ministry of Foreign Affairs and Regional Integration of the Republic of Malawi -> reopen",
				"!DEMANDS Lake Basin Commission -> reopen", "!CLAIMS Foreign Ministry"}},
	})
}

// TestHeaderFromIsNoAuthor: a headline's "from X" that is no author of a text ("Osland Regrets
// the Withdrawal of Veldland from the Lake Basin Commission": the body left) does not make X the
// document's voice, so a "we" with no speaker in the text is nobody's. Near miss: "Statement
// from the Lake Basin Commission on …" names the text's author, whose "we" it is.
func TestHeaderFromIsNoAuthor(t *testing.T) {
	body := "\n\nThe three states announced their departure on Monday.\n\n" +
		"We call on the authorities in Veld City to reconsider their decision and to return to the talks."
	runCases(t, []exCase{
		{"headline's from-phrase is a source", "Osland Regrets Withdrawal of Veldland from the Lake Basin Commission" + body,
			[]string{"!DEMANDS Lake Basin Commission"}},
		{"statement from a body", "Statement from the Lake Basin Commission on the Withdrawal of Veldland" + body,
			[]string{"DEMANDS Lake Basin Commission -> reconsider"}},
	})
}
