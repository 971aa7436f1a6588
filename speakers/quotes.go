package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// QuotesAfterReport gives a quotation with no speaker that opens a paragraph of the story's own
// voice the speaker reported in the last sentence of the paragraph before ("Envoy X said on
// Friday that the talks had stalled." then “The fleets have ignored the quota …”), or the subject
// of its verb of speech ("Envoy X told reporters in Oslo on Friday.") when nothing but
// the quotation stands in its paragraphs, and the quotations that continue it: news writing quotes the speaker it has just introduced without
// naming him again (rule quote:after-report).
func QuotesAfterReport(d *doc.Doc) {
	reported := map[int]*doc.ClaimCand{}
	for _, c := range d.Claims {
		if strings.HasPrefix(c.Rule, "speech:") {
			reported[c.Sent] = c
		}
	}
	var last *doc.Quote
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			last = q
			continue
		}
		st := d.Sents[q.S0]
		if st.Unit != nil && st.Unit.Role != discourse.Narrative || !segment.OpensSentence(d, q) {
			continue
		}
		if last != nil && last.Rule == "quote:after-report" && q.S0 <= last.S1+2 {
			q.Speaker, q.Rule, q.CueSent, q.CueTok = last.Speaker, last.Rule, q.S0, q.T0
			last = q
			continue
		}
		p := q.S0 - 1
		if p < 0 || d.Sents[p].S.Paragraph == st.S.Paragraph || d.Sents[p].S.Paragraph != st.S.Paragraph-1 {
			continue // not the first sentence of its paragraph, or no paragraph right before
		}
		if !quoteOnlyParas(d, q) {
			continue
		}
		// a quotation of one paragraph follows a sentence reporting speech; one of several
		// paragraphs, the shape of a long quotation introduced by what its speaker did, may
		// follow any sentence whose subject is a person (speakerOf)
		mode := subjectSpeech
		if q.Next != nil {
			mode = subjectPerson
		}
		sp := speakerOf(d, d.Sents[p], mode)
		if c := reported[p]; c != nil {
			sp = c.Speaker
		}
		if sp != nil {
			q.Speaker, q.Rule, q.CueSent, q.CueTok = sp, "quote:after-report", q.S0, q.T0
			last = q
		}
	}
}

// speakerOf is the actor subject of the last verb of speech outside quotations in st ("The envoy
// told reporters in Oslo on Friday."), else the person who is the subject of its first verb
// ("Justice Minister Ana Ferreira defended the reform before parliament on Wednesday.", "The
// general secretary of the union, Owen Pryce, rejected the offer."): news writing introduces
// the speaker of the quotation that follows in a sentence about what the speaker did, not only
// in one about what he said (quoted paragraphs need an attribution, and the last person named as
// an actor is it; AP Stylebook, "quotations in the news": a quotation's source must be clear
// from context) — with mode subjectPerson; with subjectActor, any actor subject of the first
// verb ("The Ministry of Commerce issued a statement on Monday."). Else nil.
func speakerOf(d *doc.Doc, st *doc.Sent, mode int) *doc.Entity {
	for k := len(st.Toks) - 1; k > 0; k-- {
		if st.InQuote[k] || st.Toks[k].Kind != text.Word {
			continue
		}
		if le, ok := doc.SpeechAt(d.Lx, st, k); ok && le.Form != "ing" {
			if e, _, how := d.Resolve.SubjectOf(st, k); e != nil && (how == "" || how == "subject") && doc.ActorKind(e) {
				return e.Final()
			}
			if mode == subjectSpeech {
				return nil
			}
			break // "… in a statement posted on its website": a participle; the first verb's subject
		}
	}
	if k := firstVerb(d.Lx, st); k > 0 && mode != subjectSpeech {
		e, _, how := d.Resolve.SubjectOf(st, k)
		if e == nil && mode == subjectActor {
			e, how = openingActor(d, st, k), "subject"
		}
		if e != nil && (how == "" || how == "subject") && doc.ActorKind(e) && (mode == subjectActor || e.Final().Kind == graph.Person && onlyPerson(d, st, e.Final())) {
			return e.Final()
		}
	}
	return nil
}

// openingActor is the actor named by the noun phrase that opens st, before its verb at k ("The
// Embassy of Serrania in Veld rejected …"): a mention starting at the first word (after "The" or
// "A") and not a possessor ("Serrania's embassy"); nil otherwise.
func openingActor(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	s := 0
	if s < len(st.Toks) && (st.Toks[s].Lower == "the" || st.Toks[s].Lower == "a") {
		s++
	}
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ts <= s && m.Ts >= 0 && m.Te <= k && doc.ActorKind(m.Ent) && !strings.HasPrefix(m.Rule, "coref") && !(m.Te < len(st.Toks) && (st.Toks[m.Te].Lower == "'s" || st.Toks[m.Te].Lower == "’s")) {
			return m.Ent.Final()
		}
	}
	return nil
}

// onlyPerson reports that no person but e is named in st: with a second person in the sentence
// ("Matthews pressed Lopez on the plan.") the quotation after it could be either's, and its source
// is not clear from context.
func onlyPerson(d *doc.Doc, st *doc.Sent, e *doc.Entity) bool {
	for _, mi := range d.BySent[st.Idx] {
		if f := d.Mentions[mi].Ent.Final(); f != e && f.Kind == graph.Person && doc.ActorKind(f) {
			return false
		}
	}
	return true
}

// Modes of speakerOf: the subject of a verb of speech only; or else a person subject of the first
// verb; or else any actor subject of it.
const (
	subjectSpeech = iota
	subjectPerson
	subjectActor
)

// firstVerb is the index of the first word of st that can be its main verb: a lower-case word
// outside quotations, mentions and titles that is no function word, after at least one
// mention ("Justice Minister Ana Ferreira defended …" → "defended"); -1 when none.
func firstVerb(lx *lexicon.Lexicons, st *doc.Sent) int {
	seen := false
	for k, t := range st.Toks {
		if st.InQuote[k] {
			return -1
		}
		if st.Ment[k] >= 0 {
			seen = true
			continue
		}
		if t.Kind != text.Word || t.Cap || lx.Titles[t.Lower] != nil || text.IsPrep(t.Lower) || subjectFunctionWords.Has(t.Lower) || doc.AuxWords.Has(t.Lower) || lx.Negations[t.Lower] || strings.HasSuffix(t.Lower, "ly") {
			continue
		}
		if !seen {
			return -1
		}
		return k
	}
	return -1
}

// subjectFunctionWords are the determiners, conjunctions and relative words a subject noun phrase
// holds before its verb ("the", "and", "who"): no verb.
var subjectFunctionWords = lexicon.WordClass("subjectfunctionwords") // data/wordclasses/subjectfunctionwords.txt

// quoteOnlyParas reports a quotation whose paragraphs hold nothing but it: no word outside the
// quotation marks from the start of its first sentence to the end of its paragraph ("“…,” Mr.
// Prince said" carries an attribution of its own, which the quotation layer may have missed).
func quoteOnlyParas(d *doc.Doc, q *doc.Quote) bool {
	last := q.S1
	for last+1 < len(d.Sents) && d.Sents[last+1].S.Paragraph == d.Sents[q.S1].S.Paragraph {
		last++
	}
	for s := q.S0; s <= last; s++ {
		st := d.Sents[s]
		for k, t := range st.Toks {
			if (t.Kind == text.Word || t.Kind == text.Num) && !st.InQuote[k] {
				return false
			}
		}
	}
	return true
}

// OwnUnit reports a quotation q in a quoting discourse unit (a dash line's, a lead-in's, a label's)
// other than that of the quotation before it, last: its speaker is that unit's, found or not.
func OwnUnit(d *doc.Doc, q, last *doc.Quote) bool {
	u, v := d.Sents[q.S0].Unit, d.Sents[last.S0].Unit
	return u != nil && u.Quoting && Speaking(u) && (v == nil || v.Index != u.Index)
}

// ColonLineBetween reports a sentence between the quotation last and the quotation q (outside
// both) that ends with a colon: a line that announces what follows ("From our correspondent:",
// "Reaction from the harbour:"), whether or not its speaker could be read or resolved. A colon
// introduces the quotation after it (Chicago Manual of Style 6.63, 13.17), so q belongs to that
// line's speaker, not to last's; a line nobody can resolve leaves q without a speaker rather than
// crediting it to the speaker of the block before.
func ColonLineBetween(d *doc.Doc, last, q *doc.Quote) bool {
	for si := last.S1 + 1; si < q.S0 && si < len(d.Sents); si++ {
		if toks := d.Sents[si].Toks; len(toks) > 0 && toks[len(toks)-1].Text == ":" {
			return true
		}
	}
	return false
}

// OtherPersonBetween reports a sentence between the quotation last and the quotation q, outside
// both, that names a person other than last's speaker (by name, not by a pronoun resolved to
// someone): "“We will appeal,” said Ana Ruiz. ¶ The governor, Paul Brandt, welcomed the ruling.
// ¶ “The ruling protects the river.”" A quotation continues the most recent speaker only while no
// one else has entered the story (Grosz & Sidner 1986: a new person in focus opens a new discourse
// segment), so q is no continuation of Ruiz's; it stays without a speaker rather than credited to
// the wrong one.
func OtherPersonBetween(d *doc.Doc, last, q *doc.Quote) bool {
	if last.Speaker == nil {
		return false
	}
	sp := last.Speaker.Final()
	for si := last.S1 + 1; si < q.S0 && si < len(d.Sents); si++ {
		st := d.Sents[si]
		for _, mi := range d.BySent[si] {
			m := d.Mentions[mi]
			if strings.HasPrefix(m.Rule, "coref") || m.Ent == nil || m.Ent.Final().Kind != graph.Person || m.Ent.Final() == sp {
				continue
			}
			if m.Ts < len(st.Toks) && st.InQuote[m.Ts] {
				continue // a name inside another quotation is not a new person in the story
			}
			return true
		}
	}
	return false
}

// QuotedQuestion reports a quotation that is one question ("Why would we accept that?"): a question
// asserts nothing, so it is no claim of its speaker (Huddleston & Pullum 2002, ch. 10: the
// interrogative clause type asks, it does not state).
func QuotedQuestion(txt string) bool {
	txt = strings.TrimRight(txt, " \"\u201d'\u2019")
	if !strings.HasSuffix(txt, "?") {
		return false
	}
	return !strings.ContainsAny(strings.TrimSuffix(txt, "?"), ".!?")
}
