package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestVenueOrgs: the organization a release's venue line names, directly above a place line that
// is only a capital, is of that capital's state (actors/venueline.go). Must-nots: a venue that
// names a state of its own, a dictionary IGO at its seat, a place line that is no capital.
func TestVenueOrgs(t *testing.T) {
	release := func(venue, place string) string {
		return "Remarks by Secretary Holloway on Farm Trade\n\n" +
			"Office of the Secretary\n\n" + venue + "\n\n" + place + "\n\n" +
			"SECRETARY HOLLOWAY: Thank you. I want to thank the " + venue[4:] + " for hosting us today. We reject the new duties on steel, and we will defend our farmers.\n"
	}
	for _, c := range []struct {
		name, venue, place string
		want               []string
	}{
		{"a think tank's hall in the capital", "The Brookfield Institute", "Washington, D.C.",
			[]string{"ORGANIZATION Brookfield Institute", "country Brookfield Institute = USA"}},
		{"must-not: a place line that is no capital", "The Brookfield Institute", "Chicago, Illinois",
			[]string{"ORGANIZATION Brookfield Institute", "country Brookfield Institute = "}},
		{"must-not: a dictionary IGO at its seat", "The World Bank", "Washington, D.C.",
			[]string{"country World Bank = "}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: "2019-05-14", Text: release(c.venue, c.place)}), c.want)
		})
	}
}
