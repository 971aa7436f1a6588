package frames

import "github.com/claimgraph/claimgraph/graph"

// Readiness to act. The adjectives of willingness (cue-classes.txt willing, ready, prepared,
// open, committed) code PLOVER AGREE, "indicate willingness or commitment to cooperate": what
// the subject is ready for is the act offered. A general verb of acting (modality.txt act: "act",
// "do whatever it takes", "take action", "take steps", "take all necessary measures"; Halliday &
// Hasan 1976, 3.3.1 and 6.4 on general verbs and nouns; Quirk et al. 1985, 12.22 on the pro-form
// do) names no act, so no cooperation is offered: the readiness is an offer only through an act
// named in it, which is a cue of its own ("ready to act to help Japan": help). Aimed against a
// party ("prepared to take action against X", "ready to act against X") it is what CAMEO.2.0.txt
// codes 130 "threaten, not specified below" in its PLEDGE, PROMISE and CONSIDER blocks ("- *
// ACTION (AGAINST)" [130]; PLOVER THREATEN "coercive or forceful warnings"), the against-phrase
// its target.

// generalAct reports verb v as a general verb of acting: act; do with no object, or a pronoun or
// general noun ("do whatever it takes", "do everything"); a light verb with a general noun of
// acting as object ("take action", "take steps", "take measures"; modality.txt light, act); a
// verb of using with such a noun or a coercive means ("use all measures", "use force"); a verb
// of counteraction ("respond", modality.txt counteraction).
func (lx *Lexicon) generalAct(tr *tree, v int) bool {
	if v < 0 || tr.t[v].UPOS != "VERB" {
		return false
	}
	l := tr.lemma(v)
	o := tr.child(v, "obj")
	switch {
	case l == "do" && lx.in("act", l):
		return o < 0 || tr.t[o].UPOS == "PRON" || lx.in("general", tr.lemma(o))
	case lx.in("act", l):
		return o < 0
	case lx.in("light", l):
		return o >= 0 && tr.t[o].UPOS == "NOUN" && lx.in("act", tr.lemma(o))
	case lx.in("counteraction", l):
		// "stood ready to respond": a response to another's act is no cooperation offered
		// (CAMEO.2.0.txt WARN * (OF RESPONSE) [130]); aimed at a party it is a threat
		return true
	case lx.in("employ", l):
		// "ready to use all measures against", "ready to use force against": a verb of using
		// over a general noun of acting or a coercive means (modality.txt act, hostile) offers nothing to cooperate on; aimed at a party it is CAMEO 130/138
		// "threaten (with military force)", PLOVER THREATEN "coercive or forceful warnings"
		// (Levin 1993, 105.1) over a general noun of acting, a coercive means or a noun of
		// means itself (modality.txt means: "every tool at its disposal", "all the levers
		// available to it", which names no act to cooperate on)
		return o >= 0 && tr.t[o].UPOS == "NOUN" && (lx.in("act", tr.lemma(o)) || lx.in("hostile", tr.lemma(o)) || lx.in("means", tr.lemma(o)))
	}
	return false
}

// actAgainst returns the against-phrase of general act v or of its noun of acting ("take action
// against Japan"), -1 when none.
func (tr *tree) actAgainst(v int) int {
	if k := tr.argOf(v, "against"); k >= 0 {
		return k
	}
	if o := tr.child(v, "obj"); o >= 0 {
		if k := tr.argOf(o, "against"); k >= 0 {
			return k
		}
		// "use all the levers available to it against the cartels": the parser hangs the
		// phrase on the object's postposed adjective; a final against-phrase after the
		// object names the act's opponent all the same (PP attachment, Quirk et al. 1985, 17.57)
		for _, a := range tr.kids[o] {
			if r := tr.rel(a); (r == "amod" || r == "acl") && a > o {
				if k := tr.argOf(a, "against"); k >= 0 {
					return k
				}
			}
		}
	}
	return -1
}

// readinessToAct re-reads an adjective of willingness whose content is a general act: -1 when
// it names no act (no relation), else the threat's target, the act's against-phrase (c retyped
// to CAMEO 130, PLOVER THREATEN).
func (lx *Lexicon) readinessToAct(tr *tree, c *cand, content int) int {
	a := tr.actAgainst(content)
	if a < 0 {
		return -1
	}
	c.types = Types{Asserted: graph.Threatens, Future: graph.Threatens, Conditional: graph.Threatens}
	c.code, c.plover = "130", "THREATEN"
	return a
}

// willingnessAdj reports an adjective cue of modality.txt class intent (willing, ready, prepared)
// at i: negated ("is not willing to sign", "was not ready to accept") it declares the refusal that
// "unwilling" names (cue-classes.txt unwilling, CAMEO 12 reject; PLOVER REJECT "all rejections and
// refusals"), as a negated future offer does: the adjective states the will, with no act to be
// reported as not done.
func (lx *Lexicon) willingnessAdj(tr *tree, i int, kind string) bool {
	return kind == "adj" && lx.in("intent", tr.lemma(i))
}
