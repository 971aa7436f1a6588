package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// coordinatedTitleCountry is the country of the nationality adjective that opens the first of two
// titled names joined by "and", for the second: in "Polish Foreign Minister Jan Brzozowski and
// Defense Minister Anna Lipska" the adjective distributes over the coordinated titles, so the
// Defense Minister is Polish too (Quirk et al. 1985, §13.64: a premodifier before the first
// conjunct may apply to every conjunct of a coordinated noun phrase). ts is the first title token
// of the second name; the token before it must be "and", and the one before
// that end the first conjunct: a person named after a title, with the adjective before its
// titles. nil when any of this is missing, so a second name with a title of its own country
// ("… and Lithuanian Defense Minister X") keeps that (adjectiveCountry runs first).
func coordinatedTitleCountry(d *doc.Doc, st *doc.Sent, ts int) *lexicon.Country {
	toks := st.Toks
	k := ts - 1
	if k < 1 || toks[k].Lower != "and" {
		return nil
	}
	m := MentionAt(d, st, k-1)
	if m == nil || m.Te != k || m.Rule != "person:title" || m.Ent.Final().Kind != graph.Person {
		return nil
	}
	return adjectiveCountry(d, st, m.Ts)
}
