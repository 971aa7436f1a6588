package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// cityStateRun reports a capitalized run [ts, te) followed by a comma and a US state's name or AP
// abbreviation that closes the phrase ("in Paris and San Bernardino, Calif., last year", "a
// rally in Fort Wayne, Indiana"): AP Stylebook ("state names", "datelines") writes a US city with
// its state set off by commas, so the run is the city, a place, no person. The state must close
// the phrase (punctuation or the sentence's end after it): "Kim Myers, Ohio Democrat" and "Chris
// Dunn, South Carolina director for the campaign" (the state premodifies a description of the
// person) and "Dana Ruiz, Iowa's attorney general" (a possessive) are left alone.
func cityStateRun(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if te+1 >= len(toks) || toks[te].Text != "," {
		return false
	}
	for n := 1; n <= 3 && te+1+n <= len(toks); n++ {
		name := strings.ToLower(strings.Join(strings.Fields(d.SpanText(st, te+1, te+1+n)), " "))
		after := te + 1 + n
		if after < len(toks) && toks[after].Text == "." && !usStates.Has(name) {
			name += "."
			after++
		}
		if !usStates.Has(name) {
			continue
		}
		if after >= len(toks) {
			return true
		}
		next := toks[after]
		return next.Kind != text.Word && !possessiveMark(next)
	}
	return false
}
