package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// PlaceNamedOrgs gives an organization named after its city ("the Detroit Economic Club", "the
// Lagos Chamber of Commerce") the country the Phoenix dictionary's country records list that
// place under (PhoenixPlace: DETROIT_ under UNITED_STATES_ [USA]; data/lexicons/phoenix/places.txt):
// a proper noun premodifying a noun names where the thing is (Quirk et al. 1985, 17.108, the
// locative relation of a proper-noun premodifier), and a club, chamber or institute named after
// its city is that city's state's, as CAMEO codes a national organization by its state.
//
// Bodies named after a city are also the seats of intergovernmental groups ("the Paris Club", "the
// Lima Group"), which are no state's: the rule needs the organization's own sentence to name that
// state (the place's country, its demonym or its capital, as "US Secretary of State Mike Pompeo
// … in his address to the Detroit Economic Club"), and leaves any organization the dictionaries
// code (an IGO, "Shanghai Cooperation Organization" IGOCAS) or that already has a country. Only
// a place name of one to three words that opens the name and leaves a head after it.
func PlaceNamedOrgs(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Kind != graph.Organization || e.Country != nil || e.Cameo != "" || e.Dropped || e.Final() != e {
			continue
		}
		w := strings.Fields(strings.TrimPrefix(e.Name, "the "))
		var c *lexicon.Country
		for n := min(3, len(w)-1); n >= 1 && c == nil; n-- {
			c = PhoenixPlace(d, strings.Join(w[:n], " "))
		}
		if c == nil || !orgSentenceNames(d, e, c) {
			continue
		}
		e.Country = c
	}
}

// orgSentenceNames reports a sentence that mentions e and names country c: a mention of the
// country, or a name, short form, demonym or capital of c in the sentence's tokens
// (EachCapitalMatch's entries, as CountryCounts reads them) outside e's own mentions.
func orgSentenceNames(d *doc.Doc, e *doc.Entity, c *lexicon.Country) bool {
	sents := map[int]bool{}
	own := map[[2]int]bool{} // the organization's own tokens: its city names no state here
	for _, m := range d.Mentions {
		if m.Ent != nil && m.Ent.Final() == e {
			sents[m.Sent] = true
			for i := m.Ts; i < m.Te; i++ {
				own[[2]int{m.Sent, i}] = true
			}
		}
	}
	found := false
	d.EachCapitalMatch(func(st *doc.Sent, i int, ents []lexicon.Entry) bool {
		if !sents[st.Idx] || own[[2]int{st.Idx, i}] {
			return true
		}
		for _, x := range ents {
			if x.Country == c && (x.Kind == lexicon.EntryCountry || x.Kind == lexicon.EntryDemonym || x.Kind == lexicon.EntryCapital) && doc.CapsFit(st, i, x) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}
