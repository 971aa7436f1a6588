package frames

// stanceComplement returns the complement of a stance noun that a support verb takes as its
// object with a possessive pronoun ("reaffirmed their commitment to deepen cooperation",
// "reiterated its support for the peace process", "renewed their call for a ceasefire"), -1
// when there is none. Such a verb is the noun's Oper1 (Mel'čuk 1996; CGEL ch. 5 on light and
// support verbs): it adds no event of its own, and the possessive is bound by its subject, so
// what the clause is about is what the noun is about, its complement — a to-infinitive or a
// prepositional phrase in to or for (Quirk et al. 1985, 17.23–17.29 on noun complementation).
// The dictionary pattern ("CONFIRM * COMMITMENT" 050) keeps its code; the noun phrase with
// its possessive is not the target. The parser often hangs the complement on the verb
// (advcl marked to, obl in for/to after the noun); that reading is taken too.
func (tr *tree) stanceComplement(v, n int) int {
	if tr.lx == nil || n < 0 || tr.t[n].UPOS != "NOUN" || !tr.lx.in("support", tr.lemma(v)) {
		return -1
	}
	if p := tr.child(n, "nmod:poss"); p < 0 || tr.t[p].UPOS != "PRON" {
		return -1
	}
	if len(tr.lx.classes["noun "+tr.lemma(n)]) == 0 {
		return -1 // not a stance noun of the classes ("renewed its fleet")
	}
	comp := func(h, k int, clause, phrase string) bool {
		switch base(tr.rel(k)) {
		case clause:
			return tr.caseOf(k) == "to" && tr.t[k].UPOS == "VERB"
		case phrase:
			c := tr.caseOf(k)
			return c == "to" || c == "for"
		}
		return false
	}
	for _, k := range tr.kids[n] {
		if k > n && comp(n, k, "acl", "nmod") {
			return k
		}
	}
	for _, k := range tr.kids[v] {
		if k > n && comp(v, k, "advcl", "obl") {
			return k
		}
	}
	return -1
}

// stanceNounComplement reports that every preposition of preps found on noun o (oblWith) is "to"
// or "for" and o is a stance noun of the classes ("commitment", "support", "call"): such a noun
// takes a prepositional complement of its own in to or for ("welcomed Fiji's commitment to
// sustainable fisheries"; Quirk et al. 1985, 17.23–17.29 on noun complementation), so the phrase
// is the noun's, not the verb's prepositional object hung on the noun by the parser ("welcomed
// the president to the palace", the guest sense of a with:to class line). False when no
// preposition of preps is on o.
func (tr *tree) stanceNounComplement(o int, preps []string) bool {
	if tr.lx == nil || o < 0 || tr.t[o].UPOS != "NOUN" || len(tr.lx.classes["noun "+tr.lemma(o)]) == 0 {
		return false
	}
	found := false
	for _, p := range preps {
		if tr.oblWith(o, p) < 0 {
			continue
		}
		if p != "to" && p != "for" {
			return false
		}
		found = true
	}
	return found
}
