package loader

import "github.com/claimgraph/claimgraph/text"

// segment is the segmentation stage (step 3 of docs/layout/plan.md), which the facade runs right
// after newDoc has built the sentences and their tokens: it pairs the quotation marks (d.quotes,
// indexed by sentence in d.qBySent; sent.InQuote per token; segment_quotes.go), flags the
// title-case lines (sent.Headline, text.IsHeadline) and gives each sentence its paragraph's discourse
// unit (d.units, sent.Unit, sent.Question; segment_turns.go). It reads only the text, the tokens
// and the lexicons; the stages after it read what it sets (the claims stage still completes the
// quotations' speaker fields, quote.speaker and quote.rule).
func (d *doc) segment() {
	d.qBySent = make([][]*quote, len(d.sents))
	d.findQuotes()
	for _, q := range d.quotes {
		for si := q.S0; si <= q.S1; si++ {
			d.qBySent[si] = append(d.qBySent[si], q)
		}
	}
	for _, st := range d.sents {
		st.Headline = text.IsHeadline(st.Toks, d.lx.Stop)
	}
	d.markTurns()
}
