package frames

// conjSubject returns the subject that the conjoined verb i shares with its first conjunct h in
// two cases, -1 otherwise:
//   - h is passive: its surface subject ("was indicted by the court and will resign": the one
//     indicted resigns, not the court; an active conjunct of a passive one);
//   - h is a verb of saying (modality.txt report) with a finite complement clause c before i, and
//     i agrees in tense with c but not with h: the parser joined to the verb of saying a verb that
//     continues the clause reported ("said the group is not a lobby and supports candidates of
//     both parties": the group supports them). Coordination joins like constituents (Quirk et
//     al. 1985, 13.5), and a present tense conjoined to a past verb of saying while the reported
//     clause is in the present is that clause's conjunct; the speaker's own act would be in the
//     narrative past as "said" is (holders31).
func (tr *tree) conjSubject(h, i int) int {
	if tr.passive(h) {
		return tr.child(h, "nsubj:pass")
	}
	if tr.lx == nil || !tr.lx.in("report", tr.lemma(h)) || h > i {
		return -1
	}
	ti := tr.clauseTense(i)
	if ti == "" || ti == tr.clauseTense(h) {
		return -1
	}
	for _, c := range tr.kids[h] {
		if tr.rel(c) != "ccomp" || c > i || tr.clauseTense(c) != ti {
			continue
		}
		if s := tr.child(c, "nsubj"); s >= 0 {
			return s
		}
	}
	return -1
}

// clauseTense is "past" or "present" for a clause whose first finite word (the verb itself, or
// its auxiliary or copula) is a past or present tense form, "" for a modal or a non-finite clause.
func (tr *tree) clauseTense(i int) string {
	form := func(x string) string {
		switch x {
		case "VBD":
			return "past"
		case "VBZ", "VBP":
			return "present"
		}
		return ""
	}
	for _, k := range tr.kids[i] {
		if k > i {
			break
		}
		switch tr.rel(k) {
		case "aux", "aux:pass", "cop":
			if tr.t[k].XPOS == "MD" {
				return ""
			}
			return form(tr.t[k].XPOS)
		}
	}
	return form(tr.t[i].XPOS)
}
