package claims

import "github.com/claimgraph/claimgraph/doc"

// interrogativeContent reports reported content [cs, …) that opens with "whether" or "if": a
// subordinate interrogative clause (Quirk et al. 1985, ch. 15 on dependent yes-no interrogative
// clauses, introduced by whether or if). Under a negated verb of saying ("has not said whether
// it would …", "did not say if …") it reports that no answer was given: no proposition is
// asserted or denied, so the speaker has no claim (reported.go, addReported).
func interrogativeContent(st *doc.Sent, cs int) bool {
	if cs < 0 || cs >= len(st.Toks) {
		return false
	}
	w := st.Toks[cs].Lower
	return w == "whether" || w == "if"
}
