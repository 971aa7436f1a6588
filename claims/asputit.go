package claims

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// asPutIt adds the claim of the comment clause "as <subject> put it" at token k ("put") of st:
// the clause after its comma when the comment clause opens the sentence, else the clause before
// the comma that opens the comment clause.
func asPutIt(d *doc.Doc, st *doc.Sent, k int) {
	toks := st.Toks
	if k+1 >= len(toks) || toks[k].Lower != "put" || toks[k+1].Lower != "it" {
		return
	}
	as := -1
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].Kind == text.Punct {
			break
		}
		if toks[j].Lower == "as" {
			as = j
			break
		}
	}
	if as < 0 || as+1 >= k || as > 0 && toks[as-1].Text != "," {
		return
	}
	src, s0, _ := surface.SubjectOf(d, st, k)
	if src == nil || s0 <= as {
		return
	}
	end := len(toks)
	for end > 0 && (toks[end-1].Kind == text.Punct || toks[end-1].Kind == text.Quote) {
		end--
	}
	switch {
	case as == 0 && k+2 < end && toks[k+2].Text == ",":
		addReported(d, st, src, k, k+3, end, "speech:as-put-it", 0.8) // "As X put it, CLAUSE."
	case as >= 2 && k+2 >= end:
		addReported(d, st, src, k, 0, as-1, "speech:as-put-it", 0.8) // "CLAUSE, as X put it."
	}
}
