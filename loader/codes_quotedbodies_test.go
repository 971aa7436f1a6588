package loader

import "testing"

// A generic body named only in the quotations of one state's speakers is that state's
// (codes_quotedbodies.go; Quirk et al. 1985, 5.28), on sentences written for the rule, with
// negatives.
func TestQuotedBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a quotation before its attribution, the speaker's state named in it",
			`"Parliament will vote on the budget next week, and Kenya will not borrow more," Kenyan Finance Minister Njeri Wambua said.`,
			[]string{"actor Parliament (Kenya)", "country Parliament (Kenya) = KEN"}},
		{"a lead-in with a colon",
			`Chilean Finance Minister Mario Paredes said: "The Senate will approve the pension reform, and Chile will keep its rating."`,
			[]string{"actor Senate (Chile)", "!country Senate (Chile) = USA"}},
		{"a cabinet in a minister's quotation",
			"Dutch trade minister Anke Vos wrote to lawmakers on Monday.\n\nVos said: \"Because the Netherlands considers it necessary, the Cabinet will introduce a national control list.\"",
			[]string{"actor Cabinet (Netherlands)"}},
		// negatives
		{"a quotation that names no state, in an article naming another, keeps the body local",
			`"The Cabinet will decide on Friday," said Norwegian Foreign Minister Ola Dahl, adding that Sweden had been informed.`,
			[]string{"country Cabinet = local"}},
		{"another state's body in an envoy's words stays local",
			`"The Parliament must free the prisoners," US envoy Tom Hale said during a visit to Myanmar.`,
			[]string{"country Parliament = local", "!actor Parliament (United States)"}},
		{"a quotation naming two states gives none",
			`"The Cabinet will decide on Friday, and Austria will not wait for Hungary," said Austrian Foreign Minister Karl Brenner.`,
			[]string{"!actor Cabinet (Austria)"}},
		{"a body also named outside the quotation is not the rule's",
			"The Cabinet met on Monday. \"The Cabinet will approve it, and Ghana will pay,\" Ghanaian Finance Minister Kofi Asante said, adding that Togo agreed.",
			[]string{"!actor Cabinet (Ghana)"}},
	})
}

// A document as the subject of "read(s)" before a quotation: its author speaks the quotation
// (claims/docreads.go documentReads), on sentences written for the rule, with negatives.
func TestDocumentReads(t *testing.T) {
	runCases(t, []exCase{
		{"a possessive pronoun names the letter's author",
			"Danish fisheries minister Karin Dahl wrote to lawmakers on Monday.\n\nHer letter to parliament read in part: \"The quota will be cut by a fifth next year.\"",
			[]string{"CLAIMS Karin Dahl -> quota will be cut", "rule CLAIMS Karin Dahl -> quota will be cut = quote:document-reads"}},
		{"a possessor names the statement's author",
			"Kenya's Ministry of Energy issued a statement on Monday. The ministry's statement reads in full: \"The tariff will not rise this year.\"",
			[]string{"CLAIMS Ministry of Energy (Kenya) -> tariff will not rise"}},
		{"the author of the letter, then the bare body in the letter's words is the author's state's",
			"Dutch trade minister Anke Vos wrote lawmakers on Tuesday.\n\nHer letter to the States General of the Netherlands read in part: \"Because the Netherlands considers it necessary, the Cabinet will introduce a national control list.\"",
			[]string{"CLAIMS Anke Vos -> Cabinet will introduce", "actor Cabinet (Netherlands)"}},
		// negatives
		{"a document as the object of read is no lead-in of its author",
			"Her aide read a statement: \"The tariff will not rise this year.\"",
			[]string{"!rule CLAIMS aide -> tariff will not rise = quote:document-reads"}},
		{"a clause between the document and the verb",
			"Judge Mary Otieno wrote a letter, and the clerk read in part: \"The hearing is adjourned until May.\"",
			[]string{"!rule CLAIMS Mary Otieno -> hearing is adjourned = quote:document-reads"}},
	})
}
