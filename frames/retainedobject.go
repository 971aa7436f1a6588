package frames

// retainedObjectPassive reports be + past participle verb i read by the parser with "be" as a
// copula and an object: "were asked their views", "was given a deadline", "was denied a
// visa". A participle after be that keeps a direct object is the verbal passive of a
// ditransitive verb, its subject the active indirect object, the object retained (Quirk et al.
// 1985, 3.65, 10.25); an adjectival participle takes no object noun phrase ("were concerned
// about", "are opposed to": Huddleston & Pullum 2002, ch. 16, 10.1.3), so the object tells the
// two apart. The subject is then the patient, never the source of the act.
func (tr *tree) retainedObjectPassive(i int) bool {
	if tr.t[i].UPOS != "VERB" || tr.t[i].XPOS != "VBN" || tr.child(i, "obj", "iobj") < 0 || tr.child(i, "nsubj") < 0 {
		return false
	}
	c := tr.child(i, "cop")
	return c >= 0 && tr.lemma(c) == "be"
}
