package frames

import "github.com/claimgraph/claimgraph/graph"

// Adjunct stances: a noun cue heading a prepositional adjunct of a clause, with no argument of
// its own, names another actor's stance toward the act that clause reports. "Over a U.S.
// objection, the Governors decided to commence negotiations": the objection was to the decision;
// "at China's request, the council postponed the vote": the postponement was asked for. A
// concessive adjunct (modality.txt concessive: despite, notwithstanding, over) contrasts the
// stance with the act, so only a noun of opposition is aimed at it; an adjunct of circumstance
// (modality.txt auspice: at, with, under) says under whose support, request or pressure the
// act was done, so only a noun of support or demand is (Quirk et al. 1985, ch. 9 on the
// prepositions' meanings; PLOVER DISAPPROVE, SUPPORT, REQUEST and DEMAND, which all take the act
// as what the stance is about). "Despite US support, the bill failed" and "with Chinese
// opposition, …" relate no stance to the act and give nothing here.

// adjunctAct returns the verb whose clause noun cue n (of entry c) modifies as such an adjunct,
// -1 when none.
func (lx *Lexicon) adjunctAct(tr *tree, n int, c cand) int {
	h := tr.t[n].Head
	p := tr.caseOf(n)
	if h >= 0 && tr.rel(n) == "nmod" && p == "of" && tr.caseOf(h) == "in" && lx.in("concessive", tr.lemma(h)) {
		// "in spite of Egypt's protests": the complex preposition in + noun + of (Quirk et al.
		// 1985, 9.10–9.11) parsed as a noun with the cue in its of-phrase; the phrase is the
		// adjunct, the clause it hangs on the act
		n, h, p = h, tr.t[h].Head, "despite"
	}
	if h >= 0 && base(tr.rel(n)) == "nmod" && lx.in("auspice", p) && tr.t[h].UPOS == "NOUN" && base(tr.rel(h)) == "obl" {
		// "rose through the ranks during his tenure with the support of …": a with-, at- or
		// under-phrase of circumstance after a noun that is itself a clause adjunct is the
		// clause's adjunct too (a prepositional phrase after an adverbial one may attach to the
		// clause or to the noun, Quirk et al. 1985, 9.4 and 17.41; a noun of time or place
		// takes no stance), so the parser's attachment to the noun is lifted to the verb
		h = tr.t[h].Head
	}
	if h < 0 || base(tr.rel(n)) != "obl" && base(tr.rel(n)) != "nmod" || tr.t[h].UPOS != "VERB" || tr.child(n, "cop") >= 0 {
		return -1
	}
	if tr.child(h, "nsubj", "nsubj:pass") < 0 && tr.rel(h) != "xcomp" && !controlledAdverbial(tr, h) {
		// a subjectless participle is often the parser's reading of a noun ("opened the border
		// crossing on Monday despite …", crossing as a verb); the adjunct's clause must be one,
		// with its own subject or a controlled one ("began filling the dam despite …")
		return -1
	}
	if tr.child(n, "acl", "acl:relcl") >= 0 {
		// "with demand from China falling, …": a with-clause whose noun has a predicate of its
		// own is a verbless or non-finite clause (Quirk et al. 1985, ch. 15 on absolute clauses),
		// saying what the noun does, not under whose stance the act was done
		return -1
	}
	switch c.types.Asserted {
	case graph.Opposes:
		if !lx.in("concessive", p) {
			return -1
		}
	case graph.Supports, graph.Demands:
		if !lx.in("auspice", p) {
			return -1
		}
	default:
		return -1
	}
	return h
}

// controlledAdverbial reports a subjectless -ing clause v that is an adverbial of a clause with
// a subject ("responded by settling the dispute", "after meeting the envoy"): its understood
// subject is the superordinate clause's (the attachment rule for non-finite adverbial clauses,
// Quirk et al. 1985, 15.59), so it reports that subject's act as a finite clause does.
func controlledAdverbial(tr *tree, v int) bool {
	h := tr.t[v].Head
	return h >= 0 && tr.rel(v) == "advcl" && tr.t[v].XPOS == "VBG" && tr.t[h].UPOS == "VERB" && tr.child(h, "nsubj") >= 0
}

// adjunctHolder returns the holder and the act of adjunct stance noun n (of entry c) whose
// frame so far found source src and target target: the verb of the clause the adjunct modifies
// (adjunctAct) and the noun's agent, its source or else its subjective of-phrase
// (adjunctAgent); (-1, -1) when n heads no such adjunct or names no agent. A target already
// found is kept (n takes an argument of its own, no adjunct reading), except the of-phrase of a
// noun under "the" with no source ("with the support of the farm lobby"): in an adjunct of
// circumstance the noun's of-genitive is its subjective genitive, the one who supports or asks
// (Quirk et al. 1985, 5.116–5.118, 17.41), as "with the farm lobby's support" is.
func (lx *Lexicon) adjunctHolder(tr *tree, n int, c cand, src, target int) (int, int) {
	if target >= 0 && (src >= 0 || target != tr.ofGenitive(n)) {
		return -1, -1
	}
	v := lx.adjunctAct(tr, n, c)
	if v < 0 {
		return -1, -1
	}
	if target >= 0 && !lx.in("auspice", tr.caseOf(n)) {
		return -1, -1 // "despite the criticism of the plan": the of-phrase names what is opposed
	}
	if src < 0 {
		src = tr.adjunctAgent(n)
	}
	if src < 0 || tr.clauseBoundPossessive(src) {
		return -1, -1
	}
	return src, v
}

// adjunctAgent returns the agent an adjunct stance noun n names in an of-phrase ("at the request
// of Kenya", "with the support of Japan", "over the objections of Germany"), -1 when none: the
// of-phrase of a noun of saying or asking with no other argument is its subjective genitive
// (Quirk et al. 1985, ch. 5 on the genitive's meanings: "the request of the government", the
// government requested), as "Kenya's request" is; the caller keeps it only when it names an actor.
func (tr *tree) adjunctAgent(n int) int {
	a := tr.oblWith(n, "of")
	if a < 0 || tr.timeNoun(a) || !tr.nominal(a) {
		return -1
	}
	return a
}

// clauseBoundPossessive reports a third-person possessive pronoun ("at her request", "with
// their support"): in an adjunct it may corefer with any participant of the clause it modifies
// or with one before it (binding Principle B leaves a pronoun free within its clause, Chomsky
// 1981): "Wang met Bishop at her request" is Bishop's request, which the coreference stage,
// reading the pronoun against the article's earlier actors, does not weigh. A first-person one
// (my, our) is the speaker's and stays.
func (tr *tree) clauseBoundPossessive(k int) bool {
	return tr.t[k].UPOS == "PRON" && tr.lower[k] != "my" && tr.lower[k] != "our"
}
