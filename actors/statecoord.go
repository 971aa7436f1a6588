package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// coordinatedUSState reports a country's name [ts, te) that is also a US state's full name
// (data/wordclasses/phrases/usstates.txt: "Georgia") coordinated with another US state's name
// ("in Tennessee and Georgia", "Georgia, Ohio or Iowa"): coordinated noun phrases are of one
// semantic class (Quirk et al. 1985, 13.39-13.41; Huddleston & Pullum 2002, 15.2: coordinates
// are alike in function and kind), so beside a US state the name is the state, a place, and no
// country actor. Rule place:us-state-coordinated.
func coordinatedUSState(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if !usStateChunk(d, st, ts, te) {
		return false
	}
	toks := st.Toks
	coord := func(t text.Token) bool { return t.Lower == "and" || t.Lower == "or" || t.Text == "," }
	// a state written before: "Tennessee and Georgia", "Ohio, Georgia"
	if ts >= 2 && coord(toks[ts-1]) {
		for n := 1; n <= 3 && ts-1-n >= 0; n++ {
			if stateRun(d, st, ts-1-n, ts-1) {
				return true
			}
		}
	}
	// a state written after: "Georgia and Tennessee", "Georgia, Ohio and Iowa"
	if te+1 < len(toks) && coord(toks[te]) {
		s := te + 1
		if toks[te].Text == "," && s < len(toks) && (toks[s].Lower == "and" || toks[s].Lower == "or") {
			s++
		}
		for n := 1; n <= 3 && s+n <= len(toks); n++ {
			if stateRun(d, st, s, s+n) {
				return true
			}
		}
	}
	return false
}

// stateRun reports a capitalized run [ts, te) that is a US state's full name ("Tennessee",
// "New Hampshire").
func stateRun(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if ts < 0 || te > len(st.Toks) || te <= ts || !capsRun(st.Toks[ts:te]) {
		return false
	}
	return fullStateName(d.SpanText(st, ts, te))
}
