package segment

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// Annotate is the segmentation stage (step 3 of docs/layout/plan.md), which the facade runs right
// after newDoc has built the sentences and their tokens: it pairs the quotation marks (d.quotes,
// indexed by sentence in d.qBySent; sent.InQuote per token; segment_quotes.go), flags the
// title-case lines (sent.Headline, text.IsHeadline) and gives each sentence its paragraph's discourse
// unit (d.units, sent.Unit, sent.Question; segment_turns.go). It reads only the text, the tokens
// and the lexicons; the stages after it read what it sets (the claims stage still completes the
// quotations' speaker fields, quote.speaker and quote.rule).
func Annotate(d *doc.Doc) {
	d.QBySent = make([][]*doc.Quote, len(d.Sents))
	findQuotes(d)
	for _, q := range d.Quotes {
		for si := q.S0; si <= q.S1; si++ {
			d.QBySent[si] = append(d.QBySent[si], q)
		}
	}
	for _, st := range d.Sents {
		st.Headline = text.IsHeadline(st.Toks, d.Lx.Stop) && !datelineLead(st)
	}
	markTurns(d)
}

// datelineLead reports a sentence that opens with a wire dateline and goes on after it: the lead
// of a story, however many of its words are capitalized. A dateline opens the first paragraph of
// the story's text (AP Stylebook, "datelines"), never a headline, so "GENEVA (Reuters) - Brazilian
// President Luiz Inacio Lula da Silva criticized the Federal Reserve." is prose full of names, not
// a title-case line (text.IsHeadline counts its capitals only). A dateline set as a paragraph of
// its own (datelineEnd at the end of the sentence) stays a title-case line.
func datelineLead(st *doc.Sent) bool {
	de := DatelineEnd(st)
	return de > 0 && de < len(st.Toks)
}
