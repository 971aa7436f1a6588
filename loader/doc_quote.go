// The quotation type, fields grouped by the stage whose code writes them
// (docs/layout/loader-map.md, Fields × stages; step 2 of docs/layout/plan.md).

package loader

// quote is one quotation, possibly over several sentences and paragraphs. Token positions are
// (sentence, token) pairs of the opening and closing marks; content is between them. Segment
// (findQuotes, segment_quotes.go) makes it; its attribution is written by segment (the speaker
// files: blocks, quotations after a report, continuations) and claims (claim.go,
// claim_reported.go), the one split of quote step 4 owes.
type quote struct {
	// written by segment
	s0, t0 int // opening mark
	s1, t1 int // closing mark (or last token when unclosed)
	closed bool
	// next is the part of the same quotation in the next paragraph (splitParagraphQuotes)
	next *quote
	part bool // a paragraph of a quotation of several (splitParagraphQuotes)

	// written by segment and claims
	speaker    *entity
	rule       string
	cueSent    int
	cueTok     int
	attributed bool

	// written by claims
	covered bool // part of a reported clause already claimed
}
