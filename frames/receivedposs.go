package frames

// receivedFromAgent reports a noun cue n that is the object of a verb of receiving (undergoVerb)
// and names its agent in a from-phrase, on it or on the verb: "Cruz scored his first endorsement
// from Mike Lee", "the mayor won her first endorsement from the union". The agent of the act is
// the from-phrase (fromAgent), so a possessor of n is not its agent but the one who receives it,
// bound by the verb's subject (the possessive of a nominal may name its theme or recipient when
// another phrase names the agent: Quirk et al. 1985, 17.41-17.42 on subjective and objective
// genitives; Grimshaw 1990, ch. 3), and the noun-received frame reads the pair.
func (lx *Lexicon) receivedFromAgent(tr *tree, n int) bool {
	v := lx.undergoVerb(tr, n)
	if v < 0 || !lx.fromAgent(tr.lemma(n)) {
		return false
	}
	a := tr.oblWith(n, "from")
	if a < 0 {
		a = tr.oblWith(v, "from")
	}
	return a >= 0 && !tr.timeNoun(a) && tr.nominal(a)
}
