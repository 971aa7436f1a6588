package frames

// Argument helpers of the frame matcher: noun complements, assertion and effect tests, ability
// modals, relative clauses (moved from args.go unchanged).

// nounComplement returns the prepositional complement of noun n, the object of verb v: an
// obl/nmod on n, or on v right after n, whose preposition introduces what a stance is about (at,
// over, about, with, against, to, toward(s), on, for, of); -1 when none or a phrase of time.
func (tr *tree) nounComplement(n, v int) int {
	preps := []string{"at", "over", "about", "with", "against", "to", "toward", "towards", "on", "for", "of"}
	for _, h := range []int{n, v} {
		for _, k := range tr.kids[h] {
			if b := base(tr.rel(k)); (b == "obl" || b == "nmod") && k > n && !tr.timeNoun(k) {
				c := tr.caseOf(k)
				for _, p := range preps {
					if c == p {
						return k
					}
				}
			}
		}
	}
	return -1
}

// assertive reports a content clause that states rather than requires: indicative (past or
// third-person present), or with a modal of future or condition ("insisted it would not accept
// the ruling", "will"), and no modal of obligation. A mandative clause, what a demand takes, has
// the subjunctive or putative should (Quirk et al. 1985, 16.32); a will/would clause predicts.
func (lx *Lexicon) assertive(tr *tree, c int) bool {
	if lx.deontic(tr, c) >= 0 {
		return false
	}
	if tr.indicative(c) {
		return true
	}
	for _, k := range tr.kids[c] {
		if base(tr.rel(k)) == "aux" && (lx.in("future", tr.lemma(k)) || lx.in("conditional", tr.lemma(k))) {
			return true
		}
	}
	return false
}

// possibleEffect reports a clause that states a possible effect of a thing: a hedge modal
// (may, might, could), a common-noun subject that names no coercive measure (modality.txt
// hostile), and a predicate that is no cue of its own.
func (lx *Lexicon) possibleEffect(tr *tree, c int) bool {
	modal := false
	for _, k := range tr.kids[c] {
		modal = modal || base(tr.rel(k)) == "aux" && lx.in("hedge", tr.lemma(k))
	}
	s := tr.child(c, "nsubj")
	return modal && s >= 0 && tr.t[s].UPOS == "NOUN" && !lx.in("hostile", tr.lemma(s)) && !lx.isCue(tr, c)
}

// physicalRoot reports a CAMEO code whose root names a physical or material act rather than a
// verbal one (CAMEO codebook: 04 consult, 06 material cooperation, 07 aid, 08 yield, 09
// investigate, 14 protest, 15 force posture, 16 reduce relations, 17 coerce, 18 assault, 19 fight,
// 20 mass violence; 01–03, 05 and 10–13 are verbal: statements, appeals, intents, approval,
// demands, disapproval, rejection, threats).
func physicalRoot(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "04", "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// abilityModal reports a modal of ability or possibility (modality.txt ability: can, could) on
// predicate p, or on the first conjunct whose auxiliaries p shares: negated, it states inability
// ("chipmakers couldn't expand their capacity"), not a refusal, which negated will and would
// express (Quirk et al. 1985, 4.52–4.55).
func (lx *Lexicon) abilityModal(tr *tree, p int) bool {
	kids := tr.kids[p]
	if h := tr.t[p].Head; tr.rel(p) == "conj" && h >= 0 && tr.child(p, "aux") < 0 {
		kids = append(kids[:len(kids):len(kids)], tr.kids[h]...)
	}
	for _, k := range kids {
		if base(tr.rel(k)) == "aux" && lx.in("ability", tr.lemma(k)) {
			return true
		}
	}
	return false
}

// outsideRelative returns, for a noun h that a verb at i hangs on, the noun modified by the
// non-restrictive relative clause h lies in when a comma closes that clause before i ("The
// Kenya Chamber of Industry, which represents about 900 manufacturers, supported …": the
// Chamber supported, not the manufacturers). A non-restrictive relative clause is set off by
// commas on both sides (Quirk et al. 1985, 17.22), so what follows the closing comma continues
// the clause of the noun it modifies. h itself otherwise.
func (tr *tree) outsideRelative(h, i int) int {
	for n, c := 0, h; n < 8 && c >= 0; n++ {
		p := tr.t[c].Head
		if p < 0 {
			break
		}
		if tr.rel(c) == "acl:relcl" {
			// c heads the relative clause on p: it must open with a comma and close before i
			if c > 0 && p < c {
				for k := p + 1; k < c; k++ {
					if tr.t[k].Form == "," {
						if i > 0 && tr.t[i-1].Form == "," {
							return p
						}
						break
					}
				}
			}
			break
		}
		c = p
	}
	return h
}

// conditionAgent returns the active subject of a conditional clause (an advcl whose mark is of
// the class condition: if, unless) of verb i, when it is a noun or name and not the cue's own
// source; -1 otherwise.
func (lx *Lexicon) conditionAgent(tr *tree, i, src int) int {
	for _, a := range tr.kids[i] {
		if r := base(tr.rel(a)); r != "advcl" && r != "ccomp" || !lx.in("condition", tr.caseOf(a)) {
			continue // (an if-clause parsed as ccomp: see frame)
		}
		s := tr.child(a, "nsubj")
		if s < 0 || s == src || tr.t[s].UPOS == "PRON" {
			continue
		}
		return s
	}
	return -1
}
