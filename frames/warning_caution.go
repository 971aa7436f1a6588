package frames

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// forceHeads are the head nouns of a state's forces of coercion (data/wordclasses/forceheads.txt:
// CAMEO actor sectors MIL and COP — army, troops, police …), read by threatClause.
var forceHeads = lexicon.WordClass("forceheads")

// cautionWarnings drops the threats read from a verb of warning (cue-classes.txt warn and
// caution lines, "warned that …") whose that-clause names neither an act of the warner nor a
// consequence the warner controls: "warned that the central bank could undermine growth",
// "warned that risks to financial stability had grown", "warned that it would soon run short of money".
// Such a warning is a caution about a danger — CAMEO 012 "make pessimistic comment", the sense
// the dictionary's own WARN patterns code for dangers ("(OF {DISASTROUS CONSEQUENCES})" [012]) —
// not a threat: PLOVER THREATEN holds "coercive or forceful warnings with serious potential
// repercussions", and a threat is a commissive, whose content is a future act of the speaker
// (Searle 1969, 3.1 and 1976 on commissives; Quirk et al. 1985, 15.34 on conditionals: "if you
// do X, Y will happen" threatens only when Y is the speaker's to bring about).
//
// The clause keeps the threat when it
//   - is conditioned (an if- or unless-clause on it or on the warning verb: "warned that if
//     Trump did not withdraw, harm would come to his kids", "warned they could sell off US
//     assets if the bill becomes law"): the consequence is set against the other's act;
//   - states an act of the warner's own or of its state's forces under a modal (its subject the
//     warner's name, a pronoun that refers back to it, or unpossessed police, army, troops:
//     "warned that it would retaliate", "that it must defend its frontier", "that police will no
//     longer tolerate the rallies") whose verb is coercive (coerciveVerb) or a concession
//     refused (refusedConcession), or a coercive act in an agentless passive
//     with will, shall or would ("warned that any attempt would be suppressed");
//   - is addressed to a named party ("warned Belarus that the crossings would stay closed") or
//     sets the consequence on a hypothetical act ("warned that any new shelling would end the
//     talks"), under a modal;
//   - names a repercussion or coercive measure (modality.txt repercussion, hostile) as its
//     subject, object or oblique under a modal ("warned that sanctions would follow", "warned
//     that any incursion would meet a response"), or in a passive, a provocation ("would be
//     treated as a provocation").
//
// A warning addressed to a party with an infinitive ("warned Xi not to move on the shoal") or
// with no clause ("warned Iran") is not read here; nor are the warning frames of their own
// (reportedWarning, penaltyWarnings, conditionThreats), whose rules carry -warning or
// -condition.
func (lx *Lexicon) cautionWarnings(tr *tree, ms []Match) []Match {
	return slices.DeleteFunc(ms, func(m Match) bool {
		if m.Type != graph.Threatens || m.Kind != "verb" || m.Cue < 0 || !strings.Contains(m.Rule, ":class/verb/warn") && !strings.Contains(m.Rule, ":class/verb/caution") {
			return false
		}
		if frame, _, _ := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":"); strings.Contains(frame, "-warning") || strings.Contains(frame, "-condition") {
			return false
		}
		if tr.child(m.Cue, "xcomp") >= 0 {
			return false // "warned Xi not to move": a directive with its sanction implied
		}
		c := tr.child(m.Cue, "ccomp")
		if c < 0 {
			return false
		}
		return !lx.threatClause(tr, m, c)
	})
}

// threatClause reports whether the content clause c of warning m states a threat (see
// cautionWarnings).
func (lx *Lexicon) threatClause(tr *tree, m Match, c int) bool {
	if lx.conditioned(tr, m.Cue) || lx.conditionWithin(tr, c) {
		return true
	}
	modal, committing := false, lx.committingModal(tr, c)
	for _, k := range tr.kids[c] {
		if base(tr.rel(k)) == "aux" && (lx.in("future", tr.lemma(k)) || lx.in("conditional", tr.lemma(k)) || lx.in("deontic", tr.lemma(k))) {
			modal = true
		}
	}
	if !modal {
		return false
	}
	for _, k := range tr.kids[c] {
		switch base(tr.rel(k)) {
		case "nsubj", "nsubj:pass", "obj", "obl", "xcomp":
			if lx.in("repercussion", tr.lemma(k)) || lx.in("hostile", tr.lemma(k)) || lx.in("provocation", tr.lemma(k)) && tr.child(c, "nsubj:pass") >= 0 {
				return true // "sanctions would follow", "would be treated as a provocation"
			}
		}
	}
	if s := tr.child(c, "nsubj"); tr.addressedParty(m.Cue) || s >= 0 && hypotheticalAct(tr, s) {
		// "warned Belarus that the crossings would stay closed", "warned that any new shelling
		// would end the talks": a consequence announced to the named party it is to fall on, or
		// set on a hypothetical act (hypotheticalAct: "any X would …" = "if X, …", Quirk et al.
		// 1985, 15.33), is the coercive warning; the one warned is the party coerced
		return true
	}
	if tr.child(c, "nsubj:pass") >= 0 && tr.child(c, "obl:agent") < 0 && committing && lx.coerciveVerb(tr, c) {
		// "warned that any attempt would be suppressed", "warned Somalia that the convoys would
		// be stopped": an agentless passive leaves the agent to the context (Quirk et al. 1985,
		// 3.64, 3.74), here the warner's authority over the act or over the party addressed
		return true
	}
	s := tr.child(c, "nsubj")
	if s < 0 || !lx.ownSubject(tr, m, s) && !tr.ownForces(s) {
		return false
	}
	return lx.coerciveVerb(tr, c) || lx.refusedConcession(tr, c)
}

// ownForces reports a clause subject that names a state's forces of coercion (forceHeads:
// "police", "the army", "security forces") with no possessor or name of another party: in a
// warning, the force the warner's state holds ready ("warned that police will no longer tolerate
// the rallies"; CAMEO actor sectors MIL, COP act for their state's government).
func (tr *tree) ownForces(s int) bool {
	if tr.t[s].UPOS != "NOUN" || !forceHeads.Has(tr.lower[s]) {
		return false
	}
	for _, d := range tr.kids[s] {
		if r := tr.rel(d); (r == "nmod:poss" || r == "compound" || base(r) == "nmod") && tr.t[d].UPOS == "PROPN" {
			return false // "Russia's army would invade": another party's force predicted
		}
	}
	return true
}

// refusedConcession reports a negated verb whose entry offers or supports ("will no longer
// tolerate", "would not allow"): the refusal of a concession (cue-classes.txt -refusal: a negated
// future offer is a rejection, CAMEO 12), under a warning the measure refused to the other party.
func (lx *Lexicon) refusedConcession(tr *tree, v int) bool {
	if !lx.negated(tr, v) {
		return false
	}
	for _, vc := range lx.verbs[tr.lemma(v)] {
		if len(vc.extra) == 0 && (vc.types.Future == graph.Offers || vc.types.Future == graph.Supports) {
			return true
		}
	}
	return false
}

// committingModal reports a will, shall or would among the auxiliaries of v (modality.txt
// future, or conditional "would"): the modals of prediction and volition that state the
// subject's act as settled on the condition (Quirk et al. 1985, 4.57-4.60), not could or might,
// which state only a possibility.
func (lx *Lexicon) committingModal(tr *tree, v int) bool {
	for _, k := range tr.kids[v] {
		if base(tr.rel(k)) != "aux" {
			continue
		}
		if l := tr.lemma(k); lx.in("future", l) || l == "would" || tr.lower[k] == "'d" || tr.lower[k] == "'ll" {
			return true
		}
	}
	return false
}

// conditionWithin reports an if- or unless-clause (advcl marked by a word of modality.txt
// condition) on c or on a verb inside it: "would step up their resistance and reactivate the
// militia if US forces did not leave", where the parser hangs the condition on the last conjunct.
func (lx *Lexicon) conditionWithin(tr *tree, c int) bool {
	for k := range tr.t {
		if h := tr.t[k].Head; h >= 0 && base(tr.rel(k)) == "advcl" && lx.in("condition", tr.caseOf(k)) && tr.within(h, c) {
			return true
		}
	}
	return false
}

// coerciveVerb reports a verb whose dictionary entry threatens, sanctions or opposes when
// announced (cameo-types.txt future and conditional columns; matched here, or the verb's own line
// in cameo-verbs.txt), or one of the modality.txt classes
// of counteraction, defence and instrument ("respond", "defend", "retaliate").
func (lx *Lexicon) coerciveVerb(tr *tree, v int) bool {
	if l := tr.lemma(v); lx.in("counteraction", l) || lx.in("defence", l) || lx.in("instrument", l) {
		return true
	}
	coercive := func(t Types) bool {
		for _, ty := range []graph.RelType{t.Future, t.Conditional} {
			if ty == graph.Threatens || ty == graph.Sanctions || ty == graph.Opposes {
				return true
			}
		}
		return false
	}
	for _, cd := range lx.cands(tr, v) {
		if coercive(cd.types) {
			return true
		}
	}
	for _, vc := range lx.verbs[tr.lemma(v)] {
		// the verb's own line without its pattern words: a passive ("would be stopped") fills
		// no object slot, so its patterns do not match there
		if len(vc.extra) == 0 && coercive(vc.types) {
			return true
		}
	}
	return false
}

// ownSubject reports a clause subject s that names the warner of m: the same word as its
// source, a first-person pronoun, or a third-person pronoun that does not refer to the
// warning's object (sameActor).
func (lx *Lexicon) ownSubject(tr *tree, m Match, s int) bool {
	if m.Source >= 0 && tr.t[s].UPOS != "PRON" {
		return tr.lemma(s) == tr.lemma(m.Source)
	}
	if tr.t[s].UPOS != "PRON" {
		return false
	}
	switch tr.lower[s] {
	case "we", "i":
		return true
	}
	return lx.sameActor(tr, s, m.Cue)
}

// addressedParty reports a warning verb with a named party as its object or indirect object
// ("warned Somalia that …"): the warning is addressed to the one it concerns.
func (tr *tree) addressedParty(v int) bool {
	o := tr.child(v, "obj", "iobj")
	return o >= 0 && tr.t[o].UPOS == "PROPN" && !tr.timeNoun(o) // not "warned Saturday that …"
}
