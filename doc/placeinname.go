package doc

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// PlaceOpensForeignActor reports a place's name (country, demonym or capital entries of ents,
// tokens [i, end)) that opens a longer capitalized name the Phoenix actor dictionary lists as
// an actor of another country ("Georgetown University": ORGANIZATION USA in Phoenix.Countries;
// "Georgetown" is Guyana's capital in countries.txt). The dictionary's longer name is the
// mention (the longest match names the referent), and the place word inside it names the
// institution, not its state: it counts as no mention of that state. An actor of the same
// country ("University of Nairobi") or a name the dictionary does not list keeps the reading.
func (d *Doc) PlaceOpensForeignActor(st *Sent, i, end int, ents []lexicon.Entry) bool {
	if d.Phx == nil || end <= i {
		return false
	}
	var c *lexicon.Country
	for _, e := range ents {
		switch e.Kind {
		case lexicon.EntryCountry, lexicon.EntryDemonym, lexicon.EntryCapital:
			if c == nil {
				c = e.Country
			}
		case lexicon.EntryActor:
			return false
		}
	}
	if c == nil {
		return false
	}
	last := text.CapRunEnd(st.Toks, end)
	for k := min(last, end+3); k > end; k-- {
		words := make([]string, 0, k-i)
		for j := i; j < k; j++ {
			words = append(words, st.Toks[j].Text)
		}
		for _, a := range d.Phx.Lookup(strings.Join(words, " ")) {
			if a.Country != "" && a.Country != c.Code {
				return true
			}
		}
	}
	return false
}
