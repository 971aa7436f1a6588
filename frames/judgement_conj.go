package frames

// firstClauseConjunct returns the first of the coordinated clauses that copula clause h is a later
// conjunct of ("said the plan is reckless and Jones is a liar", "“The plan is reckless and Jones is
// a liar,” Smith said"): coordinated clauses share the reporting clause they are the content of
// (Quirk et al. 1985, 13.8 and 13.72 on ellipsis of the shared superordinate clause in
// coordination), which the parser hangs on the first conjunct only, so the reporting verb is
// looked up from there. A later conjunct is a clause of its own (a subject, h's nsubj, given by
// the caller) and its head a predicate before it that also has a subject ("reckless", or a verb:
// "the plan failed and Jones is a liar"); h itself when it is no such conjunct.
func (tr *tree) firstClauseConjunct(h int) int {
	for depth := 0; depth < 4 && tr.rel(h) == "conj"; depth++ {
		c := tr.t[h].Head
		if c < 0 || c > h || tr.child(c, "nsubj", "csubj") < 0 {
			break
		}
		h = c
	}
	return h
}
