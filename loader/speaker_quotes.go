package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
)

// Quotations whose speaker the discourse structure gives (issue 12): a quotation alone in the
// paragraph after its speaker is introduced, and quotations under their own dash line or lead-in.

// quotesAfterReport gives a quotation with no speaker that opens a paragraph of the story's own
// voice the speaker reported in the last sentence of the paragraph before ("Envoy X said on
// Friday that the talks had stalled." then “The fleets have ignored the quota …”), or the subject
// of its verb of speech ("Envoy X told reporters in Oslo on Friday.") when nothing but
// the quotation stands in its paragraphs, and the quotations that continue it: news writing quotes the speaker it has just introduced without
// naming him again (rule quote:after-report).
func (d *doc) quotesAfterReport() {
	reported := map[int]*claimCand{}
	for _, c := range d.claims {
		if strings.HasPrefix(c.rule, "speech:") {
			reported[c.sent] = c
		}
	}
	var last *quote
	for _, q := range d.quotes {
		if q.speaker != nil {
			last = q
			continue
		}
		st := d.sents[q.s0]
		if st.unit != nil && st.unit.Role != discourse.Narrative || !d.opensSentence(q) {
			continue
		}
		if last != nil && last.rule == "quote:after-report" && q.s0 <= last.s1+2 {
			q.speaker, q.rule, q.cueSent, q.cueTok = last.speaker, last.rule, q.s0, q.t0
			last = q
			continue
		}
		p := q.s0 - 1
		if p < 0 || d.sents[p].s.Paragraph == st.s.Paragraph || d.sents[p].s.Paragraph != st.s.Paragraph-1 {
			continue // not the first sentence of its paragraph, or no paragraph right before
		}
		if !d.quoteOnlyParas(q) {
			continue
		}
		sp := d.speakerOf(d.sents[p])
		if c := reported[p]; c != nil {
			sp = c.speaker
		}
		if sp != nil {
			q.speaker, q.rule, q.cueSent, q.cueTok = sp, "quote:after-report", q.s0, q.t0
			last = q
		}
	}
}

// speakerOf is the actor subject of the last verb of speech outside quotations in st ("The envoy
// told reporters in Oslo on Friday."), or nil.
func (d *doc) speakerOf(st *sent) *entity {
	for k := len(st.toks) - 1; k > 0; k-- {
		if st.inQuote[k] || st.toks[k].kind != tkWord {
			continue
		}
		if le, ok := d.speechAt(st, k); ok && le.form != "ing" {
			if e, _, how := d.subjectOf(st, k); e != nil && (how == "" || how == "subject") && actorKind(e) {
				return e.final()
			}
			return nil
		}
	}
	return nil
}

// quoteOnlyParas reports a quotation whose paragraphs hold nothing but it: no word outside the
// quotation marks from the start of its first sentence to the end of its paragraph ("“…,” Mr.
// Prince said" carries an attribution of its own, which the quotation layer may have missed).
func (d *doc) quoteOnlyParas(q *quote) bool {
	last := q.s1
	for last+1 < len(d.sents) && d.sents[last+1].s.Paragraph == d.sents[q.s1].s.Paragraph {
		last++
	}
	for s := q.s0; s <= last; s++ {
		st := d.sents[s]
		for k, t := range st.toks {
			if (t.kind == tkWord || t.kind == tkNum) && !st.inQuote[k] {
				return false
			}
		}
	}
	return true
}

// ownUnit reports a quotation q in a quoting discourse unit (a dash line's, a lead-in's, a label's)
// other than that of the quotation before it, last: its speaker is that unit's, found or not.
func (d *doc) ownUnit(q, last *quote) bool {
	u, v := d.sents[q.s0].unit, d.sents[last.s0].unit
	return u != nil && u.Quoting && speaking(u) && (v == nil || v.Index != u.Index)
}
