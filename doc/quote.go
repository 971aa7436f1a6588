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
