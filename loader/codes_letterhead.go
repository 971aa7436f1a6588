package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// letterheadBodies gives a state body with no country whose name alone makes one of the
// document's first three lines ("Ministry of Foreign and Diaspora Affairs" under "Republic of
// Kenya") the state c that the heading names (issuingState, not the dateline alone): the lines
// of a letterhead name one sender, the issuing office with its state (Gregg Reference Manual, on
// letterheads; lineBodyState reads a line that names both). The body's name need not be a
// generic one (issuerBodies): the heading line is the document's own issuer, not a body it
// speaks of. A body named so on a page whose heading names no state, or two, is left alone. The
// country is a guess (Guessed), as the issuer's bodies are.
func (d *doc) letterheadBodies(ents []*entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	for _, e := range ents {
		if e.Kind != graph.Government || e.Country != nil || e.Dropped || e.Final() != e {
			continue
		}
		for _, m := range actors.MentionsOf(d.Doc, e) {
			st := d.Sents[m.Sent]
			if m.Sent < 3 && (m.Ts == 0 || m.Ts == 1 && st.Toks[0].Lower == "the") && m.Te == len(st.Toks) {
				e.PlaceIn(c)
				e.Guessed = true
				break
			}
		}
	}
}
