package frames

// A verb of a series of predicates hung on the object before it (args32).
//
// "Smith has criticized the plan, urged the council to reject it and threatened to sue": a
// series of coordinated predicates sharing one subject, the non-final ones separated by commas
// (Quirk et al. 1985, 13.41, 13.57 on asyndetic and polysyndetic series). The parser may hang
// the second predicate on the object of the first as a modifier (acl). A finite verb is no
// modifier of a noun, and a past participle with its own direct object is no passive one (Quirk
// et al. 1985, 3.64; the acl rule of verbSource): coordination joins like constituents (13.5),
// so the verb is a conjunct of the verb whose object or oblique the noun is and shares its
// subject, not the object's noun ("the plan urged the council"). The same holds after a
// non-restrictive relative clause ("Smith, who criticized the plan, also called for …"), where
// the verb governing the noun is the relative clause's, whose source is its antecedent.

// seriesConjunct returns the source of verb i, finite or an active past participle, hung as acl
// on noun h before it when a comma comes between them and nothing else but h's own modifiers
// (modifierOf) and i's, i has no subject and no by-agent of its own, and h is the object or an
// oblique of a verb v before it: v's source (verbSource) and true. (-1, false) otherwise.
func (tr *tree) seriesConjunct(i, h int, active bool, depth int) (int, bool) {
	if tr.rel(i) != "acl" || !tr.finite(i) && !active || !tr.nominal(h) || h > i {
		return -1, false
	}
	if tr.child(i, "nsubj", "nsubj:pass", "obl:agent") >= 0 {
		return -1, false
	}
	if r := base(tr.rel(h)); r != "obj" && r != "obl" {
		return -1, false
	}
	v := tr.t[h].Head
	if v < 0 || v > h || tr.t[v].UPOS != "VERB" {
		return -1, false
	}
	comma := false
	for k := h + 1; k < i; k++ {
		switch {
		case tr.t[k].Form == ",":
			comma = true
		case tr.t[k].Head == i || tr.modifierOf(k, h):
		default:
			return -1, false // "passed a measure …; Gov. Smith, who …, vetoed …": another phrase between
		}
	}
	if !comma {
		return -1, false
	}
	s, _ := tr.verbSource(v, depth+1)
	return s, s >= 0
}

// modifierOf reports a token k inside the phrase of noun h as a modifier of it ("the plan for new
// tolls"): its chain of heads reaches h through no apposition, conjunct, relative clause or
// parataxis, which may hold a noun phrase of their own (a name in apposition could be the
// subject of the verb after it).
func (tr *tree) modifierOf(k, h int) bool {
	for n := 0; k >= 0 && n < len(tr.t); n++ {
		if k == h {
			return true
		}
		switch base(tr.rel(k)) {
		case "appos", "conj", "parataxis", "acl", "list":
			return false
		}
		k = tr.t[k].Head
	}
	return false
}
