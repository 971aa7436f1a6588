package frames

// quasiCoordinated returns the nouns added to noun h by a quasi-coordinator ("Chile, along with
// Peru, condemned …", "together with", "as well as"): quasi-coordination joins the two as
// coordination does in meaning, both take part in what the clause says of h (Quirk et al. 1985,
// 13.102-13.106); "rather than" and "instead of" exclude (modality.txt alternative) and are not
// among them.
func (tr *tree) quasiCoordinated(h int) []int {
	var out []int
	for _, k := range tr.kids[h] {
		if r := tr.rel(k); (r != "nmod" && r != "appos") || k < h || !tr.nominal(k) {
			continue
		}
		lo, _ := tr.span(k)
		for lo < k && tr.t[lo].UPOS == "PUNCT" {
			lo++ // the comma that opens the phrase
		}
		if lo+1 >= k {
			continue
		}
		switch w, n := tr.lower[lo], tr.lower[lo+1]; {
		case (w == "along" || w == "together") && n == "with",
			w == "as" && n == "well" && lo+2 < k && tr.lower[lo+2] == "as":
			out = append(out, k)
		}
	}
	return out
}
