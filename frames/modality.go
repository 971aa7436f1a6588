package frames

// modality reads the mode, negation and hedging of predicate p from its dependents and from the
// verbs above it through xcomp (intent, hedge and aspect verbs: "plans to impose", "is expected
// to sign", "began to withdraw").
func (lx *Lexicon) modality(tr *tree, p int) (mode Mode, neg, hedged bool) {
	future, cond, modal := false, false, false
	for c, depth := p, 0; c >= 0 && depth < 8; depth++ {
		condClause := false
		kids := tr.kids[c]
		if h := tr.t[c].Head; tr.rel(c) == "conj" && h >= 0 && tr.child(c, "aux", "nsubj", "nsubj:pass") < 0 && !tensed(tr.t[c].XPOS) {
			// coordinated verbs share the first conjunct's auxiliaries and negation ("will impose
			// tariffs and expel diplomats", "did not impose tariffs or expel diplomats"), unless
			// the conjunct has its own subject or auxiliary, or its own tense ("will never trade
			// away its interests and rejects the demand": an auxiliary governs a base form or a
			// participle, never a finite verb)
			for _, k := range tr.kids[h] {
				if r := base(tr.rel(k)); r == "aux" || (r == "advmod" && lx.in("negation", tr.lemma(k))) {
					kids = append(kids[:len(kids):len(kids)], k)
				}
			}
		}
		for _, k := range kids {
			l := tr.lemma(k)
			switch base(tr.rel(k)) {
			case "aux":
				switch {
				case lx.in("future", l):
					future = true
				case lx.in("conditional", l):
					cond = true
				}
				if lx.in("hedge", l) {
					hedged, modal = true, true
				}
				if lx.in("negation", l) {
					neg = !neg // "cannot"
				}
			case "advmod", "det":
				if lx.in("negation", l) {
					neg = !neg
				} else if lx.in("hedge", l) {
					hedged = true
				}
			case "advcl":
				condClause = condClause || lx.in("condition", tr.caseOf(k))
			}
		}
		if condClause && (future || modal) {
			cond = true // "will strike if …", "may halt talks if …"
		}
		if base(tr.rel(c)) == "advcl" && tr.caseOf(c) == "to" {
			future = true // a purpose infinitive is intended, not done ("sent envoys to demand")
		}
		if h := tr.t[c].Head; tr.rel(c) == "acl" && tr.caseOf(c) == "to" && h >= 0 && lx.in("intent", tr.lemma(h)) {
			future = true // "China's plan to expel …": the noun of an intent verb
		}
		// climb to the governor of an infinitive when it is an intent, hedge or aspect verb
		if tr.rel(c) != "xcomp" || tr.t[c].Head < 0 {
			break
		}
		g := tr.t[c].Head
		gl := tr.lemma(g)
		if tr.child(g, "obj", "iobj") >= 0 {
			break // "expects Korea to reject", "urged Iran to": the governor's modality is its own act's
		}
		switch {
		case lx.in("intent", gl):
			future = true
		case lx.in("hedge", gl):
			hedged = true
		case lx.in("aspect", gl):
		default:
			return mode0(future, cond), neg, hedged
		}
		c = g
	}
	return mode0(future, cond), neg, hedged
}

func mode0(future, cond bool) Mode {
	switch {
	case cond:
		return Conditional
	case future:
		return Future
	}
	return Asserted
}

// negated reports a negation on verb i or on the intent/hedge/aspect verbs above it.
func (lx *Lexicon) negated(tr *tree, i int) bool {
	_, neg, _ := lx.modality(tr, i)
	return neg
}

// isCue reports whether token g carries any cue entry (used for scope: a clause under another
// cue is that cue's content).
func (lx *Lexicon) isCue(tr *tree, g int) bool {
	return len(lx.cands(tr, g)) > 0
}

// demandsAt reports whether token g carries a cue entry that demands in some mode.
func (lx *Lexicon) demandsAt(tr *tree, g int) bool {
	for _, c := range lx.cands(tr, g) {
		if c.types.demands() {
			return true
		}
	}
	return false
}

// assertsAct reports whether token g carries a cue entry with a relation type in the asserted
// mode.
func (lx *Lexicon) assertsAct(tr *tree, g int) bool {
	for _, c := range lx.cands(tr, g) {
		if c.types.Asserted != "" {
			return true
		}
	}
	return false
}

// scope decides whose act the cue at predicate p is. It climbs from p through infinitives under
// intent, hedge and aspect verbs to the clause head, then looks at what governs the clause.
func (lx *Lexicon) scope(tr *tree, p int, mode Mode, src int) (Scope, int) {
	c := p
	for depth := 0; depth < 8; depth++ {
		h := tr.t[c].Head
		if h < 0 {
			return Own, -1
		}
		r := base(tr.rel(c))
		hl := tr.lemma(h)
		switch r {
		case "conj":
			c = h
			continue
		case "xcomp":
			if tr.child(h, "obj", "iobj") >= 0 && lx.in("scope", hl) {
				return Belief, h // "Japan expects Korea to reject"
			}
			if tr.child(h, "obj", "iobj") < 0 && (lx.in("intent", hl) || lx.in("hedge", hl) || lx.in("aspect", hl)) {
				c = h
				continue
			}
			fallthrough
		case "ccomp", "csubj":
			switch {
			case lx.in("scope", hl):
				return Belief, h
			case lx.isCue(tr, h) && !(lx.in("report", hl) && !lx.assertsAct(tr, h)):
				// "insisted that Albania withdraw", "warned that …"; a verb of saying whose own
				// entry names no act when asserted ("adding that …": ADD is a cue only in the
				// future, GRANT 060) reports its clause
				return Content, h
			case lx.in("report", hl) && lx.deontic(tr, c) >= 0:
				return Content, h // "said Libya must hand over": the speaker's demand
			case lx.in("report", hl):
				if mode == Asserted || lx.sameActor(tr, src, h) {
					return Own, -1
				}
				return Prediction, h
			}
			return Own, -1
		case "advcl":
			if lx.in("condition", tr.caseOf(c)) {
				return Hypothesis, h
			}
			if tr.caseOf(c) == "to" && lx.demandsAt(tr, h) && tr.demandedInfinitive(h) == c {
				return Content, h // "urged the parties to return": what is demanded (targetOf)
			}
			if tr.caseOf(c) == "to" && tr.adjacentInfinitive(h) == c && lx.isCue(tr, h) {
				return Content, h // "threatened on Tuesday to strike": the threat's content
			}
			return Own, -1
		case "obj", "nsubj:pass":
			// a cue noun sought, not had: "sought Arab support", "demanded an apology"
			if tr.t[c].UPOS == "NOUN" && lx.in("opaque", hl) {
				return Content, h
			}
			return Own, -1
		case "acl":
			// a complement clause of a cue noun, not a participle describing it ("the curfew
			// imposed in May")
			if m := tr.caseOf(c); (m == "to" || m == "that") && lx.isCue(tr, h) {
				return Content, h // "pressure on Bolivia to reject", "its refusal to sign"
			}
			return Own, -1
		}
		return Own, -1
	}
	return Own, -1
}

// sameActor reports whether the embedded source src may be the speaker of report verb h: a
// pronoun (which the coreference stage resolves, usually to the speaker: "Hungary said it will
// send …") or the same word as the speaker's head.
func (lx *Lexicon) sameActor(tr *tree, src, h int) bool {
	if src < 0 {
		return true
	}
	if tr.t[src].UPOS == "PRON" {
		return true
	}
	sp, _ := tr.verbSource(h, 0)
	return sp >= 0 && tr.lemma(sp) == tr.lemma(src)
}

// tensed reports a finite verb's Penn tag: past (VBD) or present (VBZ, VBP).
func tensed(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }
