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
// Returns -1 otherwise ("the support of the plan" names no giver), and when the noun has a
// for-phrase whose head is a common noun, on the noun or hung by the parser on the verb right
// after the noun's phrase ("welcomed Australia's support for the sanctions"): "support for" a
// policy or act is the stance noun (cue-classes.txt noun support for; PLOVER SUPPORT "express
// support for"), the giver's endorsement of that policy, and the welcome approves that act, the
// target, not the giver (the prepositional complement of a deverbal noun, Quirk et al. 1985,
// 17.52; "support for Ukraine", an actor, stays help to it).
func (tr *tree) aidGiver(k int) int {
	if k < 0 || tr.lx == nil || tr.t[k].UPOS != "NOUN" || !tr.lx.in("aid-noun", tr.lemma(k)) {
		return -1
	}
	if tr.policyComplement(k) {
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

// policyComplement reports a for-phrase headed by a common noun on noun k, or on k's verb right
// after k's phrase (the parser's attachment of the noun's complement to the verb): see aidGiver.
func (tr *tree) policyComplement(k int) bool {
	for _, a := range tr.kids[k] {
		if base(tr.rel(a)) == "nmod" && tr.caseOf(a) == "for" && tr.t[a].UPOS == "NOUN" && a > k {
			return true
		}
	}
	h := tr.t[k].Head
	if h < 0 || tr.rel(k) != "obj" {
		return false
	}
	_, hi := tr.span(k)
	for _, a := range tr.kids[h] {
		if base(tr.rel(a)) == "obl" && tr.caseOf(a) == "for" && tr.t[a].UPOS == "NOUN" && tr.firstKid(a) == hi {
			return true
		}
	}
	return false
}
