package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// SpeakerState is the state a speaker speaks for: a country itself; a government body's stated
// country; a person who holds a role at a state body (stateOfficial) of a stated country; an
// unnamed group of a state's agents ("Kenyan diplomats": sector GOV; "Kenyan officials":
// officeheads.txt, as speaksFor reads it).
// Nil for anyone else (a party, a company, a union speak for their own body).
func SpeakerState(d *doc.Doc, spk *doc.Entity) *doc.Entity {
	switch spk.Kind {
	case graph.Country:
		return spk
	case graph.Government:
		if spk.Country != nil && !spk.Guessed {
			return actors.CountryEntity(d, spk.Country).Final()
		}
	case graph.Person:
		for _, r := range spk.Roles {
			if r.Org == nil {
				continue
			}
			if o := r.Org.Final(); o.Kind == graph.Country {
				return o
			} else if o.Kind == graph.Government && o.Country != nil && !o.Guessed {
				return actors.CountryEntity(d, o.Country).Final()
			}
		}
	case graph.Group:
		if spk.Country != nil && (actors.Sector(d.Phx, spk.Name, "") == "GOV" || OfficeGroup(spk.Name)) {
			return actors.CountryEntity(d, spk.Country).Final()
		}
	}
	return nil
}

// officeHeads are the plural heads of a group of a state's agents that Phoenix codes by no
// sector of their own (data/wordclasses/officeheads.txt).
var officeHeads = lexicon.WordClass("officeheads")

// OfficeGroup reports a group's canonical name whose head (its last word) is of officeHeads
// ("Iranian officials", "Libyan negotiators"), with no word of another head before it: "Iranian
// oil officials" are the oil sector's (Phoenix OIL [~BUS]), and sector reads such a compound first.
func OfficeGroup(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	return len(ws) == 2 && officeHeads.Has(ws[1])
}
