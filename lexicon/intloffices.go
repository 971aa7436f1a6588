package lexicon

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// intlOffice is an office of an international body that the Phoenix International actors list
// writes as an entry of its own under the body's name: EU_HIGH_REPRESENTATIVE [IGOEUREEC],
// UN_SECRETARY_GENERAL [IGOUNO] (PETRARCH2 Phoenix.International.actors.txt, "Secretarys
// General"). The entry's name is the body's name (an entry of the same code: "EU", "UN")
// followed by the office ("high representative", "secretary general").
type intlOffice struct{ body, code string }

// officeCandidates records, while loading, each split of an intergovernmental ORGANIZATION entry's
// (CAMEO code IGO…: CAMEO manual ch. 3, international governmental organizations) names into a leading body name and an office of two words or more (an office of one word,
// "World Bank President", is a title any state's head bears: "the President" alone names no
// international office).
func (x *Actors) officeCandidates(a *Actor, names []string) {
	if a.Country != "" || a.Kind != graph.Organization || !strings.HasPrefix(a.Code, "IGO") {
		return
	}
	for _, k := range names {
		f := strings.Fields(officeKey(k))
		for i := 1; i+2 <= len(f); i++ {
			if x.intlCand == nil {
				x.intlCand = map[string][]intlOffice{}
			}
			x.intlCand[strings.Join(f[i:], " ")] = append(x.intlCand[strings.Join(f[i:], " ")], intlOffice{strings.Join(f[:i], " "), a.Code})
		}
	}
}

// finishOffices keeps the candidates whose leading words name an entry of the same code: the body
// itself ("EU" is IGOEUREEC as EU_HIGH_REPRESENTATIVE is).
func (x *Actors) finishOffices() {
	x.intlOffices = map[string][]intlOffice{}
	for office, cs := range x.intlCand {
		for _, c := range cs {
			for _, b := range x.Lookup(c.body) {
				if b.Code == c.code && b.Kind == graph.Organization && b.Country == "" {
					x.intlOffices[office] = append(x.intlOffices[office], c)
					break
				}
			}
		}
	}
	x.intlCand = nil
}

// officeKey is a name normalized for office lookups: graph.NormalizeName with hyphens as spaces
// ("Secretary-General" is "secretary general").
func officeKey(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(graph.NormalizeName(s), "-", " ")), " ")
}

// IntlOffice is the international body whose office is named by office alone ("High
// Representative", "Secretary-General"), as the Phoenix International actors list writes the
// office under one body only: the body's name as the entry writes it ("EU", "UN") and its CAMEO
// code. ok is false when no body's office or several bodies' offices have that name.
func (x *Actors) IntlOffice(office string) (body, code string, ok bool) {
	cs := x.intlOffices[officeKey(office)]
	if len(cs) == 0 {
		return "", "", false
	}
	for _, c := range cs[1:] {
		if c.code != cs[0].code {
			return "", "", false
		}
	}
	return cs[0].body, cs[0].code, true
}
