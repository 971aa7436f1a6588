package frames

// The significance frame (issue 13, idiom22): a verb of emphasis or reaffirmation whose object
// is a noun of importance complemented by an -ing clause, "reaffirmed the importance of keeping
// the sea lanes open", "stressed the significance of the two states sharing radar data",
// advocates the act the clause names (cue-classes.txt, the nouns of WordNet 3.0 importance.n.01
// and its hyponyms, with the lines' conditions gerund and emphasis). A plain noun phrase after
// the noun ("the importance of the lake for fishermen") states a fact about a thing, and a verb
// of another kind ("questioned the importance of", "discussed the importance of") asserts no
// such stance: both yield nothing.

// gerundComplement returns the -ing clause complementing noun i, -1 when none: of + gerund
// ("the importance of keeping …": UD acl marked of; Quirk et al. 1985, 17.52, a prepositional
// postmodifier with an -ing clause as complement), or the gerund with its subject in the
// of-phrase ("the significance of Latvia and Estonia sharing data": UD hangs the clause, unmarked,
// on the noun or on the of-phrase's noun; Quirk et al. 1985, 15.12-15.15 on the subject of an
// -ing clause).
func (tr *tree) gerundComplement(i int) int {
	if k := tr.argOf(i, "of"); k >= 0 && tr.t[k].XPOS == "VBG" {
		return k
	}
	of := -1
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "nmod" && tr.caseOf(k) == "of" {
			of = k
			break
		}
	}
	if of < 0 {
		return -1
	}
	for _, h := range []int{i, of} {
		for _, k := range tr.kids[h] {
			if tr.rel(k) == "acl" && tr.t[k].XPOS == "VBG" && k > of && tr.caseOf(k) == "" {
				return k
			}
		}
	}
	return -1
}

// emphasisObject reports a noun i that is the direct object of a verb of emphasis or
// reaffirmation (modality.txt class emphasis: Wierzbicka 1987's groups of emphasize, reiterate
// and assert).
func (lx *Lexicon) emphasisObject(tr *tree, i int) bool {
	h := tr.t[i].Head
	return h >= 0 && tr.rel(i) == "obj" && lx.in("emphasis", tr.lemma(h))
}

// emphasisNoun reports a noun cue of lemma l with a line whose condition is emphasis (the nouns
// of importance): the verb of emphasis over it is its support verb, whose subject is the source,
// as with the Oper1 verbs of modality.txt support; for other nouns it is not ("stressed the
// threat of floods" threatens nothing).
func (lx *Lexicon) emphasisNoun(l string) bool {
	for _, c := range lx.classes["noun "+l] {
		if c.needs["emphasis"] {
			return true
		}
	}
	return false
}
