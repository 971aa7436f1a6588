package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
)

// storyOfficialFor reports whether speaker spk, a person known only by offices of state that
// place it in no country ("Prime Minister Katrin Lund", "President Omar Said": no nationality,
// no state body with a country), speaks for src, the state of the story's dateline
// (storyCountry: named at least as often as any other). Wire copy introduces the officials of
// the dateline's state by title alone and a foreign official by country ("Albanian Interior
// Minister X"; AP Stylebook, "datelines" and "titles"; the convention storyOfficials codes on),
// so such a speaker's report that the dateline's state will act ("Prime Minister Katrin Lund said
// Iceland would resume talks with Norway") announces the speaker's own side's act, as the
// speaker's country would (ownPrediction), not another state's act predicted.
func (d *doc) storyOfficialFor(spk, src *entity) bool {
	if spk.Kind != graph.Person || spk.Country != nil || src.Kind != graph.Country || len(spk.Roles) == 0 {
		return false
	}
	for _, r := range spk.Roles {
		if t := d.Lx.Titles[strings.ToLower(r.Title)]; t == nil || t.Class != "state" && actors.PortfolioTitle(d.Lx, strings.ToLower(r.Title)) == "" {
			return false // a party, company or unknown role: no state's office
		}
		if r.Org != nil && (r.Org.Final().Country != nil || r.Org.Final().Kind != graph.Government) {
			return false // placed by its body, or a role at an organization
		}
	}
	c := actors.StoryCountry(d.Doc)
	return c != nil && c.Code == src.Code
}
