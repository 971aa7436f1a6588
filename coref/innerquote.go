package coref

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// innerQuoted reports token i of sentence s as inside a quotation nested in the direct quotation
// q, marked by single quotation marks (“When the mayor told us, ‘I condemn the plan,’ we were
// surprised”). The nested quotation is another speaker's words, reported by q's speaker, with
// that speaker's own deixis (Quirk et al. 1985, 14.31: direct speech keeps its original speaker's
// first person; The Chicago Manual of Style 6.11: single marks enclose a quotation within a
// quotation), so its "I" or "we" is not q's speaker. A single mark opens when a space or the
// punctuation before it separates it from the preceding word and it touches the word after; it
// closes when it touches the word before (an apostrophe inside a word, "governor’s", is part of
// the word's token and no mark here).
func innerQuoted(d *doc.Doc, q *doc.Quote, s, i int) bool {
	open := false
	// a nested quotation is a few sentences at most: the scan starts no more than
	// maxInnerSentences before s, so a pronoun costs no more than that however long q runs
	from := q.S0
	if s-maxInnerSentences > from {
		from = s - maxInnerSentences
	}
	for ss := from; ss <= s && ss < len(d.Sents); ss++ {
		toks := d.Sents[ss].Toks
		lo, to := 0, len(toks)
		if ss == q.S0 {
			lo = q.T0 + 1
		}
		if ss == s {
			to = i
		}
		for k := lo; k < to && k < len(toks); k++ {
			t := toks[k]
			if t.Kind != text.Quote || t.Text != "\u2018" && t.Text != "\u2019" && t.Text != "'" {
				continue
			}
			touchBefore := k > 0 && toks[k-1].End == t.Start && toks[k-1].Kind != text.Punct
			touchAfter := k+1 < len(toks) && toks[k+1].Start == t.End && toks[k+1].Kind == text.Word
			switch {
			case !open && !touchBefore && touchAfter:
				open = true
			case open && (touchBefore || k > 0 && toks[k-1].End == t.Start):
				open = false
			}
		}
	}
	return open
}

// maxInnerSentences bounds innerQuoted's scan back from the pronoun's sentence (a class of our
// own: a quotation within a quotation in news copy is a phrase or a sentence or two).
const maxInnerSentences = 4
