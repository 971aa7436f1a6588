package coref

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// quoteDeixis is what direct speech rules out as the antecedent of a third-person pronoun. In a
// direct quotation the words are the quoted speaker's own, with the speaker's own deixis: the
// speaker is "I" (or "we"), never "he", "she" or "they" (Quirk et al. 1985, 14.31–14.33: direct
// speech keeps the original speaker's deixis, indirect speech shifts it; 6.11–6.13 on person;
// Huddleston & Pullum 2002, 17.2.1: first person is the speaker). Two consequences
// for a pronoun's antecedent:
//   - a he/she inside a direct quotation is not that quotation's speaker ("“He proposed work
//     permits,” Lopez said" — he is not Lopez), so the speaker is no candidate (speaker; which
//     quotations count as direct: QuoteSpeakerSelf);
//   - the subject pronoun of a quotation's attribution ("“Vance is my choice. …,” he said") is the
//     speaker, so nobody the quotation itself names in the third person is its antecedent: the
//     mentions inside it are no candidates (inside), and when the quotation fills the pronoun's
//     window the sentences before its opening are searched (before).
type quoteDeixis struct {
	speaker *doc.Entity
	parts   []*doc.Quote // the quotation the pronoun attributes, every paragraph of it
}

// quoteDeixisAt returns the restrictions for the pronoun of class cls (text.PronounClass) at token
// i of sentence s. Only "he" and "she" are restricted: a plural "they" in a quotation may take in
// its speaker with others ("Both sides know they must act," the ministry said: a statement that
// speaks of its own side in the third person), and "it" is no person.
func quoteDeixisAt(d *doc.Doc, s, i int, cls string) quoteDeixis {
	var x quoteDeixis
	if cls != "person" || s < 0 || s >= len(d.Sents) || i >= len(d.Sents[s].Toks) {
		return x
	}
	st := d.Sents[s]
	if st.InQuote[i] {
		// direct speech only: a short quotation fitted into indirect speech keeps the
		// reporter's deixis (QuoteSpeakerSelf)
		x.speaker = QuoteSpeakerSelf(d, s, i)
		return x
	}
	if q := attributedBy(d, s, i); q != nil {
		x.parts = []*doc.Quote{q}
		// the earlier paragraphs of the same quotation, linked to q by Next (splitParagraphQuotes)
		for changed := true; changed; {
			changed = false
			for _, p := range d.Quotes {
				if p.Next == x.parts[0] {
					x.parts = append([]*doc.Quote{p}, x.parts...)
					changed = true
					break
				}
			}
		}
	}
	return x
}

// attributedBy returns the quotation whose attribution the pronoun at token i of sentence s is the
// subject of: the quotation closes earlier in s and only punctuation or a speech verb stands
// between its closing mark and the pronoun ("“…,” he said", "“…” — she said", "“…,” said he").
func attributedBy(d *doc.Doc, s, i int) *doc.Quote {
	st := d.Sents[s]
	for _, q := range d.QBySent[s] {
		if q.S1 != s || !q.Closed || q.T1 >= i || q.T1+4 < i {
			continue
		}
		ok := true
		for k := q.T1 + 1; k < i; k++ {
			t := st.Toks[k]
			if _, speech := d.Lx.Speech[t.Lower]; t.Kind != text.Punct && !speech {
				ok = false
			}
		}
		if ok {
			return q
		}
	}
	return nil
}

// inside reports a mention inside the quotation the pronoun attributes (any of its paragraphs).
func (x quoteDeixis) inside(d *doc.Doc, m *doc.Mention) bool {
	for _, q := range x.parts {
		if m.Sent < q.S0 || m.Sent > q.S1 || !d.Sents[m.Sent].InQuote[m.Ts] {
			continue
		}
		if (m.Sent > q.S0 || m.Ts > q.T0) && (m.Sent < q.S1 || m.Ts < q.T1) {
			return true
		}
	}
	return false
}

// before gives the opening (its first paragraph's) of the quotation the pronoun at sentence s
// attributes when it opens in an earlier sentence: when its words fill the pronoun's window and
// leave no candidate, the antecedent is sought in the sentences before the opening.
func (x quoteDeixis) before(s int) (int, int, bool) {
	if len(x.parts) == 0 || x.parts[0].S0 >= s {
		return 0, 0, false
	}
	return x.parts[0].S0, x.parts[0].T0, true
}
