package frames

// shiftedObject returns the object of verb i placed after an adverbial prepositional phrase
// ("condemn in the strongest terms the attack on …", "rejected with regret the proposal of …"),
// which the parser reads as an appositive of the phrase's noun: a heavy object moves to the end
// of its clause, after an adjunct (end-weight, "heavy-NP shift": Quirk et al. 1985, 18.36,
// 18.39). The reading holds when the verb has no object of its own and the "appositive" opens
// with its own determiner right after the phrase, with no comma: an appositive so placed is
// set off by punctuation (non-restrictive apposition, Quirk et al. 1985, 17.65-17.67), and a
// restrictive one ("the poet Burns") takes no determiner of its own (17.69). A clause the
// parser hung on the verb but placed after the shifted noun is that noun's content clause
// ("rejected on Thursday a demand that it withdraw …": an appositive that-clause after a noun
// of saying, 17.26), not the verb's own complement, which would precede the heavy object.
// Returns -1 when i has no such object.
func (tr *tree) shiftedObject(i int) int {
	if tr.t[i].UPOS != "VERB" || tr.child(i, "obj") >= 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) != "obl" || k < i || tr.caseOf(k) == "" {
			continue
		}
		for _, a := range tr.kids[k] {
			if tr.rel(a) != "appos" || a < k {
				continue
			}
			lo := tr.firstKid(a)
			if lo == 0 || tr.t[lo-1].UPOS == "PUNCT" || tr.rel(lo) != "det" || tr.t[lo].Head != a {
				continue
			}
			if c := tr.child(i, "ccomp", "xcomp"); c >= 0 && c < a {
				return -1
			}
			return a
		}
	}
	return -1
}

// aidGiver returns the giver of noun k when k is a noun of help (modality.txt aid-noun: support,
// assistance, aid, help) whose giver a proper noun names, in an of-phrase ("the support of Japan")
// or a possessive ("Japan's assistance"): praising or welcoming such help (CAMEO 051) is praise
// of the giver, the stance's target (CAMEO codes "thanked Japan for its support" 051 JPN).
// Returns -1 otherwise ("the support of the plan" names no giver).
func (tr *tree) aidGiver(k int) int {
	if k < 0 || tr.lx == nil || tr.t[k].UPOS != "NOUN" || !tr.lx.in("aid-noun", tr.lemma(k)) {
		return -1
	}
	for _, a := range tr.kids[k] {
		if tr.t[a].UPOS != "PROPN" {
			continue
		}
		if r := tr.rel(a); r == "nmod:poss" || base(r) == "nmod" && tr.caseOf(a) == "of" {
			return a
		}
	}
	return -1
}
