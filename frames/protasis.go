package frames

// invertedProtasis returns the operator of clause c when c is a conditional clause formed by
// subject–operator inversion instead of "if" ("Had Britain vetoed the resolution, the talks would
// have collapsed", "Were Russia to invade, …", "Should Iran close the strait, …"): in a
// declarative sentence the operators had, were and should before the subject open such a clause
// (Quirk et al. 1985, 15.36; Huddleston & Pullum 2002, 11.4.1 on conditional inversion), and a
// protasis states a condition, not an act done — with had, a counterfactual one (Quirk 15.35).
// The operator must be the clause's first word: after a preposed negative or restrictive
// adverbial ("Never had Britain vetoed …", "Only then had Russia agreed …") inversion is no
// conditional but emphasis, and the act is asserted (Quirk 18.24). A question (the sentence ends
// in "?": "Had the minister rejected the plan?") is no protasis either. -1 otherwise.
func (tr *tree) invertedProtasis(c int) int {
	if n := len(tr.t); n == 0 || tr.t[n-1].Form == "?" {
		return -1
	}
	op, subj := -1, -1
	for _, k := range tr.kids[c] {
		switch r := tr.rel(k); {
		case base(r) == "aux" && op < 0:
			op = k
		case r == "nsubj" || r == "nsubj:pass":
			subj = k
		}
	}
	if op < 0 || subj < 0 || op > subj {
		return -1
	}
	switch tr.lower[op] {
	case "had", "were", "should":
	default:
		return -1
	}
	for _, k := range tr.kids[c] {
		if k < op && tr.rel(k) != "punct" && tr.rel(k) != "cc" {
			return -1 // "Never had Britain …", "and only then had …"
		}
	}
	for k := 0; k < op; k++ {
		if tr.rel(k) != "punct" && tr.rel(k) != "cc" && tr.dominates(c, k) {
			return -1 // a word of the clause before the operator: no clause-initial inversion
		}
	}
	return op
}
