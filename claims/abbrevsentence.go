package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// opensAfterAttribution reports a quotation q that opens a new orthographic sentence inside the
// sentence of the quotation last, right after last's own attribution: "“…,” said Sen. Ann
// Roe, D-N.Y. “I condemn his remarks.”" The attribution ends in an abbreviation whose full stop
// also ends the sentence (an abbreviation's period doubles as the sentence's: Chicago Manual of
// Style 6.13; AP Stylebook, "abbreviations and acronyms"), which the sentence splitter took for
// the abbreviation's alone. What follows is the same speaker's next quoted sentence, as a
// quotation opening its own sentence after an attributed one is (quote:continuation; Quirk et al.
// 1985, 14.30–14.31 on direct speech and its reporting clause). last must have been attributed
// after its closing mark (quote:after: the cue sits between the two quotations), and only words of
// that attribution — no second verb of saying, no other quotation — stand between them.
func opensAfterAttribution(d *doc.Doc, last, q *doc.Quote) bool {
	if last.Rule != "quote:after" || !last.Closed || q.S0 != last.S1 || last.CueSent != q.S0 || last.CueTok <= last.T1 || q.T0 <= last.CueTok {
		return false
	}
	st := d.Sents[q.S0]
	prev := st.Toks[q.T0-1]
	if prev.Text != "." && !(prev.Kind == text.Word && strings.HasSuffix(prev.Text, ".")) {
		return false
	}
	for k := last.T1 + 1; k < q.T0; k++ {
		if st.Toks[k].Kind == text.Quote || st.InQuote[k] {
			return false
		}
		if _, ok := doc.SpeechAt(d.Lx, st, k); ok && k != last.CueTok {
			return false
		}
	}
	return true
}
