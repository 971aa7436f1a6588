package loader

import "testing"

// A generic body named only in the quotations of one state's speakers is that state's
// (actor_quotedbodies.go; Quirk et al. 1985, 5.28), on sentences written for the rule, with
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
