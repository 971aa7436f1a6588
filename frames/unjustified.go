package frames

// unjustifiedJudgement reads a condemnation stated by denying that anything justifies an act
// (issue 13, constructions19 A10): "nothing can justify the killing of civilians", "no grievance
// can justify the bombing of a school", "neither the siege nor the blockade justifies …", "there
// can be no justification for the attack". A verb or noun of justifying (modality.txt justify:
// OED justify v. "to show or maintain the justice or reasonableness of (an action)"; excuse,
// warrant) whose subject is a negative pronoun or a noun phrase with a negative determiner or
// coordinator (Quirk et al. 1985, 10.58: a negative word outside the verb phrase negates the
// clause), or a noun of justifying with "no" as the subject of an existential "there be" (Quirk
// 18.44) with a for-phrase, says the act has no justification: the speaker judges it
// unjustified, as "the attack was unjustified" does (judgement-copula; CAMEO 11 "disapprove",
// PLOVER DISAPPROVE). Target: the verb's object or the noun's for-phrase. Source: the subject
// of a verb of saying whose complement the clause is, or of one after it ("…, Chile said"); a
// main clause with neither leaves -1 (the loader takes the quotation's speaker); a clause under
// anything else (a condition, a belief) states no judgement. A positive subject ("security
// concerns justify the measures") or a bare negated verb ("did not justify") is not this
// construction.
func (lx *Lexicon) unjustifiedJudgement(tr *tree, k int) (Match, bool) {
	m := Match{Cue: k, Kind: "verb", Source: -1, Target: -1, Content: -1, Mode: Asserted, Scope: Own, Outer: -1}
	if !lx.in("justify", tr.lemma(k)) {
		return m, false
	}
	c := k
	switch tr.t[k].UPOS {
	case "VERB":
		s := tr.child(k, "nsubj")
		if s < 0 || !lx.negativePhrase(tr, s) {
			return m, false
		}
		m.Target = tr.child(k, "obj")
	case "NOUN":
		m.Kind = "noun"
		b := tr.t[k].Head
		if b < 0 || tr.rel(k) != "nsubj" || tr.lemma(b) != "be" || tr.child(b, "expl") < 0 || !lx.negDeterminer(tr, k) {
			return m, false
		}
		for _, n := range tr.kids[k] {
			if base(tr.rel(n)) == "nmod" && tr.caseOf(n) == "for" {
				m.Target = n
			}
		}
		c = b
	default:
		return m, false
	}
	if m.Target < 0 || !tr.nominal(m.Target) {
		return m, false
	}
	m.Rule = "frames:judgement-unjustified:modality/justify/" + tr.lemma(k)
	return lx.reportedJudgement(tr, m, c)
}

// negativePhrase reports a noun phrase that negates its clause: a negative pronoun (nothing,
// none, nobody: modality.txt negation, and "nothing", Quirk et al. 1985, 10.58), a noun with a
// negative determiner ("no grievance"), or coordination under "neither … nor" (13.42).
func (lx *Lexicon) negativePhrase(tr *tree, s int) bool {
	if l := tr.lemma(s); l == "nothing" || tr.t[s].UPOS == "PRON" && lx.in("negation", l) {
		return true
	}
	if lx.negDeterminer(tr, s) {
		return true
	}
	for _, k := range tr.kids[s] {
		if base(tr.rel(k)) == "cc" && k < s && tr.lemma(k) == "neither" {
			return true
		}
	}
	return false
}
