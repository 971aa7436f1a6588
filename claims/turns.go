package claims

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// turnClaims: each assertion of a speaking unit with no attribution of its own is a direct claim
// of the unit's speaker, its rule the unit's (turn:answer, turn:label, block:statement,
// quote:lead-in, quote:dash-line, title:speaker). Questions, furniture (discourse.Furniture:
// thanks, greetings, floor management), headings, sentences already claimed or quoted, sentences
// of fewer than four words (no clause of subject, verb and complement: "Yes, absolutely.") and
// talk about the talk (talkAboutTalk) are left out. A sentence whose stance the relation layer
// codes ("Peru should end the subsidies" → DEMANDS) is a claim all the same: the speaker asserts it
// in his own words, and the content of a statement is every sentence of it; so is a sentence
// talkAboutTalk holds back when the relation layer finds the speaker's own stance in it
// (findClaims appends it to claimRels, marked in heldTalk; dropUncodedTalk).
func turnClaims(d *doc.Doc) {
	claimed := map[int]bool{}
	bySent := map[int][]*doc.ClaimCand{} // the claims made so far in each sentence (ownconjunct.go)
	for _, c := range d.Claims {
		claimed[c.Sent] = true
		bySent[c.Sent] = append(bySent[c.Sent], c)
	}
	for _, q := range d.Quotes {
		for si := q.S0; si <= q.S1; si++ {
			claimed[si] = true
		}
	}
	var deptState *doc.Entity // the state a department's titled statement speaks for (speakers.DepartmentState), once
	deptDone := false
	for _, st := range d.Sents {
		u := st.Unit
		member := speakers.MemberAsking(d, u)
		if !speakers.Speaking(u) && member == nil || u.Furniture || st.Headline || text.IsQuestion(st.Toks) || d.TalkSents[st.Idx] || d.SuperiorSents[st.Idx] {
			continue
		}
		if claimed[st.Idx] && bySent[st.Idx] == nil {
			continue // quoted
		}
		sp, rule := member, "hearing:member-preface"
		if sp == nil {
			sp, rule = speakers.UnitSpeaker(d, u), u.Rule
			if u.Role == discourse.Titled && sp != nil {
				if !deptDone {
					deptState, deptDone = speakers.DepartmentState(d, u, sp), true
				}
				if deptState != nil {
					// a department's statement whose own subjects are its state: the state's voice
					sp, rule = deptState, rule+"+"+speakers.DepartmentStateRule
				}
			}
		}
		if sp == nil {
			continue
		}
		a := doc.BodyStart(st)
		if a > 0 && u.Label != "" {
			if m := actors.MentionAt(d, st, a); m != nil && m.Ent.Final() == sp && !text.IsPronoun(st.Toks[a]) {
				// the header line naming the speaker: "Spokesperson: Ana Ruiz, Head of …"; a
				// pronoun there is the speaker's own subject ("MS RUIZ: We welcome …", "I …"),
				// the first person of the turn (Quirk et al. 1985, 6.4), whose sentence is an
				// assertion like any other of the turn (analysis26 9d)
				continue
			}
		}
		e := len(st.Toks)
		if claimed[st.Idx] && !weReportsOnly(st, bySent[st.Idx]) {
			// a sentence already claimed: only the speaker's own main clause before a
			// coordinated report of another's words ("…, and the Chancellor reportedly told …")
			if e = ownConjunctEnd(d, st, a, sp, bySent[st.Idx]); e < 0 {
				continue
			}
		}
		for e > a && st.Toks[e-1].Kind == text.Punct {
			e--
		}
		if a >= e || discourse.Furniture(d.SpanText(st, a, e)) {
			continue
		}
		if a+2 < e && (st.Toks[a].Kind == text.Num || st.Toks[a].Text == "(") && (st.Toks[a+1].Text == "." || st.Toks[a+1].Text == ")") {
			a += 2 // a list item's number: "1. The expulsion of …", "2) …"
		} else if a+1 < e && (st.Toks[a].Text == "\u2022" || st.Toks[a].Text == "\u25cf" || st.Toks[a].Text == "-" || st.Toks[a].Text == "*") {
			a++ // a bullet
		}
		if u.Role == discourse.Titled || u.Role == discourse.Statement {
			a = releaseDateline(st, a) // "Addis Ababa, 22 June 2031: The African Union …"
		}
		na, talk := speakers.TalkReference(d.Lx, st, a, e)
		if talk {
			continue // "As for the first question, the reporter has already asked about it."
		}
		a = speakers.FrameMarkerColon(st, na, e)
		if e == len(st.Toks) && !text.EndsSentence(st.Toks) {
			continue // a heading, dateline or byline line: "Office of the Spokesperson"
		}
		if st.Toks[len(st.Toks)-1].Text == "," {
			// a salutation line closed by a comma ("Excellencies, distinguished delegates, ladies
			// and gentlemen,", "Dear colleagues,"): vocatives that open a speech or letter (Quirk et
			// al. 1985, 10.52; Chicago Manual of Style 6.53, the comma after a salutation), no
			// clause, asserting nothing
			continue
		}
		words, named, self := 0, false, false
		for k := a; k < e; k++ {
			if st.Toks[k].Kind == text.Word {
				words++
			}
			if m := actors.MentionAt(d, st, k); m != nil && !strings.HasPrefix(m.Rule, "coref") && m.Ent.Final() == sp && sp.Kind == graph.Person {
				// a person does not name himself in his own words: "The below is attributable
				// to Deputy Spokesperson X" frames the statement
				self = true
			}
			if m := actors.MentionAt(d, st, k); m != nil && k == m.Ts && speakers.BodyVoiceSubject(d.Lx, st, m, a, sp) {
				// "Spokesperson Helga Varnsen presided over the press conference." under a title
				// naming the ministry: the body's own voice named in the third person sets the
				// scene; it is the transcript's narration, not the body's claim
				self = true
			}
			if m := actors.MentionAt(d, st, k); m != nil && !strings.HasPrefix(m.Rule, "coref") && m.Ent.Final().Kind != "" && m.Ent.Final() != sp {
				// an actor or policy, not a capitalized greeting ("Good afternoon"), nor the
				// speakers themselves: "I'll start here, then [senior administration official]
				// can chime in" names a colleague on the call, not the world
				named = true
			}
		}
		if words < speakers.MinTurnWords || self {
			continue
		}
		if verbless(d.Frames, st, a, e) {
			continue // "A quick readout before we land." (fragment.go)
		}
		if speakers.AddressesAudience(st, a, e) {
			continue // "I would like to take this opportunity to thank you …"
		}
		if reportsOther(d, st, a, e) {
			continue // "Serrania's water agency said the dam would not affect the flow."
		}
		if speakers.TalkAboutTalk(d, st, a, e, named) {
			// "I urge the department to designate the cases": a first-person sentence that names
			// no actor may still be a performative whose content is about the world; it is held
			// until the relations are known (findClaims appends it to claimRels, marked in heldTalk; dropUncodedTalk)
			d.StanceTurns = append(d.StanceTurns, &doc.ClaimCand{Speaker: sp, Text: d.SpanText(st, a, e), Direct: true,
				Sent: st.Idx, Rule: rule, Score: 0.7})
			continue
		}
		// a turn's claim has no cue word: the unit (its rule) says who speaks, not a word of the
		// sentence, so the evidence names none (Evidence.Cue empty, no cue offsets) rather
		// than the sentence's first word
		d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: sp, Text: d.SpanText(st, a, e), Direct: true, Sent: st.Idx,
			Rule: rule, Score: 0.7})
	}
}

// sentenceClaims makes each sentence of quotation q a claim of its speaker, its evidence that
// sentence: a statement given whole in quotation marks, or one paragraph of a quotation of
// several, states as many claims as it has sentences (issue 12: every sentence of a block is
// the stated author's). Questions and sentences of fewer than three words are left out.
func sentenceClaims(d *doc.Doc, q *doc.Quote) {
	for si := q.S0; si <= q.S1; si++ {
		st := d.Sents[si]
		if len(st.Toks) == 0 {
			continue
		}
		a, b := st.S.Start, st.S.End
		if si == q.S0 {
			a = st.Toks[q.T0].End
		}
		if si == q.S1 && q.Closed {
			b = st.Toks[q.T1].Start
		}
		if b <= a {
			continue
		}
		txt := strings.TrimSpace(strings.Trim(strings.TrimSpace(d.Text(a, b)), "\"\u201c\u201d,"))
		if text.WordCount(txt) < 3 || speakers.QuotedQuestion(txt) || discourse.Furniture(txt) {
			continue
		}
		k := 0
		if si == q.S0 {
			k = q.T0
		}
		e := len(st.Toks)
		if si == q.S1 && q.Closed {
			e = q.T1
		}
		if speakers.ExchangeOnly(d.Lx, st, k, e, false) {
			continue // "So, there will be a complete briefing tomorrow morning."
		}
		c := &doc.ClaimCand{Speaker: q.Speaker, Text: txt, Direct: true, Sent: si, Rule: q.Rule, Score: 0.9}
		if !speakers.TurnRules[q.Rule] {
			// a quotation's claim points at its opening word; one a statement block or a turn
			// gives its speaker has no cue word, as the unit's other claims (turnClaims)
			ct := st.Toks[k]
			c.Cue, c.CueStart, c.CueEnd = ct.Text, ct.Start, ct.End
		}
		d.Claims = append(d.Claims, c)
	}
}

// jointClaims gives each claim of a turn, block or title whose speaker is named as a coordination
// (coSpeakers) to every party: "Joint Statement of Osland and Serrania", "Prime Minister X and
// Prime Minister Y said in a joint statement:" then the quoted statement. The claim made for the
// unit's speaker is copied for each other party, with the same sentence, text and rule.
func jointClaims(d *doc.Doc) {
	n := len(d.Claims)
	for i := 0; i < n; i++ {
		c := d.Claims[i]
		if !speakers.TurnRules[c.Rule] || c.Sent < 0 || c.Sent >= len(d.Sents) {
			continue
		}
		u := d.Sents[c.Sent].Unit
		cos := speakers.CoSpeakers(d, u)
		if len(cos) < 2 {
			continue
		}
		sp, in := c.Speaker.Final(), false
		for _, co := range cos {
			in = in || co == sp
		}
		if !in && sp != speakers.UnitSpeaker(d, u) {
			continue // a quotation inside the block given to someone else
		}
		if p := partySubject(d, c.Sent, u, cos); p != nil {
			c.Speaker, c.Rule = p, c.Rule+"+joint:party-subject"
			continue
		}
		for _, co := range cos {
			if co != sp {
				cc := *c
				cc.Speaker = co
				d.Claims = append(d.Claims, &cc)
			}
		}
	}
}

// partySubject is the subject of sentence si of a joint unit u when it is one of the parties cos or
// the state the unit's speaker phrase names for one of them ("Joint Declaration by President X of
// Brazil and Prime Minister Y of Canada" then "Canada will consider removing the duties …"): that
// sentence states what one party undertakes, so its source is that party alone, not every
// signatory (the usage of joint declarations and communiqués, whose numbered paragraphs set out
// each side's commitments: "The United States will …", "Japan will …"). The speaker phrase
// must name two states, bodies or organizations, one in each of two conjuncts (partyStates: a
// joint statement of two governments; not a title split at the "and" of a portfolio, "Cabinet
// Secretary for Foreign and Diaspora Affairs, X"). The subject is the mention that opens the clause, after a list number
// and "the", followed by a word in lower case that is no coordinator ("Osland and Serrania held
// …" is both parties'), the subject before the predicate of a canonical clause (CGEL ch. 4 §3).
// nil otherwise.
func partySubject(d *doc.Doc, si int, u *discourse.Unit, cos []*doc.Entity) *doc.Entity {
	st := d.Sents[si]
	k := doc.BodyStart(st)
	for k < len(st.Toks) && (st.Toks[k].Kind != text.Word || st.Toks[k].Lower == "the") {
		k++
	}
	if k < len(st.Toks) && text.PronounClass(st.Toks[k].Lower) == "first" {
		return nil // "We reiterate our support …": "we" of a joint text is all its signatories
	}
	m := actors.MentionAt(d, st, k)
	if m == nil || m.Te >= len(st.Toks) || st.Toks[m.Te].Kind != text.Word || st.Toks[m.Te].Cap {
		return nil
	}
	switch st.Toks[m.Te].Lower {
	case "and", "or", "nor", "'s", "\u2019s":
		return nil
	}
	states := partyStates(d, u)
	if len(states) < 2 {
		return nil
	}
	e := m.Ent.Final()
	for _, x := range append(states, cos...) {
		if e == x {
			return e
		}
	}
	return nil
}

// partyStates returns the distinct states, government bodies or organizations (no persons) the
// conjuncts of u's speaker phrase name, the first of each conjunct ("the United States and
// Japan", "President X of Brazil and Prime Minister Y of Canada", "the EU and the AU").
func partyStates(d *doc.Doc, u *discourse.Unit) []*doc.Entity {
	var out []*doc.Entity
	for _, c := range speakers.Conjuncts(u.Label, u.Speaker.Start) {
		for _, o := range d.Mentions {
			ot := d.Sents[o.Sent]
			e := o.Ent.Final()
			if !doc.ActorKind(e) || e.Kind == graph.Person || slices.Contains(out, e) {
				continue
			}
			if a, b := ot.Toks[o.Ts].Start, ot.Toks[o.Te-1].End; a >= c.Span.Start && b <= c.Span.End {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// finalReporting reports the speech verb at k as a reporting clause in final position after the
// reported clause and a comma: "…, officials said.", "…, said the coast guard." (Quirk et al.
// 1985, 14.31 and 15.54: the reporting clause may follow the reported one, with its subject
// before or after the verb). The subject is a third party: no first-person word ("…, we said" and
// "…, I said" stay the speaker's own), at most six words, no second comma, no "as" opening it.
func finalReporting(st *doc.Sent, k, e int) bool {
	c := -1
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if st.Toks[j].Text == "," {
			c = j
			break
		}
	}
	if c < 1 || st.InQuote[c] {
		return false
	}
	subj := st.Toks[c+1 : k] // "officials said"
	if k == c+1 {
		subj = st.Toks[k+1 : e] // "said the coast guard"
	} else if k != e-1 {
		return false
	}
	if len(subj) == 0 || len(subj) > 6 || subj[0].Lower == "as" {
		// ("…, as the minister said": an evidential "as" clause cites a source for the speaker's
		// own point, Quirk et al. 1985, 15.54 on comment clauses; Hyland 2005, ch. 3)
		return false
	}
	for _, t := range subj {
		if speakers.FirstPersonWords.Has(t.Lower) || t.Text == "," || t.Kind == text.Quote {
			return false
		}
	}
	return true
}

// reportsOther reports a sentence [a, e) of a turn whose main predicate is "said" (the narrative
// past of the verb of saying) with a subject in the third person before it and a clause of its
// own after it: "Serrania's water agency said the dam would not affect the flow." Other verbs
// ("The audit confirms that …", "The press release says that …") cite evidence for the
// speaker's own point and stay the speaker's. The speaker reports another's words, whose
// content is that other's claim, not the speaker's (reported speech, Quirk et al. 1985,
// 14.31-14.33: the reporting clause names who said it); the reported-speech rule gives it to the
// other when the subject is an actor. A first-person subject ("We said that …") or an
// introductory phrase before a comma leaves the sentence the speaker's.
func reportsOther(d *doc.Doc, st *doc.Sent, a, e int) bool {
	for k := a + 1; k < e; k++ {
		if st.InQuote[k] {
			continue
		}
		if _, ok := doc.SpeechAt(d.Lx, st, k); !ok {
			continue
		}
		if finalReporting(st, k, e) {
			return true // "The embassy stays closed, officials said."
		}
		if st.Toks[k].Lower != "said" || !clauseFollows(d, st, k+1) {
			return false
		}
		for j := a; j < k; j++ {
			if speakers.FirstPersonWords.Has(st.Toks[j].Lower) || st.Toks[j].Text == "," || st.Toks[j].Kind == text.Quote {
				return false
			}
		}
		return true
	}
	return false
}
