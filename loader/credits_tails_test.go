package loader

import "testing"

// TestStoryTailsNoActor (issue 14): the closing furniture of wire stories and releases
// (input/clean_tails.go) makes no node and no stance: Bloomberg's "--With assistance from" and
// "To contact the reporter/editor" lines, a syndication note, a closing run of other stories'
// headlines, a release's authorisation imprint and one-line media contact. Near misses: the IMF
// named in a story's "with assistance from" sentence and a country the story names stay, and
// the release's own stance stays. Invented articles.
func TestStoryTailsNoActor(t *testing.T) {
	wire := "Zambia Secures Debt Deal With Bondholders\n\n" +
		"LUSAKA, Feb. 9 (Savanna Wire) -- Zambia's finance minister Chanda Mwale said on Monday the country had restructured its bonds with assistance from the International Monetary Fund.\n\n" +
		"Malawi's government welcomed the agreement.\n\n" +
		"--With assistance from Greta Lindqvist.\n\n" +
		"To contact the reporter on this story: Oskar Brandvold in Lusaka at obrandvold@example.com\n\n" +
		"To contact the editors responsible for this story: Helen Achebe at hachebe@example.com, Tariq Naseem\n\n" +
		"This story was first published by Savanna Wire Service.\n\n" +
		"- Mozambique Gas Project Resumes After Three-Year Halt\n" +
		"- Botswana Diamond Sales Slump as Demand Cools\n"
	release := "Workers' Party Rejects Pension Cut\n\n" +
		"VALLETTA, 2 March 2026 - The Workers' Party today rejected the government's plan to cut state pensions.\n\n" +
		"\"The plan breaks a promise to every pensioner,\" said party secretary Joe Camilleri.\n\n" +
		"Authorised by J. Camilleri, Workers' Party, Triq il-Kbira, Hamrun.\n\n" +
		"Contact: Head of the Information Office of the Presidency, +356 2100 0000\n\n" +
		"Media contact: Karmenu Spiteri, Communications Officer, kspiteri@example.org\n"
	runCases(t, []exCase{
		{"wire tails", wire, []string{"!actor Greta Lindqvist", "!actor Oskar Brandvold", "!actor Helen Achebe", "!actor Tariq Naseem",
			"!actor Savanna Wire Service", "!actor Mozambique", "!actor Botswana", "actor International Monetary Fund", "actor Malawi", "actor Zambia"}},
		{"release sign-offs", release, []string{"!actor Karmenu Spiteri", "!actor Information Office of the Presidency",
			"!actor Information Office", "actor Joe Camilleri", "OPPOSES Workers' Party -> government's plan to cut state pensions"}},
	})
}
