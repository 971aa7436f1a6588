package frames

// forClauseSubject finds the actor of a for-clause that complements an object noun but was hung
// on the noun's verb: "renewed its call for Comoros to withdraw its troops" parsed with "call"
// the verb's object and "for Comoros to withdraw" an adverbial clause of "renewed". A for +
// subject + to-infinitive clause directly after a noun that takes "for" is that noun's
// complement (Quirk et al. 1985, ch. 17 on nonfinite postmodification of nouns, here a for-clause with a
// subject: "a call for them to leave"), as the noun's plain infinitive is in "dropped its threat to
// veto the text" (args.go, xcomp): the clause's subject is who is called on, the noun's for-target
// as when the parser gives "call [for Italy] to withdraw". Returns -1 when the shape is absent.
func (tr *tree) forClauseSubject(i int) int {
	h := tr.t[i].Head
	if h < 0 || tr.rel(i) != "obj" || i+1 >= len(tr.t) || tr.lower[i+1] != "for" {
		return -1
	}
	for _, a := range tr.children(h, "advcl") {
		if a <= i+1 || tr.t[i+1].Head != a || tr.rel(i+1) != "mark" {
			continue
		}
		to := false
		for _, m := range tr.children(a, "mark") {
			to = to || tr.lower[m] == "to"
		}
		if s := tr.child(a, "nsubj"); to && s > i+1 && s < a {
			return s
		}
	}
	return -1
}
