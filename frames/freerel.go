package frames

// Free relatives with a verb of naming (issue 13, classes8 class 13). In "condemned what it
// called an invasion" the object is a nominal relative clause ("what" = "the thing which"; Quirk
// et al. 1985, 15.8), whose verb of naming gives the thing its name: the complex-transitive
// "call/brand/label/term X N" (16.44) or "describe/characterize X as N" (16.47). "what" is the
// object of the naming verb, and the name is the only content word that says what was condemned,
// so the name is the target: OPPOSES → "invasion of its airspace", not "what". The parser attaches
// the relative either as acl:relcl of "what" or as a ccomp of the cue with "what" its object.

// namedReferent returns the name given by a free relative's verb of naming when target (or, with
// no target, the cue i's ccomp or content clause) is such a relative, else -1. The verbs are modality.txt's
// judge-call and judge-as classes; the name is the naming verb's object other than "what", its
// xcomp, or its as-phrase.
func (lx *Lexicon) namedReferent(tr *tree, i, target, content int) int {
	var v, what int = -1, -1
	switch {
	case target >= 0 && tr.lem[target] == "what":
		what = target
		for _, k := range tr.kids[target] {
			if tr.rel(k) == "acl:relcl" {
				v = k
			}
		}
		if v < 0 && tr.t[target].Head >= 0 && tr.t[target].Head != i && base(tr.rel(tr.t[target].Head)) == "ccomp" {
			v = tr.t[target].Head
		}
	default:
		// the relative's verb as the cue's clause: its target, its ccomp whether or not the
		// cue's class takes clauses as targets ("rejected what it described as …": reject takes
		// only an object, which the parser did not see), or its content
		for _, c := range []int{target, tr.child(i, "ccomp"), content} {
			if c < 0 || tr.t[c].Head != i || v >= 0 {
				continue
			}
			for _, k := range tr.kids[c] {
				if (tr.rel(k) == "obj" || base(tr.rel(k)) == "obl") && tr.lem[k] == "what" && k < c {
					v, what = c, k // "what" before its verb: a relative, not "called what"
				}
			}
		}
	}
	if v < 0 || what < 0 || !(lx.in("judge-call", tr.lem[v]) || lx.in("judge-as", tr.lem[v])) {
		return -1
	}
	for _, k := range tr.kids[v] {
		if k == what {
			continue
		}
		switch r := tr.rel(k); {
		case r == "obj" || r == "xcomp":
			return k
		case (base(r) == "obl" || base(r) == "advcl") && tr.caseOf(k) == "as":
			return k
		}
	}
	return -1
}
