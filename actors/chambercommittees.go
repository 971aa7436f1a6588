package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// chamberShort are the short names of the US chambers a committee's name opens with ("House
// Judiciary Committee", "Senate Ethics Committee"; AP Stylebook, "committee": capitalize the
// full name, "the House Appropriations Committee"), each with its chamber's full name
// (usChambers).
var chamberShort = map[string]string{"Senate": "senate", "House": "house of representatives"}

// ChamberCommittees types an organization named "<Senate|House> … Committee" (or Subcommittee;
// the head before a first "of", "on" or "for") as a GOVERNMENT body: a committee of a legislative
// chamber is a part of the legislature (CAMEO's LEG: "parliaments, assemblies, lawmakers"), as
// bodyPartChunk makes "Senate Committee on Power" when the chamber is written as a unit of its
// own. It takes its chamber's country when the article's bare chamber of that name has one
// ("Sen. X (R-Iowa) … the Senate Ethics Committee"). Rule "kind:chamber-committee". Called
// after the generic bodies took their countries (assignCodes 2a).
func ChamberCommittees(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Final() != e || e.Kind != graph.Organization {
			continue
		}
		w := strings.Fields(e.Name)
		if len(w) < 2 {
			continue
		}
		full, ok := chamberShort[w[0]]
		if !ok {
			continue
		}
		h := len(w) - 1
		for k := 1; k < len(w); k++ {
			if l := w[k]; l == "of" || l == "on" || l == "for" {
				h = k - 1
				break
			}
		}
		if h < 1 {
			continue
		}
		if head := strings.ToLower(w[h]); head != "committee" && head != "subcommittee" {
			continue
		}
		e.Kind = graph.Government
		if e.Country != nil {
			continue
		}
		for _, c := range ents {
			f := c.Final()
			if f.Kind != graph.Government || f.Country == nil || f.Guessed {
				continue
			}
			if strings.EqualFold(strings.TrimSuffix(f.Name, " ("+f.Country.Name+")"), full) {
				e.Country, e.Cameo = f.Country, f.Country.Code+"LEG" // the chamber's sector, as for part-of:body-modifier
				break
			}
		}
	}
}
