package frames

import "github.com/claimgraph/claimgraph/graph"

// withheldAct reports a refusal cue c at verb i whose to-infinitive content names no act the
// refusal rejects, so that the refusal asserts no stance of its own:
//   - a verb of saying ("declined to comment", "refused to say whether …"): CAMEO 011 "decline
//     comment", a statement withheld, not a rejection of anything;
//   - a hostile or demanding act (refusedOpposition: "declined to denounce the offensive",
//     "refused to impose sanctions"): the act is negated instead.
func (lx *Lexicon) withheldAct(tr *tree, i int, c cand, content int) bool {
	if content < 0 || c.types.Asserted != graph.Opposes || tr.rel(content) != "xcomp" {
		return false
	}
	return lx.in("report", tr.lemma(content)) || c.kind == "verb" && lx.refusedOpposition(tr, i, content)
}

// refusedOpposition reports verb g of refusal (modality.txt negverb: refuse, decline) with to-infinitive c that names a hostile or demanding act
// (a cue of OPPOSES, SANCTIONS, THREATENS or DEMANDS: "declined to denounce the offensive",
// "refused to impose sanctions", "declined to call for his resignation"). Refuse and decline are
// negative verbs: their infinitive is a non-assertive complement, so "declined to V" states
// that the subject did not V (Quirk et al. 1985, 10.56 on negative verbs; Karttunen 1971 on
// negative implicatives, as fail). The act is then negated (modality, scope climb through g as
// through fail), and the refusal itself is no rejection: PLOVER REJECT lists refusals of
// cooperation, concessions, meetings, aid, releases and settlements ("all rejections and
// refusals" of what another asks or offers), never a refusal to condemn, punish, threaten or
// demand, which withholds a hostile act from its target and rejects nothing of it. A refusal
// of a cooperative act ("refused to meet the envoy", "declined to lift the ban") stays CAMEO 12.
func (lx *Lexicon) refusedOpposition(tr *tree, g, c int) bool {
	if c < 0 || g < 0 || tr.t[c].Head != g || tr.rel(c) != "xcomp" || tr.t[g].UPOS != "VERB" || tr.t[c].UPOS != "VERB" {
		return false
	}
	if mk := tr.child(c, "mark"); mk < 0 || tr.lower[mk] != "to" {
		return false
	}
	if tr.objectControls(g) {
		return false // "refused Peru permission to …": another's act
	}
	if tr.refusing || !lx.in("negverb", tr.lemma(g)) {
		return false
	}
	tr.refusing = true
	defer func() { tr.refusing = false }()
	if lx.opposingAct(tr, c) {
		return true
	}
	if o := tr.child(c, "obj"); o >= 0 && tr.t[o].UPOS == "NOUN" && lx.opposingAct(tr, o) && !lx.in("reversal", tr.lemma(c)) {
		// "declined to impose sanctions": the act is the support verb's noun (Mel'čuk's Oper1);
		// a verb that ends the measure or is an act of its own ("refused to lift the curfew",
		// CAMEO 1241 "refuse to ease administrative sanctions") is the refusal PLOVER codes
		for _, k := range lx.cands(tr, c) {
			if t := k.types.Asserted; t == graph.Offers || t == graph.Supports {
				return false
			}
		}
		return true
	}
	for _, k := range lx.cands(tr, c) {
		if k.types.Asserted == graph.Demands {
			return true
		}
	}
	return false
}
