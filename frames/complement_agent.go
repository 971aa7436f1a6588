package frames

// complementAgent returns a by-phrase the parser hung on a non-finite clause inside passive verb
// i's complement that cannot be that clause's own agent, so is i's: on an active clause ("was
// accused of taking bribes by the ministry": a by-phrase of agency belongs to a passive clause
// only, Quirk et al. 1985, 3.63-3.64, and an active -ing clause has its subject already), or on a
// passive one from which a comma separates it ("accused of misusing funds, much of it believed to
// have been embezzled, by government officials": a comma never stands between a verb and its
// agent, and here closes the supplementive clause the earlier comma opened, Quirk et al. 1985,
// 15.58; The Chicago Manual of Style, 17th ed., 6.26). The phrase must head a noun phrase (a by +
// -ing clause is one of means). -1 when none. Three clause levels down at most.
// A tensed clause (tensed) has a subject of its own and is left alone.
func (tr *tree) complementAgent(i, depth int) int {
	if depth > 3 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if r := base(tr.rel(k)); r != "advcl" && r != "xcomp" && r != "ccomp" || tr.t[k].UPOS != "VERB" || tr.tensed(k) {
			continue
		}
		if a := tr.oblWith(k, "by"); a >= 0 && tr.nominal(a) && !tr.timeNoun(a) {
			if tr.child(k, "aux:pass", "nsubj:pass") < 0 {
				return a
			}
			if b := tr.child(a, "case"); b > 0 && tr.lower[b-1] == "," {
				return a
			}
		}
		if a := tr.complementAgent(k, depth+1); a >= 0 {
			return a
		}
	}
	return -1
}

// tensed reports a tensed verb: a past or present tense tag (VBD, VBZ, VBP), or an auxiliary
// with one or a modal ("has promised", "will sign"). Unlike finite, a perfect or passive
// infinitive ("to have been embezzled") is not tensed: its auxiliaries are base forms (Quirk et
// al. 1985, 3.54-3.56: non-finite verb phrases).
func (tr *tree) tensed(i int) bool {
	switch tr.t[i].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for _, k := range tr.kids[i] {
		if r := tr.rel(k); r == "aux" || r == "aux:pass" {
			switch tr.t[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}
