package frames

// inquiryUse reports a verb i of the class inquiry (modality.txt: ask) used as a question, not a
// request. Ask has both senses and its complement tells them apart (Huddleston & Pullum 2002,
// 11.5.2 and 14.1: "ask whether / about X" inquires; "ask X to V", "ask for Y", "ask that X
// be V-ed" request; Quirk et al. 1985, 16.63 for the directive object + to-infinitive): the
// request (CAMEO 02 "make an appeal or request", PLOVER DEMAND) names what is asked for, the
// question names only whom it is put to and what about. So the request reading needs one of:
// a to-infinitive (xcomp), a for-phrase, a content clause that is neither interrogative nor
// indicative (the mandative, Quirk et al. 1985, 16.32), or a direct object that is the thing
// asked for — a common noun that is no noun of asking itself ("asked a question", modality.txt
// inquiry-noun). "asked Trump about his taxes", "when asked about the crisis, Cruz said",
// "'Anyone been there?' he asked" and "asked the question" request nothing.
func (lx *Lexicon) inquiryUse(tr *tree, i int) bool {
	if !lx.in("inquiry", tr.lemma(i)) {
		return false
	}
	for _, k := range tr.kids[i] {
		if tr.t[k].UPOS == "VERB" && tr.toInfinitive(k) {
			return false // "asked the department to investigate" (the parser may hang it as advcl)
		}
		for _, g := range tr.kids[k] {
			// the infinitive hung on a clause or on the addressee or agent: "asked Kasich, who
			// is fourth, to lay out", "was asked by the agency to grant"
			switch tr.rel(k) {
			case "ccomp", "obj", "iobj", "obl:agent", "nsubj:pass":
				if (base(tr.rel(g)) == "advcl" || base(tr.rel(g)) == "acl") && tr.t[g].UPOS == "VERB" && tr.toInfinitive(g) {
					return false
				}
			}
		}
		switch base(tr.rel(k)) {
		case "xcomp":
			return false
		case "ccomp":
			if !lx.interrogative(tr, k) && !lx.assertive(tr, k) && tr.t[k].UPOS == "VERB" && tr.caseOf(k) == "that" {
				return false // "asked that the records be released"
			}
		case "obl":
			if tr.caseOf(k) == "for" {
				return false // "asked Congress for funds"
			}
		case "obj":
			if tr.t[k].UPOS == "NOUN" && !lx.in("inquiry-noun", tr.lemma(k)) && tr.child(i, "iobj") < 0 && !lx.addresseeNoun(tr, k) {
				return false // "asked permission", "asked forgiveness"
			}
		}
	}
	return true
}

// addresseeNoun reports a common noun k that names people (modality.txt person-noun is not
// consulted here: a noun followed by a question or an about-phrase is whom the question is put
// to, "asked reporters about …", "asked voters whether …"): an about-phrase on the verb or the
// noun, or an interrogative clause, shows that k is the addressee, not the thing asked for.
func (lx *Lexicon) addresseeNoun(tr *tree, k int) bool {
	i := tr.t[k].Head
	for _, j := range append(append([]int{}, tr.kids[i]...), tr.kids[k]...) {
		if base(tr.rel(j)) == "obl" || base(tr.rel(j)) == "nmod" {
			if tr.caseOf(j) == "about" {
				return true
			}
		}
		if (base(tr.rel(j)) == "ccomp" || base(tr.rel(j)) == "acl") && lx.interrogative(tr, j) {
			// (a question clause the parser hung on the noun: "asked the candidates whether …")
			return true
		}
	}
	return false
}
