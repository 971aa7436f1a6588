// The quotation type (moved from loader/doc_quote.go in restruct10; the loader names it quote
// through an alias), fields grouped by the stage whose code writes them.

package doc

// Quote is one quotation, possibly over several sentences and paragraphs. Token positions are
// (sentence, token) pairs of the opening and closing marks; content is between them. Segment
// (findQuotes, segment_quotes.go) makes it; its attribution is written by segment (the speaker
// files: blocks, quotations after a report, continuations) and claims (claims/claim.go,
// claims/reported.go), the one split of quote step 4 owes.
type Quote struct {
	// written by segment
	S0, T0 int // opening mark
	S1, T1 int // closing mark (or last token when unclosed)
	Closed bool
	// Next is the part of the same quotation in the next paragraph (splitParagraphQuotes)
	Next *Quote
	Part bool // a paragraph of a quotation of several (splitParagraphQuotes)

	// written by segment and claims
	Speaker    *Entity
	Rule       string
	CueSent    int
	CueTok     int
	Attributed bool

	// written by claims
	Covered bool // part of a reported clause already claimed
}

// WordsIn is the part of sentence st that q quotes, as code-point offsets [start, end) into the
// cleaned text: the whole sentence, from just after the opening mark when st opens q, to just
// before the last token when st closes it (the closing mark, or the last token of an unclosed
// quotation). ok is false when st lies outside q's sentences.
func (q *Quote) WordsIn(st *Sent) (start, end int, ok bool) {
	if q.S0 > st.Idx || st.Idx > q.S1 {
		return 0, 0, false
	}
	start, end = st.S.Start, st.S.Start+len([]rune(st.S.Text))
	if q.S0 == st.Idx && q.T0 < len(st.Toks) {
		start = st.Toks[q.T0].End
	}
	if q.S1 == st.Idx && q.T1 < len(st.Toks) {
		end = st.Toks[q.T1].Start
	}
	return start, end, true
}
