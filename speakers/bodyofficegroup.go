package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// BodyOfficeGroup reports an unnamed group's canonical name of a nationality word, a state body
// and an office head of officeHeads ("Russian foreign ministry spokeswomen", "Chinese defence
// ministry spokesmen", "Iranian military officials"): the words between the first and the last
// name a body the Phoenix agents dictionary codes in a state's sector, GOV (FOREIGN_MINISTRY,
// MINISTRY, GOVERNMENT) or MIL (MILITARY, ARMY), so the group holds offices at that body of the
// state its nationality word names, and speaks for it as "Iranian officials" do (OfficeGroup; a
// state's military is the state in its military sector, CAMEO XXXMIL: Gerner et al. 2012, actor
// codebook). Also the group the dictionary codes as a whole in MIL ("Iranian military
// spokesmen": MILITARY_SPOKESMAN [~MIL]). False without the dictionary or with any other head.
func BodyOfficeGroup(phx *lexicon.Actors, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if phx == nil || len(ws) < 3 || !officeHeads.Has(ws[len(ws)-1]) {
		return false
	}
	state := func(p string) bool {
		a, ok := phx.Agent(p)
		s := lexicon.SectorOf(a.Code)
		return ok && (s == "GOV" || s == "MIL")
	}
	if state(strings.Join(ws[1:len(ws)-1], " ")) {
		return true
	}
	a, ok := phx.Agent(strings.Join(ws[1:], " "))
	return ok && lexicon.SectorOf(a.Code) == "MIL"
}
