package frames

// predicateAntecedent returns the antecedent of the relative pronoun src when src is the subject
// of predicate i — a predicative adjective or agent noun with its copula — inside a relative
// clause: "Maria Lopez, who has been critical of the governor, …", "a group that is vigorously
// opposed to the plan", "judges who are supporters of the law". A relative pronoun stands for
// the noun phrase the clause modifies (Quirk et al. 1985, 17.8–17.10), so what the clause
// predicates of the pronoun it predicates of that noun, as verbSource does for a verb cue
// (verb-relcl). The clause is i's acl:relcl on a nominal head before it, or an appos the parser
// gave a comma-led nonrestrictive relative clause (17.22: the comma marks it; an appositive
// noun phrase has no relative pronoun of its own). The head must be a noun or name: a relative
// on an adjective or verb ("unclear who is opposed") is an interrogative clause, nobody's
// stance. Returns src and false otherwise.
func (tr *tree) predicateAntecedent(i, src int) (int, bool) {
	if src < 0 || src > i || !relativePronouns[tr.lower[src]] {
		return src, false
	}
	h := tr.t[i].Head
	if h < 0 || h >= src || !tr.nominal(h) || tr.t[h].UPOS == "PRON" {
		return src, false
	}
	switch tr.rel(i) {
	case "acl:relcl":
		if (src == 0 || tr.lower[src-1] != ",") && !tr.definiteHead(h) {
			// a restrictive relative on an indefinite or bare head ("would nominate justices who
			// are opposed to abortion", "a group that is opposed to it") defines a kind or a
			// nonspecific member of one (Quirk et al. 1985, 17.3 on restrictive modification,
			// 5.26–5.29 on nonspecific and generic reference): it names no actor whose stance is
			// stated
			return src, false
		}
	case "appos":
		if src == 0 || tr.lower[src-1] != "," || tr.lower[src] == "that" {
			return src, false // "that" opens no nonrestrictive relative clause (Quirk et al. 1985, 17.15)
		}
	default:
		return src, false
	}
	return h, true
}

// definiteHead reports a noun phrase of specific reference: a name, or a noun with a definite
// determiner (the, this, that, these, those) or a possessor (Quirk et al. 1985, 5.26–5.33 on
// definite reference).
func (tr *tree) definiteHead(h int) bool {
	if tr.t[h].UPOS == "PROPN" || tr.child(h, "nmod:poss") >= 0 {
		return true
	}
	if d := tr.child(h, "det"); d >= 0 {
		switch tr.lower[d] {
		case "the", "this", "that", "these", "those":
			return true
		}
	}
	return false
}
