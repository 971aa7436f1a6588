package frames

// nounInfinitive reports a to-infinitive i that the parser hung on verb h as a purpose adjunct
// (advcl) right after h's object, a general noun of acting or a noun of attempt (modality.txt act,
// attempt: measures, steps, move, efforts, bid), where h is no verb whose subject takes those
// acts (support, light, aspect, intent, publish: "adopted measures to", "took steps to"). The
// infinitive is then the noun's postmodifier, naming the act the measures are for (Quirk et al.
// 1985, ch. 17 on nonfinite postmodifying clauses; Halliday & Hasan 1976, 6.4 on the general
// nouns), whose agent the sentence does not name: "Peru criticized the measures to lift the
// sanctions" reports no lifting by Peru, as the same phrase parsed as acl does not (args.go).
func (tr *tree) nounInfinitive(h, i int) bool {
	lx := tr.lx
	if lx == nil || tr.caseOf(i) != "to" || tr.t[i].UPOS != "VERB" || tr.child(i, "nsubj") >= 0 {
		return false
	}
	o := tr.child(h, "obj")
	if o < 0 || o > i || tr.t[o].UPOS != "NOUN" || !lx.in("act", tr.lemma(o)) && !lx.in("attempt", tr.lemma(o)) {
		return false
	}
	if _, hi := tr.span(o); hi > i || tr.firstKid(i) != hi {
		return false // something stands between the noun phrase and the infinitive
	}
	l := tr.lemma(h)
	return !lx.in("support", l) && !lx.in("light", l) && !lx.in("aspect", l) && !lx.in("intent", l) && !lx.in("publish", l)
}

// firstKid returns the leftmost token of i's span.
func (tr *tree) firstKid(i int) int {
	lo, _ := tr.span(i)
	return lo
}
