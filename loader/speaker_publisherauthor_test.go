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
