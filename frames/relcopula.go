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
		if a := tr.appositionAnchor(h); a >= 0 {
			// "the insiders, a group that is opposed to the plan": the indefinite noun phrase is
			// an appositive of the anchor, so what its clause predicates it predicates of the
			// anchor (appositionAnchor)
			return a, true
		}
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

// appositionAnchor returns the anchor of appositive noun h when h is a collective noun of an
// organized body (memberBody: group, organization, movement, coalition, bloc, …) set off by a
// comma right after a noun phrase ("the insiders, a group that …", "Citizens Watch, a
// conservative group that …"), -1 otherwise. (A person noun appositive, "Ruiz, a lawyer who …",
// is left to the loader's titled-appositive reading.) Nonrestrictive apposition is coreference: the appositive describes the anchor and
// "A, a B that V-s" says that A V-s (Quirk et al. 1985, 17.65–17.67, 17.72 on appositives with a
// postmodifying relative clause), so a relative clause on the appositive predicates of the anchor.
// The anchor is the noun phrase the comma closes (an appositive follows its anchor at once,
// 17.65), whatever the parser hung the appositive on; of coordinated nouns ("regulars and
// insiders, a group that …") the first conjunct, which heads the coordination (UD). Not a pronoun,
// and not a time or place word the parser closed the phrase with.
func (tr *tree) appositionAnchor(h int) int {
	if h < 2 || tr.t[h].UPOS != "NOUN" || tr.lx == nil || !tr.lx.memberBody(tr, h) || tr.rel(h) != "appos" && tr.rel(h) != "obj" && tr.rel(h) != "conj" {
		return -1
	}
	c := h - 1
	if d := tr.child(h, "det"); d >= 0 && d < h {
		c = d - 1
	}
	for k := c + 1; k < h; k++ {
		if tr.t[k].Head != h {
			return -1 // only the appositive's own determiner and modifiers between comma and noun
		}
	}
	if c < 1 || tr.lower[c] != "," {
		return -1
	}
	a := c - 1
	if !tr.nominal(a) || tr.t[a].UPOS == "PRON" || tr.timeNoun(a) {
		return -1
	}
	if d := tr.child(a, "det"); d >= 0 && indefiniteDeterminers[tr.lower[d]] {
		return -1 // "a senator, a man who …": a nonspecific anchor names no actor (5.26–5.29)
	}
	for steps := 0; steps < 6 && tr.t[a].UPOS == "PROPN" && tr.t[a].Head >= 0 && tr.t[a].Head < a && tr.t[tr.t[a].Head].UPOS == "PROPN" &&
		(tr.rel(a) == "flat" || tr.rel(a) == "compound" || base(tr.rel(a)) == "nmod"); steps++ {
		a = tr.t[a].Head // the head of a name of several words ("Democracy for America", "Judicial Watch")
	}
	if tr.rel(a) == "conj" && tr.t[a].Head >= 0 && tr.t[a].Head < a && tr.nominal(tr.t[a].Head) {
		a = tr.t[a].Head
	}
	if tr.rel(h) == "obj" && tr.t[h].Head != a || tr.rel(h) == "conj" && tr.t[h].Head != a {
		return -1 // an object or conjunct of something else is no appositive of the noun before the comma
	}
	return a
}

// indefiniteDeterminers open a noun phrase of nonspecific or indefinite reference (Quirk et al.
// 1985, 5.26–5.29): a closed class.
var indefiniteDeterminers = map[string]bool{"a": true, "an": true, "any": true, "another": true, "some": true, "no": true, "every": true, "each": true}

// relclHolder returns the holder of a relative clause's act whose relative pronoun is its subject
// and h the noun the clause modifies: h, or the anchor of h when h is a collective appositive
// (appositionAnchor), with frame, or frame + "-appos". A relative clause conjoined to another
// ("X, whom the president appointed envoy, and who now backs Y": verb-relcl-conj) modifies the
// same antecedent; coordinated relative clauses share it, each with its own relative pronoun
// (Quirk et al. 1985, 13.49, 17.22 on coordinated nonrestrictive relative clauses), so the
// pronoun subject of the second stands for the noun the first modifies.
func (tr *tree) relclHolder(h int, frame string) (int, string) {
	if a := tr.appositionAnchor(h); a >= 0 {
		return a, frame + "-appos"
	}
	return h, frame
}

// appositiveFrame returns frame + "-appos" when the holder a that predicateAntecedent found for
// predicate i is not the noun i's relative clause modifies (an appositive's anchor), else frame.
func (tr *tree) appositiveFrame(i, a int, frame string) string {
	if h := tr.t[i].Head; h >= 0 && a != h {
		return frame + "-appos"
	}
	return frame
}
