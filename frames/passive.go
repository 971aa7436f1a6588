package frames

import "strings"

// conjPassive returns the passive verb whose auxiliary and subject conjoined participle i shares,
// or -1: "The deal was praised by Egypt but rejected by Ethiopia", "Iran was accused of … and
// warned of sanctions". A conjoined predicate with no subject or operator of its own shares the
// first conjunct's (Quirk et al. 1985, 13.46–13.52, predication ellipsis), so after "was
// praised" the bare participle is passive too — a VBN with no object, or a form the tagger read
// as VBD (the -ed forms are the same, Quirk 3.5) with a by-phrase naming its agent; its agent is
// its own by-phrase, its patient the shared passive subject. A conjunct with its own subject,
// auxiliary or object is a clause or an active predicate of its own ("was indicted by the court
// and will resign").
func (tr *tree) conjPassive(i int) int {
	h := tr.t[i].Head
	if tr.rel(i) != "conj" || h < 0 || h >= i || tr.t[i].UPOS != "VERB" || tr.t[h].UPOS != "VERB" {
		return -1
	}
	if tr.child(h, "nsubj:pass") < 0 || tr.child(h, "aux:pass") < 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		switch r := tr.rel(k); {
		case strings.HasPrefix(r, "nsubj"), strings.HasPrefix(r, "aux"), r == "cop", r == "obj", r == "iobj", r == "ccomp", r == "expl":
			return -1
		}
	}
	switch tr.t[i].XPOS {
	case "VBN":
		return h
	case "VBD":
		if a := tr.oblWith(i, "by"); a >= 0 && tr.nominal(a) {
			return h
		}
	}
	return -1
}

// participlePatient returns the patient of a past participle clause set off by commas, or -1:
// the noun a non-restrictive participle clause follows ("The plan, criticised by Germany as
// unworkable, was shelved", acl) or the subject of the clause a supplementive participle clause
// is an adjunct of ("Hungary, condemned by the EU for its media law, defended …", advcl). An -ed
// participle clause of a transitive verb is passive, its implied subject the noun it modifies or
// the matrix subject (Quirk et al. 1985, 15.58, 3.64, and ch. 17 on nonfinite postmodifiers); its agent is its by-phrase. Set off
// by commas it adds an assertion of its own (non-restrictive, Quirk 17.22); a restrictive one
// ("the settings criticised by the commission had been changed") identifies its noun by an act
// presented as given, which is not asserted here. A participle with a subject, auxiliary or
// object of its own is no such clause.
func (tr *tree) participlePatient(i int) int {
	h := tr.t[i].Head
	if h < 0 || tr.t[i].UPOS != "VERB" || tr.t[i].XPOS != "VBN" {
		return -1
	}
	for _, k := range tr.kids[i] {
		switch r := tr.rel(k); {
		case strings.HasPrefix(r, "nsubj"), strings.HasPrefix(r, "aux"), r == "cop", r == "obj", r == "iobj", r == "expl", r == "csubj":
			return -1
		}
	}
	switch tr.rel(i) {
	case "acl":
		if tr.nominal(h) && h < i && i > 0 && tr.t[i-1].Form == "," {
			return h
		}
	case "advcl":
		if tr.t[h].UPOS == "VERB" && h > i {
			return tr.child(h, "nsubj", "nsubj:pass")
		}
	}
	return -1
}
