package loader

import (
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// The comment clause "as X put it" (issuer22, class L14). "As Prime Minister X put it, the crews
// did an admirable job", "the talks had stalled, as the envoy put it": a comment clause introduced
// by "as" with a verb of saying attributes the clause it comments on to its subject (Quirk et al.
// 1985, 15.54 and 15.57: "as I said", "as you know" in the source's words), and "put it" is such
// a verb phrase (Merriam-Webster, "put" 4b: to express in words, "put it mildly"). The verbs of
// saying themselves ("as X noted, …") are read by reportedSpeech from the speech lexicon; "put"
// is a verb of saying only with "it" in this idiom, so only "as <subject> put it" is read here.
// Rule speech:as-put-it.

// asPutIt adds the claim of the comment clause "as <subject> put it" at token k ("put") of st:
// the clause after its comma when the comment clause opens the sentence, else the clause before
// the comma that opens the comment clause.
func (d *doc) asPutIt(st *sent, k int) {
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
	src, s0, _ := surface.SubjectOf(d.Doc, st, k)
	if src == nil || s0 <= as {
		return
	}
	end := len(toks)
	for end > 0 && (toks[end-1].Kind == text.Punct || toks[end-1].Kind == text.Quote) {
		end--
	}
	switch {
	case as == 0 && k+2 < end && toks[k+2].Text == ",":
		d.addReported(st, src, k, k+3, end, "speech:as-put-it", 0.8) // "As X put it, CLAUSE."
	case as >= 2 && k+2 >= end:
		d.addReported(st, src, k, 0, as-1, "speech:as-put-it", 0.8) // "CLAUSE, as X put it."
	}
}
