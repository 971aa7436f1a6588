package frames

// attemptAct reports a pattern of verb i whose object is a noun of attempt (modality.txt class
// attempt: bid, effort, attempt, step, move, drive, campaign) with a to-infinitive saying
// what is attempted: "launched a bid to revive peace talks", "launched an effort to end the
// blockade" (CAMEO.2.0.txt "LAUNCH * BID" [160], "LAUNCH * EFFORT" [020]). Such a noun is an
// eventive object (Quirk et al. 1985 on eventive objects: the verb adds little of its own, "make an
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

// attemptedObtaining re-reads as "seek" a verb of obtaining (modality.txt class obtain: obtain,
// win, gain, get, secure) whose to-infinitive is the act of an attempt: "launched a bid to
// secure the extradition of …", "made efforts to win recognition for …", "tried to obtain the
// release of …". To try to obtain a thing is to seek it (WordNet 3.0 seek, verb: "try to get or
// reach"; the conative verbs and nouns of class attempt), and the dictionary codes what is sought
// in the SEEK block's patterns ("SEEK * EXTRADITION" [0213], "SEEK * RECOGNITION" [024]), while
// its OBTAIN block has none. The verb is an attempt's when it is the to-infinitive of a noun of
// attempt (acl), of a verb whose object is one ("launched a bid to …", advcl or xcomp), or the
// xcomp of a conative verb of the class ("tried to"). The token's lemma becomes "seek" in the
// frames tree only; sought marks it so the rule names the "-attempt" frame.
func (lx *Lexicon) attemptedObtaining(tr *tree) {
	for i := range tr.t {
		if tr.t[i].UPOS != "VERB" || !lx.in("obtain", tr.lem[i]) || tr.child(i, "obj") < 0 {
			continue
		}
		h := tr.t[i].Head
		if h < 0 {
			continue
		}
		attempt := false
		switch r := tr.rel(i); {
		case r == "acl" && tr.t[h].UPOS == "NOUN" && lx.in("attempt", tr.lem[h]):
			attempt = tr.toInfinitive(i)
		case (r == "advcl" || r == "xcomp") && tr.t[h].UPOS == "VERB":
			if o := tr.child(h, "obj"); o >= 0 && o < i && tr.t[o].UPOS == "NOUN" && lx.in("attempt", tr.lem[o]) {
				attempt = tr.toInfinitive(i)
			} else {
				attempt = r == "xcomp" && lx.in("attempt", tr.lem[h])
			}
		}
		if attempt {
			tr.lem[i] = "seek"
			if tr.sought == nil {
				tr.sought = make([]bool, len(tr.t))
			}
			tr.sought[i] = true
		}
	}
}

// attemptSuffix is "-attempt" for a verb attemptedObtaining read as "seek", else "".
func (tr *tree) attemptSuffix(i int) string {
	if i >= 0 && i < len(tr.sought) && tr.sought[i] {
		return "-attempt"
	}
	return ""
}
