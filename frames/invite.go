package frames

import (
	"strconv"

	"github.com/claimgraph/claimgraph/graph"
)

// inviteCand returns the cue of an invitation to talks: a verb of the INVITE block (invite,
// reinvite) whose object controls a to-infinitive that names a meeting or negotiation
// ("invited the opposition to come back to talks", "invited Hanoi to resume negotiations",
// "invited the rebels to meet"). CAMEO.2.0.txt codes the same invitation with its noun phrase,
// "INVITE * (FOR &NEGOTIATION)" [030] "express intent to cooperate"; the codebook's 036 "express
// intent to meet or negotiate" ("offer, promise, agree to, or otherwise indicate willingness or
// commitment to meet, visit, or engage in talks or negotiations") and PLOVER AGREE name the
// inviter's willingness, which the object-controlled infinitive states as clearly as the
// for-phrase does (Quirk et al. 1985, 16.63, object + to-infinitive). The invitee is the target.
// An invitation to anything else ("invited reporters to attend a news conference") keeps the
// block's default, 040 consult, which asserts none of our types. A request to come to talks
// ("asked the rebels to return to talks") is no invitation: ASK is CAMEO 026 "appeal to others
// to meet or negotiate", a request (DEMANDS), and stays the directive it is. ok is false when
// the verb is no such invitation.
func (lx *Lexicon) inviteCand(tr *tree, i int, verbs []verbCue) (cand, bool) {
	if !lx.in("invitation", tr.lemma(i)) {
		return cand{}, false
	}
	var p *patternCue
	for _, v := range verbs {
		if v.block != "INVITE" || len(v.extra) > 0 {
			continue
		}
		for k := range lx.patterns[v.block] {
			q := &lx.patterns[v.block][k]
			if q.object == nil && len(q.preps) == 1 && q.preps[0].prep == "for" && len(q.preps[0].noun) > 0 && lx.in("parley", q.preps[0].noun[0]) {
				p = q // "- * (FOR &NEGOTIATION)" [030]
			}
		}
	}
	if p == nil || p.types.Asserted == "" {
		return cand{}, false
	}
	x := lx.objectInfinitive(tr, i)
	if o := tr.child(i, "obj"); x < 0 && o >= 0 {
		// the parser often hangs the object-controlled infinitive on the object noun as its
		// modifier ("invited the opposition [to come back to talks]"); after a verb of
		// inviting it is the verb's complement all the same (Quirk et al. 1985, 16.63)
		for _, k := range tr.kids[o] {
			if base(tr.rel(k)) == "acl" && k > o && tr.caseOf(k) == "to" && tr.t[k].UPOS == "VERB" && tr.subject(k) < 0 {
				x = k
			}
		}
	}
	if x < 0 || !lx.parleyAct(tr, x) {
		return cand{}, false
	}
	return cand{kind: "verb", types: p.types, code: p.code, plover: p.plover,
		entry: "cameo@" + strconv.Itoa(p.line)}, true
}

// parleyAct reports an infinitive x whose act is a meeting or negotiation: its verb, or a noun
// it governs as object or prepositional complement ("come back to talks", "resume
// negotiations", "return to the negotiating table"; or its adverbial particle's, "come back to
// talks"), is of the modality.txt class parley.
func (lx *Lexicon) parleyAct(tr *tree, x int) bool {
	if lx.in("parley", tr.lemma(x)) {
		return true
	}
	for _, k := range tr.kids[x] {
		switch base(tr.rel(k)) {
		case "obj", "obl":
			if lx.in("parley", tr.lemma(k)) {
				return true
			}
		case "advmod", "compound":
			// "come back to talks": the parser may hang the phrase on the adverbial particle
			for _, n := range tr.kids[k] {
				if base(tr.rel(n)) == "obl" && lx.in("parley", tr.lemma(n)) {
					return true
				}
			}
		}
	}
	return false
}

// opposingAct reports a verb x that carries a cue of opposition, sanction or threat in the
// asserted or future mode ("deter", "prevent", "counter", "combat" a practice): the act a noun of
// commitment or resolve announces when x is its infinitive, which is the holder's stance toward
// x's object, no offer (PLOVER AGREE covers commitments "to cooperate"; a commitment to prevent
// or deter an act is the opposition itself, CAMEO 12 "reject" / 11 "disapprove").
func (lx *Lexicon) opposingAct(tr *tree, x int) bool {
	for _, c := range lx.cands(tr, x) {
		for _, ty := range []graph.RelType{c.types.Asserted, c.types.Future} {
			if ty == graph.Opposes || ty == graph.Sanctions || ty == graph.Threatens {
				return true
			}
		}
	}
	return false
}

// committedOpposition reports noun n of commitment or resolve with a to-infinitive complement
// that is an opposingAct ("its determination to counter sabotage"): the dictionary's pattern
// on the noun ("REAFFIRM * DETERMINATION" [030] "express intent to cooperate") names no
// cooperation then, and the infinitive's cue is the act, as intendedAct (intent.go) lets a
// plan's act stand for the plan.
func (lx *Lexicon) committedOpposition(tr *tree, n int) bool {
	for _, k := range tr.kids[n] {
		if base(tr.rel(k)) == "acl" && k > n && tr.caseOf(k) == "to" && lx.opposingAct(tr, k) {
			return true
		}
	}
	return false
}
