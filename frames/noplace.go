package frames

// noPlaceJudgement reads the idiom "<NP> has no place in <NP>" at the noun "place" (token k):
// the subject is declared unacceptable where the in-phrase says ("Intimidation of the press has
// no place in a democracy", "Terrorism has no place in any society"), a condemnation of what the
// subject names: Cambridge Dictionary, "have no place": "to not be suitable or acceptable in a
// particular situation"; CAMEO 111 "criticize or denounce", PLOVER DISAPPROVE. The noun is the
// object of "have" under the negative determiner "no" (negDeterminer), with an in-phrase on the
// noun or on the verb; the subject is a noun phrase (the target). Source as for the other
// judgements (reportedJudgement): a verb of saying over or after the clause, else -1 (the loader
// takes the quotation's or the speaking unit's speaker). "There is no place for X" and "has a
// place in" are not this idiom.
func (lx *Lexicon) noPlaceJudgement(tr *tree, k int) (Match, bool) {
	m := Match{Cue: k, Kind: "noun", Source: -1, Target: -1, Content: -1, Mode: Asserted, Scope: Own, Outer: -1}
	if tr.t[k].UPOS != "NOUN" || tr.lemma(k) != "place" || tr.rel(k) != "obj" || !lx.negDeterminer(tr, k) {
		return m, false
	}
	v := tr.t[k].Head
	if v < 0 || tr.lemma(v) != "have" {
		return m, false
	}
	in := false
	for _, p := range []int{k, v} {
		for _, c := range tr.kids[p] {
			if r := base(tr.rel(c)); (r == "nmod" || r == "obl") && tr.caseOf(c) == "in" {
				in = true
			}
		}
	}
	s := tr.child(v, "nsubj")
	if !in || s < 0 || !tr.nominal(s) {
		return m, false
	}
	m.Target = s
	m.Rule = "frames:judgement-noplace:grammar/have-no-place"
	return lx.reportedJudgement(tr, m, v)
}

// supportNouns are the nouns of backing that a possessor gives to the subject of "have" ("X has
// our support", "… have Japan's full backing", "… have our solidarity"): cue-classes.txt's noun
// class of support (CAMEO 051, PLOVER SUPPORT) in its commonest forms.
var supportNouns = map[string]bool{"support": true, "backing": true, "solidarity": true}

// possessedSupport reads "<NP> has <possessor>'s support" at the noun (token k): the possessor
// supports the subject. A possessive before a noun of action is its subjective genitive, the
// doer of the act (Quirk et al. 1985, 17.41: "our support" is the support we give), and "have"
// says who receives it: "Independent reporters have our support" → we SUPPORT the reporters;
// "Ukraine has Japan's full backing" → Japan SUPPORTS Ukraine. The noun is the object of "have"
// with a possessor (nmod:poss) and no negation; the subject is a noun phrase (the target).
// "We have their support" makes the possessor support the speaker. The of-genitive is the
// possessive's equivalent (Quirk et al. 1985, 5.116-5.118, 17.41: "the support of Japan" is
// Japan's support, its subjective of-phrase): "Ukraine has the full backing of Japan" → Japan
// SUPPORTS Ukraine (ofGenitive). Not: "support for X" after
// another verb (noun-support), "has no support".
func (lx *Lexicon) possessedSupport(tr *tree, k int) (Match, bool) {
	m := Match{Cue: k, Kind: "noun", Source: -1, Target: -1, Content: -1, Mode: Asserted, Scope: Own, Outer: -1}
	// ("backing" after a possessor is a noun whatever the tagger says: a possessive determines a
	// noun phrase, Quirk et al. 1985, 5.13, so its head is read by its form)
	if u := tr.t[k].UPOS; u != "NOUN" && u != "VERB" || !supportNouns[tr.lemma(k)] && !supportNouns[tr.lower[k]] || tr.rel(k) != "obj" || lx.negDeterminer(tr, k) {
		return m, false
	}
	v := tr.t[k].Head
	if v < 0 || tr.lemma(v) != "have" {
		return m, false
	}
	for _, c := range tr.kids[v] {
		if lx.in("negation", tr.lemma(c)) && tr.rel(c) == "advmod" {
			return m, false // "does not have our support"
		}
	}
	p, s := tr.child(k, "nmod:poss"), tr.child(v, "nsubj")
	if p < 0 {
		p = tr.ofGenitive(k) // "Ukraine has the full backing of Japan"
	}
	if p < 0 || s < 0 || !tr.nominal(s) {
		return m, false
	}
	m.Source, m.Target = p, s
	m.Rule = "frames:possessed-support:grammar/have-possessed-support"
	return m, true
}

// ofGenitive returns the of-phrase after support noun k under a definite article, its subjective
// genitive ("the backing of Japan", "the support of the Council"), or -1: the first nmod of k
// after it marked by "of", in a phrase opened by "the" (an indefinite "a lot of support" or a
// partitive is no genitive).
func (tr *tree) ofGenitive(k int) int {
	if d := tr.child(k, "det"); d < 0 || tr.lower[d] != "the" {
		return -1
	}
	for _, c := range tr.kids[k] {
		if c > k && tr.rel(c) == "nmod" && tr.caseOf(c) == "of" {
			return c
		}
	}
	return -1
}
