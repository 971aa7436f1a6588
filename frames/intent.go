package frames

// intendedAct reports a pattern of verb i whose object is a noun of intent (modality.txt class
// intent: plan, intention, intent, pledge, promise, vow) with a complement naming the intended
// act that carries a cue of its own: a to-infinitive or of-gerund ("announced plans to impose
// tariffs", "its intention of leaving"), or a for- or of-phrase whose noun is a cue
// ("announced plans for tariffs on steel"). The noun of intent is an eventive object of its
// verb as a noun of attempt is (attempt.go; Quirk et al. 1985 on eventive objects), and its
// complement names what is intended (Collins COBUILD English Grammar 2.297–2.299: abstract
// nouns followed by a to-infinitive or a prepositional phrase "to show what action they relate
// to"). CAMEO.2.0.txt codes a plan by what is planned: its PLAN block has "- * ATTACK" [138],
// "- * PROTEST" [133], "- * {LEGAL ACTION}" [173], its PLEDGE block "- * BOYCOTT" [1312],
// "- * ACTION (AGAINST)" [130], and only the plan with no act named is the generic intent to
// cooperate ("ANNOUNCE * PLAN" [032], "* PLANS" [030]). So when the complement is itself a cue,
// that cue, announced (future mode: modality.go for the infinitive, nounSource's noun-intended
// for the noun), is the act and the pattern names none of its own: an announced plan of
// tariffs is the threat of a sanction (CAMEO 1312, PLOVER THREATEN), not an offer. As for an
// attempt, this holds for a verb whose subject holds the intent — a support, light, aspect,
// intent or publishing verb (announce, unveil, have, make) — and not for a verb acting on
// someone's plan ("criticized the plan for tariffs", "welcomed China's plan to …").
func (lx *Lexicon) intendedAct(tr *tree, i int, bp *patternCue) bool {
	o := tr.child(i, "obj")
	if o < 0 || bp.object == nil || tr.t[o].UPOS != "NOUN" || !lx.in("intent", tr.lemma(o)) {
		return false
	}
	l := tr.lemma(i)
	if !lx.in("support", l) && !lx.in("light", l) && !lx.in("aspect", l) && !lx.in("intent", l) && !lx.in("publish", l) {
		return false // the verb acts on the plan: "criticized the plan for tariffs"
	}
	if p := tr.child(o, "nmod:poss"); p >= 0 && tr.t[p].UPOS != "PRON" {
		return false // another's plan: the verb's act on it stands
	}
	for _, x := range append(append([]int(nil), tr.kids[o]...), tr.kids[i]...) {
		switch {
		case x < o:
		case tr.t[x].Head == o && tr.rel(x) == "acl" || tr.t[x].Head == i && (tr.rel(x) == "advcl" || tr.rel(x) == "xcomp"):
			if (tr.toInfinitive(x) || ofGerund(tr, x)) && (lx.isCue(tr, x) || lx.cueObject(tr, x)) {
				return true
			}
		case tr.t[x].Head == o && intendedNoun(tr, x) && lx.isCue(tr, x):
			return true
		}
	}
	return false
}

// intendedNoun reports noun k as a for- or of-phrase, the phrase that names the act a noun of
// intent intends ("plans for tariffs", "an intention of war").
func intendedNoun(tr *tree, k int) bool {
	if tr.rel(k) != "nmod" || tr.t[k].UPOS != "NOUN" {
		return false
	}
	c := tr.caseOf(k)
	return c == "for" || c == "of"
}

// intendingNoun returns the noun of intent whose for- or of-phrase noun cue n is ("plans for
// tariffs on steel"), -1 when none: the cue is the act intended, whose source is the intent's
// holder (nounSource, frame noun-intended) and whose mode is the future (the noun of an intent
// verb: "plans to", "intends to"; cameo-types.txt future column).
func (lx *Lexicon) intendingNoun(tr *tree, n int) int {
	h := tr.t[n].Head
	if h < 0 || !intendedNoun(tr, n) || tr.t[h].UPOS != "NOUN" || !lx.in("intent", tr.lemma(h)) {
		return -1
	}
	return h
}

// intendedModality makes the act of noun cue n, which a noun of intent names (noun-intended),
// intended, not done — as modality's "China's plan to expel …" — and negates it under a negative
// determiner on the noun of intent ("no plans for tariffs": negDeterminer, Quirk et al. 1985,
// 10.58); mode and neg are the support verb's.
func (lx *Lexicon) intendedModality(tr *tree, n int, mode Mode, neg bool) (Mode, bool) {
	if mode == Asserted {
		mode = Future
	}
	if h := lx.intendingNoun(tr, n); h >= 0 && lx.negDeterminer(tr, h) {
		neg = !neg
	}
	return mode, neg
}
