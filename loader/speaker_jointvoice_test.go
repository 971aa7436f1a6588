package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestJointMinistersWe (aim 4, one rule for "we"): in a joint statement of two ministers each
// named with his state, "We oppose …" is each minister's "we", his state's (firstPerson), so the
// stance is Norway's and Chile's, as in a joint statement of the two states. Near miss: a party
// who speaks for no state (a professor) keeps her own "we": the stance is Norway's and hers, and
// no state is made up for her.
func TestJointMinistersWe(t *testing.T) {
	text := "Norway and Chile held their third round of fisheries talks in Oslo on 12 February.\n\n" +
		"We reaffirm our commitment to sustainable fishing in the South Pacific. We oppose illegal, unreported and " +
		"unregulated fishing, and we support a regional register of fishing vessels.\n"
	cases := []struct {
		name, title string
		want        []string
	}{
		{"two ministers", "Joint Statement of Norwegian Fisheries Minister Ingrid Dahl and Chilean Fisheries Minister Camila Rojas",
			[]string{"OPPOSES Norway -> illegal", "OPPOSES Chile -> illegal", "SUPPORTS Norway -> regional register",
				"SUPPORTS Chile -> regional register", "!OPPOSES Ingrid Dahl -> illegal", "!OPPOSES Camila Rojas -> illegal"}},
		{"minister and professor", "Joint Statement of Norwegian Fisheries Minister Ingrid Dahl and Professor Camila Rojas",
			[]string{"OPPOSES Norway -> illegal", "OPPOSES Camila Rojas -> illegal", "!OPPOSES Chile -> illegal"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "test", Outlet: "Ministry of Foreign Affairs of Norway", Title: c.title, Text: text}), c.want)
		})
	}
}
