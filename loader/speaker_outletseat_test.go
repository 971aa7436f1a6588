package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestOutletSeat: a page whose outlet is a state body or its seat alone (outletSeat: "Casa
// Rosada", "The White House", "Kremlin") and whose header names no speaker is that body's: its
// "we"/"I" outside quotation marks, in any tense or modal, are the body's. Near misses: a news
// outlet's "we", an organisation of no state, a quoted "we" of someone the page names.
func TestOutletSeat(t *testing.T) {
	cases := []struct {
		name, outlet, title, text string
		want                      []string
	}{
		{"seat, present and that-clause", "Casa Rosada", "Communiqué on the fisheries dispute",
			"We reject the naval exercises of Veldland near the islands. We demand that Veldland return to negotiations.",
			[]string{"OPPOSES Casa Rosada -> naval exercises", "DEMANDS Casa Rosada -> negotiations"}},
		{"body with the article, future and progressive", "The White House", "Statement on the ceasefire",
			"Tomorrow we will support the ceasefire agreed between Veldland and Ostmark. We are calling on both parties to respect it.",
			[]string{"SUPPORTS White House -> ceasefire", "DEMANDS White House -> respect"}},
		{"co-publisher part, first person singular", "Press Service / Kremlin", "Telephone conversation with the President of Ostmark",
			"I strongly condemned the shelling of Veldland's border towns by Ostmark's army.",
			[]string{"OPPOSES Kremlin -> shelling"}},
		{"news outlet", "Reuters", "Fisheries talks stall",
			"We reject the naval exercises of Veldland near the islands, the note said.",
			[]string{"!OPPOSES Reuters", "!actor Casa Rosada"}},
		{"organisation of no state", "United Nations", "Statement on the ceasefire",
			"We support the ceasefire agreed between Veldland and Ostmark.",
			[]string{"!SUPPORTS United Nations"}},
		{"quoted we of a named speaker", "Casa Rosada", "Fishermen protest in the port",
			"\"We reject the naval exercises of Veldland,\" said Jorge Paz, a fisherman.",
			[]string{"!OPPOSES Casa Rosada"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := extractDoc(t, input.Document{Source: "test", Outlet: c.outlet, Title: c.title, Text: c.text})
			checkExpect(t, g, c.want)
		})
	}
}
