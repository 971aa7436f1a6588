package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// partyMembersCountry gives a political party named without a country the one country of the
// persons the article makes its members ("Chairman of the Workers' Party of Korea … Kim Jong
// Un", "Kenyan senator X, chairman of the Y Party"): a party contests the politics of one state,
// and the CAMEO actor codes put a party under its state's code (Phoenix.Countries.actors.txt
// lists parties in their country's records; Phoenix.agents.txt codes RULING_PARTY [~GOV],
// OPPOSITION_PARTY [~OPP] as sectors a country code precedes), as a speaker's affiliation
// gives a generic state body its country (assignCodes 2a). The party is a name whose head, the
// last word before a first "of", "for" or "in", is "party"; members of two countries, or none
// with a stated country, give nothing (membersCountry).
func (d *doc) partyMembersCountry(ents []*entity) {
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Organization || !partyHead(e.Name) {
			continue
		}
		if c := actors.MembersCountry(d.Doc, e); c != nil {
			e.Country, e.Code = c, c.Code
		}
	}
}

// partyHead reports a name whose head (the last word before a first lower-case "of", "for" or
// "in") is "party": "Workers' Party of Korea", "Liberal Democratic Party".
func partyHead(name string) bool {
	w := strings.Fields(name)
	h := len(w) - 1
	for i := 1; i < len(w); i++ {
		if w[i] == "of" || w[i] == "for" || w[i] == "in" {
			h = i - 1
			break
		}
	}
	return h >= 0 && strings.EqualFold(w[h], "party")
}

// stateNamedParties gives a political party named without a country (partyHead) the country
// of the states its article names as its story's places (actors.StateNamesCountry): a party
// contests the politics of one state (partyMembersCountry), and a story of Iowa's caucuses and
// Ohio's primary is one of US politics. Rule "country:state-names".
func (d *doc) stateNamedParties(ents []*entity, c *lexicon.Country) {
	for _, e := range ents {
		if e.Final() == e && e.Country == nil && e.Kind == graph.Organization && partyHead(e.Name) {
			e.Country, e.Code = c, c.Code
		}
	}
}
