package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestPublisherAcronym (issue 14, aim 4): a briefing page under a government domain whose outlet
// names the publishing body with its state, co-published with a news site ("… of the Republic of
// Ghana / ghanaweb.example"), and which names that body only by its acronym ("NPIO briefing on
// …"): the acronym is the body (GOVERNMENT, the state's, its expansion the name), and the one
// named speaker of its turns is its member, of its state, his "we" the state's. Near misses: the
// same page on a news site (no government domain), an acronym that is neither the outlet's
// initials nor the host's label, and two named speakers (no host).
func TestPublisherAcronym(t *testing.T) {
	text := "Home > Newsroom >\n\nNPIO briefing on cocoa export rules\n\n\n" +
		"A press conference was held on Tuesday morning to explain the new cocoa export rules.\n\n" +
		"Reporter from Harbor Times: The European Union says the rules break its trade agreement with Ghana. Will Ghana change them?\n\n" +
		"Kwesi Amankwah:\n\n" +
		"Our rules follow the agreement in every respect. We firmly oppose any attempt to link cocoa prices to forest certificates, " +
		"and we have lodged protests with the European Union about the new levy. We welcome investment from European firms.\n"
	outlet := "National Press and Information Office of the Republic of Ghana / ghanaweb.example"
	title := "NPIO briefing on cocoa export rules (page 2)"
	gov := "http://english.npio.gov.gh/pressroom/2026-03/content_2.htm"
	cases := []struct {
		name string
		doc  input.Document
		want []string
	}{
		{"government page", input.Document{Source: "test", URL: gov, Outlet: outlet, Title: title, Text: text},
			[]string{"GOVERNMENT National Press and Information Office", "alias National Press and Information Office = NPIO",
				"country National Press and Information Office = GHA", "MEMBER_OF Kwesi Amankwah -> National Press and Information Office",
				"country Kwesi Amankwah = GHA", "OPPOSES Ghana -> attempt to link cocoa prices", "!OPPOSES Kwesi Amankwah -> attempt to link cocoa prices"}},
		{"host label alone", input.Document{Source: "test", URL: gov, Title: title, Text: text},
			[]string{"country NPIO = GHA", "MEMBER_OF Kwesi Amankwah -> NPIO"}},
		{"news site", input.Document{Source: "test", URL: "https://www.ghanaweb.example/news/npio-briefing", Outlet: "ghanaweb.example", Title: title, Text: text},
			[]string{"!country NPIO = GHA", "!MEMBER_OF Kwesi Amankwah -> NPIO", "!GOVERNMENT National Press and Information Office"}},
		{"other acronym", input.Document{Source: "test", URL: "http://english.presso.gov.gh/room/2.htm", Outlet: outlet,
			Title: "CCBA briefing on cocoa export rules", Text: strings.ReplaceAll(text, "NPIO briefing", "CCBA briefing")},
			[]string{"!country CCBA = GHA", "!MEMBER_OF Kwesi Amankwah -> CCBA"}},
		{"two speakers", input.Document{Source: "test", URL: gov, Outlet: outlet, Title: title,
			Text: text + "\nAma Boateng:\n\nWe will publish the full rules next week.\n"},
			[]string{"country National Press and Information Office = GHA", "!MEMBER_OF Kwesi Amankwah -> National Press and Information Office"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractDoc(t, c.doc), c.want) })
	}
}
