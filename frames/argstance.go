package frames

import (
	"slices"

	"github.com/claimgraph/claimgraph/graph"
)

// argumentStance rereads the target of a verb cue's matches where the parse hands the verb an
// argument that is not its own (targets31): the noun of a stance complex preposition, and a
// reporting clause after a quotation.
func (lx *Lexicon) argumentStance(tr *tree, ms []Match) []Match {
	ms = slices.DeleteFunc(ms, func(m Match) bool { return lx.complexPrepositionTarget(tr, m) || lx.agreedMeasure(tr, m) })
	for j := range ms {
		lx.quotedArgument(tr, &ms[j])
		lx.messageAddressee(tr, &ms[j])
		if p := lx.retaliationParty(tr, ms[j]); p >= 0 {
			ms[j].Target = p
			ms[j].Rule += "+retaliation-party"
		}
	}
	return ms
}

// complexPrepositionTarget reports a verb cue's match whose target is the noun of an in-phrase
// that is itself a stance noun cue: "voted in favour of the budget", "came out in opposition to
// the bill", "marched in solidarity with the miners". "In favour of", "in support of", "in
// opposition to", "in defiance of" are complex prepositions (Quirk et al. 1985, 9.10–9.13: in +
// noun + preposition, one unit), not a prepositional object of the verb; the stance is the
// noun's, which its own frame reads with the verb's subject as source and the complement as
// target (noun-adjunct). The verb's own reading of the noun as its target garbles the target
// and takes the verb's bare type ("decided" OFFERS, "came out" SUPPORTS for an opposition). Only
// where the noun's frame carries the stance (a target or content of its own) or the verb's type
// contradicts the noun's; else the dictionary's pattern on the phrase stands ("demonstrated in
// solidarity" [053]).
func (lx *Lexicon) complexPrepositionTarget(tr *tree, m Match) bool {
	t := m.Target
	if m.Kind != "verb" || t < 0 || t == m.Content || tr.t[t].Head != m.Cue || base(tr.rel(t)) != "obl" {
		return false
	}
	if tr.caseOf(t) != "in" || tr.t[t].UPOS != "NOUN" {
		return false
	}
	for _, c := range lx.cands(tr, t) {
		if c.kind != "noun" || c.types.Asserted == "" {
			continue
		}
		if opposite(c.types.Asserted, m.Type) {
			return true // "came out in opposition": no reading of the verb can support
		}
		for _, n := range lx.frame(tr, t, c) {
			if n.Target >= 0 || n.Content >= 0 {
				return true // the noun's own frame carries the stance with its target
			}
		}
	}
	return false
}

// opposite reports a stance of opposition against one of support or offer.
func opposite(a, b graph.RelType) bool {
	pos := func(t graph.RelType) bool { return t == graph.Supports || t == graph.Offers }
	return a == graph.Opposes && pos(b) || b == graph.Opposes && pos(a)
}

// quotedArgument: "'We stand opposed to the sale,' the minister said" parsed with the reporting
// clause as the quoted verb's complement. A reporting clause after a quotation is a comment
// clause on it (Quirk et al. 1985, 14.29, 15.53), never what the quoted verb is about; words
// inside the quotation marks are the quotation's, so a prepositional phrase the parser hung on
// the reporting verb before the quotation closes is the quoted verb's argument. The target
// becomes the cue's object, else such a phrase, else none.
func (lx *Lexicon) quotedArgument(tr *tree, m *Match) {
	if m.Kind != "verb" {
		return
	}
	k := m.Target
	if k < 0 || !lx.commentClause(tr, m.Cue, k) {
		if m.Content >= 0 && lx.commentClause(tr, m.Cue, m.Content) {
			m.Content = -1 // a content the parser gave besides an object of its own
			m.Rule += "+comment-clause"
		}
		return
	}
	nt := tr.object(m.Cue)
	if nt < 0 || nt == k {
		nt = -1
		for _, d := range tr.kids[m.Cue] {
			if base(tr.rel(d)) == "obl" && tr.caseOf(d) != "" && tr.t[d].UPOS != "VERB" && !tr.timeNoun(d) {
				nt = d
				break
			}
		}
	}
	if nt < 0 {
		s := tr.child(k, "nsubj")
		for _, d := range tr.kids[k] {
			if base(tr.rel(d)) == "obl" && tr.caseOf(d) != "" && d < s && quoteBetween(tr, d, s) {
				nt = d
				break
			}
		}
	}
	if m.Content == k {
		m.Content = -1
	}
	m.Target = nt
	m.Rule += "+comment-clause"
}

// commentClause reports a verb of saying k after cue i that is a reporting clause set off from
// the quotation: its subject follows a closing quotation mark or comma after the cue, and it has
// no complement clause or object of its own (the quotation is its report).
func (lx *Lexicon) commentClause(tr *tree, i, k int) bool {
	if k <= i || tr.t[k].UPOS != "VERB" || !lx.in("report", tr.lemma(k)) {
		return false
	}
	if tr.child(k, "ccomp", "obj", "xcomp") >= 0 {
		return false
	}
	s := tr.child(k, "nsubj")
	if s < 0 || s < i {
		return false
	}
	if s > k {
		s = k // "…," said the minister: the reporting verb first
	}
	return quoteBetween(tr, i, s)
}

// quoteBetween reports a quotation mark or comma token between positions a and b (exclusive).
func quoteBetween(tr *tree, a, b int) bool {
	for j := a + 1; j < b; j++ {
		switch tr.t[j].Form {
		case "\"", "\u201d", "\u201c", "''", ",", "'", "\u2019":
			return true
		}
	}
	return false
}

// retaliationParty: "Moscow plans a response to the US sanctions", "Beijing retaliated against
// the new tariffs". A sanction noun that names no one it hits (its target none, or the measure
// itself) and is what a party's retaliation or response answers (the to-, against- or for-phrase
// of a modality.txt retaliation noun or verb) hits that party: retaliation returns injury for
// injury (OED retaliation n.), a response answers its stimulus (OED response n.). The noun's
// retaliating party is the subject of the verb that announces, plans or gives it (modality.txt
// support, intent, commitment, or a cue of offering or threatening: "will offer a response").
// Returns the party, -1 when none.
func (lx *Lexicon) retaliationParty(tr *tree, m Match) int {
	if m.Kind != "noun" || m.Type != graph.Sanctions || m.Content >= 0 || m.Target >= 0 && m.Target != m.Cue {
		return -1
	}
	return lx.answeringParty(tr, m.Cue, m.Source)
}

// answeringParty is the party whose retaliation or response answers the measure noun i
// (retaliationParty), other than src; -1 when none.
func (lx *Lexicon) answeringParty(tr *tree, i, src int) int {
	r := tr.t[i].Head
	if r < 0 {
		return -1
	}
	if o := tr.object(r); tr.rel(i) == "obl" && o >= 0 && tr.t[o].UPOS == "NOUN" && lx.in("retaliation", tr.lemma(o)) {
		// "will offer a strong response to US sanctions" with the to-phrase hung on the verb: a
		// measure is no recipient of an offer, so the phrase is the response's (Quirk et al.
		// 1985, 17.38 on the postmodifying prepositional phrase of a deverbal noun)
		r = o
	}
	if !slices.Contains([]string{"nmod", "obl"}, base(tr.rel(i))) || !slices.Contains([]string{"to", "against", "for"}, tr.caseOf(i)) || !lx.in("retaliation", tr.lemma(r)) {
		return -1
	}
	for _, k := range tr.kids[r] {
		if k > i && (tr.caseOf(k) == "on" || tr.caseOf(k) == "against") {
			// "a response to the tariffs on Turkish steel": the on-phrase the parser hung on the
			// response is the measure's own (a response is to its stimulus, a tariff on its goods)
			return -1
		}
	}
	p := -1
	switch tr.t[r].UPOS {
	case "VERB":
		p, _ = tr.verbSource(r, 0)
	case "NOUN":
		g := tr.t[r].Head
		if g < 0 || tr.rel(r) != "obj" || tr.t[g].UPOS != "VERB" {
			return -1
		}
		l := tr.lemma(g)
		if !lx.in("support", l) && !lx.in("intent", l) && !lx.in("commitment", l) && !lx.announcesAct(tr, g) {
			return -1
		}
		p, _ = tr.verbSource(g, 0)
	}
	if p < 0 || p == src {
		return -1
	}
	return p
}

// announcesAct reports a verb cue of offering or threatening (the type it has in some mode).
func (lx *Lexicon) announcesAct(tr *tree, g int) bool {
	for _, c := range lx.cands(tr, g) {
		for _, t := range []graph.RelType{c.types.Asserted, c.types.Future} {
			if t == graph.Offers || t == graph.Threatens {
				return true
			}
		}
	}
	return false
}

// enactedNoun reports a noun of collective resolution (modality.txt enact: agreement, decision)
// whose to-infinitive names an act of restriction: "reached an agreement to impose sanctions",
// "took a decision to ban imports". The noun with its infinitive says what the verb does
// ("agreed to impose", enactedMeasure): CAMEO.2.0.txt codes the act agreed or decided
// ("AGREE * (TO SANCTIONS)" [163], "DECIDE * BAR" [160]), and the agreeing offers nothing.
func (lx *Lexicon) enactedNoun(tr *tree, n int) bool {
	if n < 0 || tr.t[n].UPOS != "NOUN" || !lx.in("enact", tr.lemma(n)) || tr.enacting {
		return false
	}
	for _, v := range tr.children(n, "acl") {
		if tr.caseOf(v) == "to" && !lx.in("reversal", tr.lemma(v)) && lx.restrictsAct(tr, v) {
			return true
		}
	}
	return false
}

// agreedMeasure reports an OFFERS match of reaching an agreement (the verb with the noun as its
// target, or the noun itself) whose agreed act is a restriction (enactedNoun): the act is the
// sanction's own match, whose source the noun's controller gives (nounController, oper1).
func (lx *Lexicon) agreedMeasure(tr *tree, m Match) bool {
	if m.Type != graph.Offers {
		return false
	}
	if m.Kind == "noun" {
		return lx.enactedNoun(tr, m.Cue)
	}
	return m.Kind == "verb" && m.Target >= 0 && tr.t[m.Target].Head == m.Cue && lx.enactedNoun(tr, m.Target)
}

// messageAddressee: "sent a stern message to Ankara", "delivered a warning to the rebels". A verb
// cue whose object is the message it conveys (modality.txt message: the
// dictionary's SEND * MESSAGE [130] codes the sending of a message as the act) is aimed at the
// message's recipient, the to-phrase of the verb (the prepositional indirect
// object, Quirk et al. 1985, 10.6, 16.57), as CAMEO codes the recipient of a message as the
// event's target; the message itself is the medium. The target becomes the recipient.
func (lx *Lexicon) messageAddressee(tr *tree, m *Match) {
	o := m.Target
	if m.Kind != "verb" || o < 0 || o == m.Content || o != tr.object(m.Cue) || tr.t[o].UPOS != "NOUN" {
		return
	}
	if !lx.in("message", tr.lemma(o)) {
		return
	}
	a := tr.argOf(m.Cue, "to") // (the object's own to-phrase is its complement: "its claim to the strip")
	if a < 0 || tr.t[a].UPOS != "NOUN" && tr.t[a].UPOS != "PROPN" {
		return
	}
	m.Target = a
	m.Rule += "+message-addressee"
}
