package frames

// haveGotTo reports "got" at d in the semi-auxiliary "have got to" ("she's got to rethink",
// "Washington has got to act"): in the present, have got to expresses obligation as have to and
// must do (Quirk et al. 1985, 3.45 on HAVE GOT TO beside HAVE TO; Huddleston & Pullum 2002,
// 3.9.2, have got as a deontic modal idiom), so semiModalObligation reads it with them. The
// parse has "got" (VBN) as the head with "has"/"have"/"'s"/"'ve" its only auxiliary. Left out:
// the past "had got to" (the perfect of get, "had got to the border"), another auxiliary ("will
// have got to", "may have got to": predicted or supposed, as semiModalObligation leaves "will
// have to"), and the negated "hasn't got to", which denies the obligation (external negation,
// Huddleston & Pullum 2002, 3.9.4: "You haven't got to go" = "You don't have to go"). Nor with
// a subject it, this or that, nor over be: "it's got to be bipartisan", "he's got to be the
// nominee" are the epistemic have got to, a conclusion (Huddleston & Pullum 2002, 3.9.2: have
// got, like must, is epistemic with a stative complement; Palmer 2001, 3.1).
func (tr *tree) haveGotTo(d int) bool {
	if tr.lemma(d) != "get" || tr.t[d].XPOS != "VBN" {
		return false
	}
	if s := tr.child(d, "nsubj"); s >= 0 && (tr.lower[s] == "it" || tr.lower[s] == "this" || tr.lower[s] == "that") {
		return false
	}
	if x := tr.child(d, "xcomp"); x >= 0 && (tr.lemma(x) == "be" || tr.child(x, "cop") >= 0) {
		return false
	}
	have := false
	for _, k := range tr.kids[d] {
		switch r := base(tr.rel(k)); {
		case r == "aux" && (tr.lemma(k) == "have" && (tr.t[k].XPOS == "VBZ" || tr.t[k].XPOS == "VBP") || tr.lower[k] == "'s" || tr.lower[k] == "’s"):
			have = true
		case r == "aux", r == "advmod" && (tr.lower[k] == "not" || tr.lower[k] == "n't" || tr.lower[k] == "never"):
			return false
		}
	}
	return have
}
