package segment

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// findQuotes pairs quotation marks over the whole article. News style opens each paragraph of a
// long quotation with a mark and closes it only at the end, so an unclosed quotation continues
// into a paragraph that opens with a mark, and ends with its paragraph otherwise. Straight quotes
// alternate. Single quotes count when opened by ‘ or by ' at a word start.
func findQuotes(d *doc.Doc) {
	var open *doc.Quote
	var single bool
	lastPara := -1
	var prevS, prevT int
	for si, st := range d.Sents {
		if st.S.Paragraph != lastPara && open != nil {
			// a new paragraph: continue only if it starts with an opening mark
			if len(st.Toks) == 0 || st.Toks[0].Kind != text.Quote || !(text.IsOpenQuote(st.Toks[0]) || st.Toks[0].Text == "\"" || st.Toks[0].Text == "'" || st.Toks[0].Text == "''") {
				open.S1, open.T1 = prevS, prevT
				d.Quotes = append(d.Quotes, open)
				open = nil
			}
		}
		lastPara = st.S.Paragraph
		for ti, t := range st.Toks {
			prevS, prevT = si, ti
			if t.Kind != text.Quote {
				continue
			}
			isSingle := t.Text == "\u2018" || t.Text == "\u2019" || t.Text == "'"
			if open == nil {
				// Two apostrophes open a quotation too where they stand before a word after a space
				// or at a paragraph's start: the newswire typewriter convention (''…'') of the New
				// York Times and of PTB-era corpora.
				twoApos := t.Text == "''" && (t.Space || ti == 0) && ti+1 < len(st.Toks) && !st.Toks[ti+1].Space && st.Toks[ti+1].Kind != text.Punct
				if text.IsCloseQuote(t) && !twoApos {
					continue // an apostrophe or a stray closing mark
				}
				if t.Text == "\"" && ti > 0 && !t.Space && (ti+1 >= len(st.Toks) || st.Toks[ti+1].Space) {
					// a straight mark glued to the word or stop before it and followed by a space
					// or nothing closes a quotation: with none open, it ends one opened paragraphs
					// earlier and marked only at its two ends (discourse.quoteOpenAfter), and opens
					// nothing
					continue
				}
				if t.Text == "'" && (!(t.Space || ti == 0) || ti+1 >= len(st.Toks) || st.Toks[ti+1].Space) {
					continue
				}
				open = &doc.Quote{S0: si, T0: ti}
				single = isSingle
				continue
			}
			if single != isSingle || text.IsOpenQuote(t) {
				continue // another kind of mark, or the opening mark of a continuing paragraph
			}
			if (t.Text == "\"" || t.Text == "''") && ti == 0 && si != open.S0 && st.S.Paragraph != d.Sents[open.S0].S.Paragraph {
				continue
			}
			if t.Text == "'" && ti+1 < len(st.Toks) && !st.Toks[ti+1].Space && st.Toks[ti+1].Kind == text.Word {
				continue
			}
			open.S1, open.T1, open.Closed = si, ti, true
			d.Quotes = append(d.Quotes, open)
			open = nil
		}
	}
	if open != nil {
		open.S1, open.T1 = prevS, prevT
		d.Quotes = append(d.Quotes, open)
	}
	splitAttributedQuotes(d)
	splitParagraphQuotes(d)
	for _, q := range d.Quotes {
		for si := q.S0; si <= q.S1; si++ {
			st := d.Sents[si]
			a, b := 0, len(st.Toks)-1
			if si == q.S0 {
				a = q.T0
			}
			if si == q.S1 {
				b = q.T1
			}
			for ti := a; ti <= b && ti < len(st.Toks); ti++ {
				st.InQuote[ti] = true
			}
		}
	}
}

// QuoteAt returns the quotation containing token i of sentence s, or nil.
func QuoteAt(d *doc.Doc, s, i int) *doc.Quote {
	if s < 0 || s >= len(d.QBySent) {
		return nil
	}
	for _, q := range d.QBySent[s] {
		if (s > q.S0 || s == q.S0 && i > q.T0) && (s < q.S1 || s == q.S1 && i < q.T1) {
			return q
		}
	}
	return nil
}

// splitAttributedQuotes: a quotation continued into a new paragraph whose closing mark is followed
// by its own attribution ('"…," he added') is a new quotation, not the end of the first one.
func splitAttributedQuotes(d *doc.Doc) {
	var out []*doc.Quote
	for _, q := range d.Quotes {
		if !q.Closed || d.Sents[q.S0].S.Paragraph == d.Sents[q.S1].S.Paragraph {
			out = append(out, q)
			continue
		}
		st := d.Sents[q.S1]
		attributed := false
		for k := q.T1 + 1; k < len(st.Toks) && k <= q.T1+4; k++ {
			if _, ok := d.Lx.Speech[st.Toks[k].Lower]; ok {
				attributed = true
			}
		}
		// the first sentence of the last paragraph, opening with a mark
		last := q.S1
		for last > q.S0 && d.Sents[last-1].S.Paragraph == st.S.Paragraph {
			last--
		}
		if !attributed || last == q.S0 || len(d.Sents[last].Toks) == 0 || d.Sents[last].Toks[0].Kind != text.Quote {
			out = append(out, q)
			continue
		}
		prev := d.Sents[last-1]
		first := &doc.Quote{S0: q.S0, T0: q.T0, S1: last - 1, T1: len(prev.Toks) - 1}
		second := &doc.Quote{S0: last, T0: 0, S1: q.S1, T1: q.T1, Closed: true}
		// the first part is the same quotation, its attribution given after the last paragraph:
		// it takes the speaker of the second unless it has one of its own (findClaims)
		first.Next = second
		out = append(out, first, second)
	}
	d.Quotes = out
}

// splitParagraphQuotes splits a quotation of several paragraphs (an opening mark on each, the
// closing mark after the last: the convention of English news and documents, Chicago Manual of
// Style 13.30, AP Stylebook "quotation marks") into one part per paragraph, linked by next: each
// paragraph's words are a claim of their own with their own evidence sentence, all the speaker's.
func splitParagraphQuotes(d *doc.Doc) {
	var out []*doc.Quote
	for _, q := range d.Quotes {
		var prev *doc.Quote
		cur := &doc.Quote{S0: q.S0, T0: q.T0}
		for si := q.S0 + 1; si <= q.S1; si++ {
			st := d.Sents[si]
			if st.S.Paragraph == d.Sents[si-1].S.Paragraph || len(st.Toks) == 0 || st.Toks[0].Kind != text.Quote {
				continue
			}
			cur.S1, cur.T1, cur.Part = si-1, len(d.Sents[si-1].Toks)-1, true
			if prev != nil {
				prev.Next = cur
			}
			out = append(out, cur)
			prev, cur = cur, &doc.Quote{S0: si, T0: 0}
		}
		if prev == nil {
			out = append(out, q)
			continue
		}
		cur.S1, cur.T1, cur.Closed, cur.Speaker, cur.Rule, cur.Attributed, cur.Part, cur.Next = q.S1, q.T1, q.Closed, q.Speaker, q.Rule, q.Attributed, true, q.Next
		prev.Next = cur
		out = append(out, cur)
	}
	d.Quotes = out
}

// OpensSentence reports whether q's opening mark starts its sentence (a partial quotation inside a
// sentence is not a continuation of the last speaker's words).
func OpensSentence(d *doc.Doc, q *doc.Quote) bool {
	for k := 0; k < q.T0; k++ {
		if d.Sents[q.S0].Toks[k].Kind != text.Punct {
			return false
		}
	}
	return true
}
