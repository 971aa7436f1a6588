package claims

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// releaseDateline returns the index of the first token after the dateline that opens a release's
// first body paragraph at token a of st ("Addis Ababa, 22 June 2031: The African Union …",
// "Jakarta, 3 March 2031 – ASEAN and Japan …"), or a when there is none. A release's lead opens
// with the city and the date of issue (AP Stylebook, "datelines" and "news release"), which are
// no part of the issuer's claim. The dateline is one to three capitalized words of a place, then
// only commas, capitalized words (a region or country) and a date that holds a month name and a
// number, closed by a dash or a colon before a capitalized word. Without a month and a number it
// is no dateline ("Kenya — the …").
func releaseDateline(st *doc.Sent, a int) int {
	toks := st.Toks
	if a >= len(toks) || toks[a].Kind != text.Word || !toks[a].Cap {
		return a
	}
	month, num := false, false
	for j := a + 1; j < len(toks) && j < a+12; j++ {
		t := toks[j]
		switch {
		case segment.IsDashToken(t) || t.Text == ":":
			if month && num && j+1 < len(toks) && (toks[j+1].Cap || toks[j+1].Kind == text.Quote) {
				return j + 1
			}
			return a
		case t.Kind == text.Num:
			num = true
		case t.Kind == text.Word && t.Cap:
			month = month || text.IsDayOrMonth(t.Lower) && t.Lower != "late" && t.Lower != "early"
		case t.Text == "," || t.Text == ".":
		default:
			return a
		}
	}
	return a
}
