package frames

import "github.com/claimgraph/claimgraph/graph"

// Objects of resolutions and appeals (issue 13, constructions19): an act of restriction agreed
// or decided (enactedMeasure) and the thing a stressed need asks for (neededThing).

// enactedMeasure reports that c, the to-infinitive complement of a verb of collective resolution
// (modality.txt enact: agree, decide) with no object, names an act of restriction: c or its
// object (or a conjunct of it) is a cue whose asserted type is SANCTIONS, and c undoes nothing
// (modality.txt reversal: "agreed to lift sanctions" is a concession). Such an act agreed or
// decided is coded as the act (CAMEO.2.0.txt "AGREE * (TO SANCTIONS)" [163], "DECIDE * BAR"
// [160]), so it takes the resolution's mode and scope and the agreeing offers nothing.
func (lx *Lexicon) enactedMeasure(tr *tree, c int) bool {
	h := tr.t[c].Head
	if tr.enacting || h < 0 || tr.rel(c) != "xcomp" || tr.caseOf(c) != "to" || !lx.in("enact", tr.lemma(h)) || tr.child(h, "obj", "iobj") >= 0 || lx.in("reversal", tr.lemma(c)) {
		return false
	}
	return lx.restrictsAct(tr, c)
}

// neededThing returns what a noun of necessity n (modality.txt necessity: need, necessity,
// urgency) names as needed — its for- or of-complement ("the need for a ceasefire", "the urgency
// of a ceasefire"; Quirk et al. 1985, 17.52: the prepositional complement of a noun takes the
// preposition of its verb or adjective, need for, necessary for) — or n when it has none. The
// appeal that stresses a need (CAMEO.2.0.txt STRESS "- * NEED" [020], "- * URGENCY" [020],
// UNDERLINE "- * NEED" [100]) asks for that thing, which is the demand's target; "the need" alone
// names nothing else (issue 13, constructions19 A9).
func (lx *Lexicon) neededThing(tr *tree, n int) int {
	for _, p := range []string{"for", "of"} {
		if k := tr.oblWith(n, p); k >= 0 && k > n && tr.nominal(k) {
			return k
		}
	}
	if v := tr.t[n].Head; v >= 0 && tr.rel(n) == "obj" {
		// the for-phrase right after the noun, which the parser hung on the verb ("stressed
		// the need for a ceasefire": to stress something takes no for-phrase of what is needed)
		_, e := tr.span(n)
		if k := tr.oblWith(v, "for"); k > n && tr.nominal(k) {
			if b, _ := tr.span(k); b == e {
				return k
			}
		}
	}
	return n
}

// decidedMeasure reports that c, the that-clause (ccomp) of verb g, is a measure of restriction
// that g's subject resolves on: g is a verb of resolution (modality.txt decide-that: decide; not
// agree, whose that-clause is a proposition assented to, Quirk et al. 1985, 16.31, nor announce,
// whose announced future measure PLOVER codes THREATEN), c has will or would (the future, backshifted after a past verb: Quirk et
// al. 1985, 14.31) and no condition of its own (the caller's test), c's subject is g's own
// (sameActor: "it", or the same noun), c undoes nothing (modality.txt reversal), and c or its
// object names an act whose asserted type is SANCTIONS. As a measure agreed or decided in the
// infinitive is the act (enactedMeasure; CAMEO.2.0.txt DECIDE "- * BAR" [160], AGREE "- * (TO
// SANCTIONS)" [163]), so is one decided in a that-clause: "decided that it would sever ties"
// (cues27, analysis26 7a). "said" or "announced that it would" keeps its mode.
func (lx *Lexicon) decidedMeasure(tr *tree, c, g int) bool {
	if tr.enacting || tr.rel(c) != "ccomp" || tr.t[g].UPOS != "VERB" || !lx.in("decide-that", tr.lemma(g)) || lx.in("reversal", tr.lemma(c)) {
		return false
	}
	s := tr.child(c, "nsubj")
	if s < 0 || !lx.sameActor(tr, s, g) {
		return false
	}
	return lx.restrictsAct(tr, c)
}

// restrictsAct reports that the clause headed by c or its object (or a conjunct of the object) is
// a cue whose asserted type is SANCTIONS: the act of restriction that enactedMeasure and
// decidedMeasure look for. The cues are matched with tr.enacting set, so that matching them does
// not ask the resolution question again.
func (lx *Lexicon) restrictsAct(tr *tree, c int) bool {
	ks := []int{c}
	if o := tr.child(c, "obj"); o >= 0 {
		ks = append(ks, tr.conjuncts(o)...)
	}
	tr.enacting = true
	defer func() { tr.enacting = false }()
	for _, k := range ks {
		for _, cd := range lx.cands(tr, k) {
			if cd.types.Asserted == graph.Sanctions {
				return true
			}
		}
	}
	return false
}
