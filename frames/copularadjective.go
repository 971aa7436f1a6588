package frames

// bareCopularAdjective reports a predicate that is only a copula and a predicative adjective,
// with no complement or other dependent of its own ("be fair"). Under a modal of obligation
// whose subject is the pronoun it, this or that ("it needs to be fair", "this must be
// transparent"), the clause ascribes a quality to a thing (Quirk et al. 1985, 10.8 and 16.43
// on the copula and the subject complement): no actor is asked to do anything, and the act
// label the loader would make ("be fair") names nothing, so there is no demand
// (obligation.go). An adjective with a complement ("be ready to talk", "be open to dialogue")
// or a named subject ("Japan needs to be flexible") keeps its demand.
func (tr *tree) bareCopularAdjective(k int) bool {
	if tr.t[k].UPOS != "ADJ" || tr.child(k, "cop") < 0 {
		return false
	}
	for _, c := range tr.kids[k] {
		switch tr.rel(c) {
		case "cop", "mark", "punct":
		default:
			return false
		}
	}
	return true
}
