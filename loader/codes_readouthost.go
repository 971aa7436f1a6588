package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/speakers"
)

// readoutHostCountry gives the principal of a readout issued from a capital (readoutPlace: "Tokyo,
// 5 October 2022" under "Readout of Prime Minister Kishida's Call with Prime Minister Albanese")
// the state of that place line, when he has none of his own: the person the title line names with
// a leader's office (leaderOf) and no other state (foreignTo), the principal whose office issues
// the readout (readoutParties, coref_hostoffice.go). A readout is the account of the principal's
// own office, which names its principal by office and surname only and his counterpart with his
// state ("Prime Minister Anthony Albanese of Australia"), so the principal is the issuing state's
// (AP Stylebook, "datelines": the place line says where the release was issued). The country is a
// guess (Guessed), as storyOfficials' is: a stated country later replaces it, and a dictionary
// person of another state (actors.DictForeigner) is left alone. The code is the country's with the
// title's Phoenix sector. Called from assignCodes beside storyOfficials (codes_assign.go).
func (d *doc) readoutHostCountry() {
	c := speakers.ReadoutPlace(d.Doc)
	if c == nil {
		return
	}
	p := coref.TitleLinePerson(d.Doc, func(e *entity) bool { return coref.LeaderOf(e) && !coref.ForeignTo(e, c) })
	if p == nil || p.Country != nil || p.Dropped || actors.DictForeigner(d.Phx, p, c) {
		return
	}
	p.Country, p.Guessed = c, true
	for _, r := range p.Roles {
		if sec := actors.TitleSector(d.Phx, r.Title); sec != "" {
			p.Cameo = c.Code + sec
		}
	}
}
