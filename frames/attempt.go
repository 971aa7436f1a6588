package frames

// attemptAct reports a pattern of verb i whose object is a noun of attempt (modality.txt class
// attempt: bid, effort, attempt, step, move, drive, campaign) with a to-infinitive saying
// what is attempted: "launched a bid to revive peace talks", "launched an effort to end the
// blockade" (CAMEO.2.0.txt "LAUNCH * BID" [160], "LAUNCH * EFFORT" [020]). Such a noun is an
// eventive object (Quirk et al. 1985, 10.47: the verb adds little beyond aspect, "make an
// attempt"; Mel'čuk 1996, Oper1), and its to-infinitive is the content of the attempt (Collins
// COBUILD English Grammar 2.297–2.299: abstract nouns followed by a to-infinitive "to show what
// action they relate to": attempt, bid); the subject attempts that act, which is matched on the
// infinitive with the subject as its controller, so the pattern names no act of its own. That
// holds for the verbs whose subject is the attempt's agent — support and light verbs (launch,
// make, take, step up, renew), aspectual (continue, resume) and intent verbs (pledge) — and not
// for a verb that acts on an attempt ("foiled a bid to …", "backed the efforts to …"), nor over
// another's attempt ("Kyiv's bid to join", "the efforts of the envoy to …").
func (lx *Lexicon) attemptAct(tr *tree, i int, bp *patternCue) bool {
	o := tr.child(i, "obj")
	if o < 0 || bp.object == nil || !lx.in("attempt", tr.lemma(o)) {
		return false
	}
	l := tr.lemma(i)
	if !lx.in("support", l) && !lx.in("light", l) && !lx.in("aspect", l) && !lx.in("intent", l) {
		return false // the verb acts on the attempt: "backed the efforts to", "foiled a bid to"
	}
	if p := tr.child(o, "nmod:poss"); p >= 0 && tr.t[p].UPOS != "PRON" {
		return false // another's attempt: the verb's act on it stands
	}
	for _, k := range tr.kids[o] {
		if tr.rel(k) == "nmod" && (tr.caseOf(k) == "of" || tr.caseOf(k) == "by") {
			return false // "the efforts of the Special Envoy to …": the attempt has its own agent
		}
	}
	for _, x := range append(append([]int(nil), tr.kids[o]...), tr.kids[i]...) {
		switch {
		case x < o:
			// a clause by its relation and its "to" mark, whatever the tag: "a bid to broker a
			// truce" with "broker" tagged NOUN is still parsed advcl with an object
		case tr.t[x].Head == o && tr.rel(x) == "acl" || tr.t[x].Head == i && (tr.rel(x) == "advcl" || tr.rel(x) == "xcomp"):
			if tr.toInfinitive(x) {
				return true
			}
		}
	}
	return false
}

// toInfinitive reports a verb marked by the infinitive "to" (a mark dependent).
func (tr *tree) toInfinitive(x int) bool {
	for _, k := range tr.kids[x] {
		if tr.rel(k) == "mark" && tr.lower[k] == "to" {
			return true
		}
	}
	return false
}
