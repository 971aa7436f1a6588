package loader

// The state whose officials a page quotes, read by assignCodes (actor_codes.go). restruct6 moved
// stateOfficials and officialsCountry unchanged from speaker_voice.go: only the actors stage's
// coding calls them.

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// stateOfficials reports a group of a state's executive officials: "administration officials",
// "senior government officials" (an administration is the executive branch of a government,
// Merriam-Webster, "administration" 3b). Their "we" speaks for that state as a ministry
// spokesperson's does.
func (d *doc) stateOfficials(e *entity) bool {
	f := strings.Fields(strings.ToLower(e.name))
	if e.kind != graph.Group || len(f) < 2 || f[len(f)-1] != "officials" && f[len(f)-1] != "official" {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if w == "administration" || w == "government" {
			return true
		}
	}
	return false
}

// officialsCountry is the state of a group of state officials (stateOfficials): the country the
// text gives it ("Chinese government officials", not a guess), else the government domain of the
// page (govHostCountry: "Background Press Call by Senior Administration Officials" on
// whitehouse.gov). A title's country is not used: such a call's title names the country visited.
func (d *doc) officialsCountry(e *entity) *lexicon.Country {
	if e.country != nil && !e.guessed {
		return e.country
	}
	return d.govHostCountry()
}
