package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// CodeCountries gives an actor without a country the country its CAMEO actor code opens with
// ("USALEG" for a member of the US Senate, "USACOP" for a police chief): the CAMEO codebook
// (Schrodt 2012, ch. 3) writes a state actor's code as its country's three-letter code followed
// by its role, so the code and the country say the same. Codes that open with a transnational
// sector (IGO, NGO, MNC, IMG …: no entry of countries.txt) give nothing; an NGO's code names the
// country it works on ("NGOCHN…" for a group based elsewhere), not its own. Rule
// "country:code-prefix". Called after the codes are set (assignCodes 4a).
func CodeCountries(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Country != nil || e.Dropped || e.Final() != e || len(e.Cameo) < 3 || !graph.Kind(e.Kind).IsActor() {
			continue
		}
		if c := d.Lx.ByCode[e.Cameo[:3]]; c != nil {
			e.Country = c
		}
	}
}
