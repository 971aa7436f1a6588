package frames

// Prepositional arguments of a cue: which obl or nmod is an argument ("against", "on", "with"),
// and which is a time, a limit or a companion rather than a participant. Split from args.go.

// argOf returns the obl or nmod of i whose case is prep and that is no phrase of time ("will
// meet on Tuesday": Tuesday is when, not whom).
func (tr *tree) argOf(i int, prep string) int {
	for _, k := range tr.kids[i] {
		if b := base(tr.rel(k)); (b == "obl" || b == "nmod") && tr.caseOf(k) == prep && !tr.timeNoun(k) && !tr.limitPhrase(k) {
			return k
		}
	}
	for _, k := range tr.kids[i] {
		// a preposition over a gerund clause ("committed to opening up the economy", "critical of
		// allowing"): UD v2 makes the clause an advcl with the preposition as its mark; it is the
		// prepositional complement all the same (Quirk et al. 1985, 16.69: adjective + preposition
		// + -ing clause); on a noun UD makes it an acl ("in favour of joining NATO", "the
		// threat of imposing tariffs"), a prepositional postmodifier with an -ing clause as
		// complement (Quirk et al. 1985, 17.52)
		if r := tr.rel(k); (r == "advcl" || r == "acl") && tr.t[k].XPOS == "VBG" && tr.caseOf(k) == prep {
			return k
		}
	}
	return -1
}

// retaliatoryRelative reports a noun whose relative clause says it was taken as a coercive
// measure: the clause has an adjunct headed by a hostile word ("the measures it took in
// retaliation": modality.txt hostile), which characterises the noun as a retaliatory adjective
// would ("the retaliatory measures"; a restrictive relative clause is a postmodifier of its noun,
// Quirk et al. 1985, 17.8 ff.).
func (lx *Lexicon) retaliatoryRelative(tr *tree, o int) bool {
	for _, r := range tr.children(o, "acl:relcl") {
		for _, k := range tr.kids[r] {
			if b := base(tr.rel(k)); (b == "obl" || b == "advmod") && lx.in("hostile", tr.lemma(k)) {
				return true
			}
		}
	}
	return false
}

// limitPhrase reports a to-phrase of limit ("fight to the end", "to the last", "to the death";
// modality.txt class limit) with the definite article: an adjunct saying how far the act goes,
// never what it is aimed at.
func (tr *tree) limitPhrase(k int) bool {
	if tr.lx == nil || tr.caseOf(k) != "to" || !tr.lx.in("limit", tr.lemma(k)) {
		return false
	}
	d := tr.child(k, "det")
	return d >= 0 && tr.lower[d] == "the"
}

// timeMisattached returns the phrase with preposition prep that the parser hung on a phrase of
// time of verb i with the same preposition ("imposed sanctions on Wednesday on Mediterranea Gas
// Trading"): a noun of time takes no such prepositional phrase, so it is the verb's own. -1 when
// there is none.
func (tr *tree) timeMisattached(i int, prep string) int {
	for _, k := range tr.kids[i] {
		if b := base(tr.rel(k)); (b == "obl" || b == "nmod") && tr.caseOf(k) == prep && tr.timeNoun(k) {
			for _, n := range tr.children(k, "nmod") {
				if tr.caseOf(n) == prep {
					return n
				}
			}
		}
	}
	return -1
}

// comitative reports a with-phrase of accompaniment ("abstained along with China", "together with
// Peru"): it names a companion of the subject, who acts alongside it, not what the act is aimed
// at (Quirk et al. 1985 on with, along with, together with expressing accompaniment).
func (tr *tree) comitative(k int) bool {
	for _, d := range tr.kids[k] {
		if base(tr.rel(d)) == "advmod" && (tr.lemma(d) == "along" || tr.lemma(d) == "together") {
			return true
		}
	}
	if h := tr.t[k].Head; h >= 0 {
		for _, d := range tr.kids[h] {
			if base(tr.rel(d)) == "advmod" && d == k-2 && (tr.lemma(d) == "along" || tr.lemma(d) == "together") {
				return true // "along" hung on the verb right before "with"
			}
		}
	}
	return false
}

// participleArg returns the prep-phrase of noun i's past-participle postmodifier when the
// participle is the noun's own support or light verb ("countermeasures taken against Canada",
// "sanctions imposed on Belarus", "duties levied on steel"): the -ed clause is a reduced passive
// relative (Quirk et al. 1985, 17.18: "the countermeasures which were taken against Canada"), and
// a support verb's prepositional argument is its noun's (Mel'čuk 1996 on Oper1: "impose sanctions
// on X" = "sanctions on X"; the support verb's own arguments are sought the same way in
// targetOf). -1 when there is none.
func (tr *tree) participleArg(i int, prep string) int {
	if tr.lx == nil {
		return -1
	}
	for _, a := range tr.children(i, "acl") {
		if tr.t[a].XPOS != "VBN" || !tr.lx.in("support", tr.lemma(a)) && !tr.lx.in("light", tr.lemma(a)) {
			continue
		}
		if k := tr.argOf(a, prep); k >= 0 {
			return k
		}
	}
	return -1
}
