package frames

// "Not only … but (also)" (args32).
//
// "Smith not only criticized the plan but also urged the council to reject it" asserts both
// predicates: "not only … but (also)" is a correlative pair that coordinates them, adding the
// second to the first (Quirk et al. 1985, 13.33 and 13.42 on correlative coordinators;
// Huddleston & Pullum 2002, 15.2.5: "not only" is no clausal negation, since the first conjunct
// is entailed). The "not" of that pair negates nothing.

// notOnly reports a "not" at k followed at once by "only" and, later in the sentence, by "but":
// the first half of the correlative "not only … but (also)".
func (tr *tree) notOnly(k int) bool {
	if tr.lower[k] != "not" || k+1 >= len(tr.t) || tr.lower[k+1] != "only" {
		return false
	}
	for j := k + 2; j < len(tr.t); j++ {
		if tr.lower[j] == "but" {
			return true
		}
	}
	return false
}
