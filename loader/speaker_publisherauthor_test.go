package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestPublisherAuthorMember (issue 14): the one person a state body's page names in its title as
// the author of its statement or testimony ("Statement of Deputy Minister X Before …") is a
// member of that body, the publisher, and takes its country. Near misses: a newspaper's page (no
// membership), a title naming two persons, a title with no office before the name.
func TestPublisherAuthorMember(t *testing.T) {
	text := "The Ministry of Finance will present the new budget in March. We will reduce the deficit next year, " +
		"and we expect revenue to grow."
	title := "Statement of Deputy Minister Amina Wekesa Before the Senate Budget Committee"
	cases := []struct {
		name string
		doc  input.Document
		want []string
	}{
		{"ministry page", input.Document{Source: "test", Outlet: "Ministry of Finance of Kenya", Title: title, Text: text},
			[]string{"MEMBER_OF Amina Wekesa -> Finance", "country Amina Wekesa = KEN"}},
		{"department page", input.Document{Source: "test", Outlet: "U.S. Department of the Treasury",
			Title: "Remarks of Assistant Secretary Dana Whitlock on Export Credit Reform",
			Text:  "Treasury has worked with other lenders on export credits this year. We will press for common rules, and we expect progress."},
			[]string{"MEMBER_OF Dana Whitlock -> Treasury", "country Dana Whitlock = USA"}},
		{"newspaper", input.Document{Source: "test", Outlet: "Daily Nation", Title: title, Text: text},
			[]string{"!MEMBER_OF Amina Wekesa -> Finance"}},
		{"two persons", input.Document{Source: "test", Outlet: "Ministry of Finance of Kenya",
			Title: "Remarks by Deputy Minister Amina Wekesa and Prime Minister Tomas Varga Before the Senate Budget Committee", Text: text},
			[]string{"!MEMBER_OF Amina Wekesa -> Finance", "!MEMBER_OF Tomas Varga -> Finance"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractDoc(t, c.doc), c.want) })
	}
}

// TestPublisherAuthorWe (aim 4, one rule for "we"): the "we" of the author of a state body's
// statement or testimony on its own page (title:publisher-author) is the body's state, as a
// spokesperson's and a briefing host's is; his "I" stays his. Near misses: the same statement on
// a newspaper's page, and a title naming a second person (no membership, "we" stays the author's).
func TestPublisherAuthorWe(t *testing.T) {
	text := "Thank you for inviting me to appear before the committee today.\n\n" +
		"Over the past year the Ministry of Finance worked to improve the lending standards of the regional development banks. " +
		"We oppose any new capital increase for the Coastal Development Bank until it adopts those standards. " +
		"We support the debt relief plan for small island states. As we review each loan, we will press for common lending rules. I personally support the proposal for a regional audit office.\n"
	title := "Statement of Deputy Secretary Laura Pemberton Before the Senate Committee on Finance"
	cases := []struct {
		name string
		doc  input.Document
		want []string
	}{
		{"ministry page", input.Document{Source: "test", Outlet: "Ministry of Finance of New Zealand", Title: title, Text: text},
			[]string{"OPPOSES New Zealand -> capital increase", "SUPPORTS New Zealand -> debt relief plan",
				"!OPPOSES Laura Pemberton -> capital increase", "SUPPORTS Laura Pemberton -> regional audit office",
				"DEMANDS New Zealand -> common lending rules", "CLAIMS Laura Pemberton -> we will press for common lending rules"}},
		{"newspaper", input.Document{Source: "test", Outlet: "The Harbour Herald", Title: title, Text: text},
			[]string{"OPPOSES Laura Pemberton -> capital increase", "!OPPOSES New Zealand -> capital increase"}},
		{"two persons", input.Document{Source: "test", Outlet: "Ministry of Finance of New Zealand",
			Title: "Statement of Deputy Secretary Laura Pemberton and Governor Tomas Varga Before the Senate Committee on Finance", Text: text},
			[]string{"!OPPOSES New Zealand -> capital increase"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractDoc(t, c.doc), c.want) })
	}
}

// TestCoPublisherOutlet (aim 4): an outlet naming a sub-office and, after a slash, the known state
// body that co-publishes its pages ("Office of the Deputy Prime Minister / Downing Street":
// Downing Street is GBR in data/lexicons/actors.txt) gives the office that state, so the author
// its page's title names is its member, of that state. Near misses: a slash with a news site
// ("… / cityweekly.example") names no state; a plain outlet naming no state gives nothing.
func TestCoPublisherOutlet(t *testing.T) {
	text := "The Office of the Deputy Prime Minister has reviewed the housing targets with local councils. " +
		"We oppose any cut to the social housing budget, and we will publish the review in June.\n"
	title := "Remarks by Deputy Prime Minister Harriet Coles on Housing Supply"
	cases := []struct {
		name   string
		outlet string
		want   []string
	}{
		{"office and parent", "Office of the Deputy Prime Minister / Downing Street",
			[]string{"MEMBER_OF Harriet Coles -> Office of the Deputy Prime Minister", "country Harriet Coles = GBR",
				"country Office of the Deputy Prime Minister = GBR", "OPPOSES United Kingdom -> cut", "!OPPOSES Harriet Coles -> cut"}},
		{"office and news site", "Office of the Deputy Prime Minister / cityweekly.example",
			[]string{"!country Harriet Coles = GBR", "!OPPOSES United Kingdom -> cut"}},
		{"office alone", "Office of the Deputy Prime Minister",
			[]string{"!country Harriet Coles = GBR"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "test", Outlet: c.outlet, Title: title, Text: text}), c.want)
		})
	}
}
