package frames

// Clause-level argument helpers (moved from args.go, which had passed 1,000 lines: unchanged).

// appositiveThatClause returns the clause the parser read as a relative clause on noun n although
// "that" is no part of it: "its demand that Sweden extradite the suspects" with that as
// obl:unmarked and the clause's subject and object both filled. A relative "that" is a constituent
// of its clause (subject, object, adverbial) with a gap where it stands; the "that" of an
// appositive (content) clause after a noun of saying or asking is a conjunction before a complete
// clause (Quirk et al. 1985, 17.26; Huddleston & Pullum 2002, 12.1 vs 11.3). -1 when none.
func (tr *tree) appositiveThatClause(n int) int {
	r := tr.child(n, "acl:relcl")
	if r < n || tr.child(r, "nsubj", "nsubj:pass") < 0 {
		return -1
	}
	for _, k := range tr.kids[r] {
		if k > n && k < r && tr.lower[k] == "that" {
			switch tr.rel(k) {
			case "mark", "obl:unmarked":
				if tr.t[r].UPOS == "VERB" {
					return r
				}
			}
		}
	}
	return -1
}

// medialSubject returns the subject of clause i when a reporting clause splits it in medial
// position, -1 otherwise: "Syria, the official news agency said, would reject any deal", "The
// rebels, a spokesman said, will release the hostages". The reporting clause is a parenthetical
// comment clause between commas (Quirk et al. 1985, 15.53–15.54; Huddleston & Pullum 2002, 10.3
// on reporting frames in medial position), and the noun phrase before it is the subject of the
// reported clause, which the parser makes the verb of saying's complement (ccomp) with no
// subject, hanging the noun phrase on the verb of saying or its subject. Shape: i is a finite
// ccomp of a verb of saying h (modality.txt report) after it, with no subject of its own; a comma
// closes the sentence's first phrase, a nominal, and a comma lies between h and i; the reporter,
// h's subject, stands between the two commas ("Vietnam, the spokeswoman said, opposes …", the
// noun phrase vocative or dislocated), or the parser made the first phrase h's subject and the
// reporter its appositive, running up to h with no comma of its own ("Vietnam, the spokeswoman
// Le Hang said, opposes …": an appositive is closed by a comma before the verb, Quirk et al.
// 1985, 17.65, so one that runs into the verb of saying is the reporting clause's subject).
// A base-form verb with no auxiliary after the comma is an imperative ("Minister, the
// protesters said, reject the offer": Quirk et al. 1985, 11.24 ff.), the phrase before it a
// vocative, not a subject: -1.
func (tr *tree) medialSubject(i int) int {
	h := tr.t[i].Head
	if h < 0 || h > i || tr.rel(i) != "ccomp" || tr.subject(i) >= 0 || tr.lx == nil || !tr.lx.in("report", tr.lemma(h)) || !tr.finiteClause(i) {
		return -1
	}
	n := tr.child(h, "nsubj")
	if n < 0 || n > h {
		return -1
	}
	p := -1 // the first comma
	for k := 0; k < h; k++ {
		if tr.t[k].Form == "," {
			p = k
			break
		}
	}
	if p <= 0 {
		return -1
	}
	if n < p && !tr.appositiveReporter(n, p, h) {
		return -1
	}
	closing := false
	for k := h + 1; k < i; k++ {
		if tr.t[k].Form == "," {
			closing = true
		}
	}
	if !closing {
		return -1
	}
	// the head of tokens [0, p): the one whose head lies outside them
	head := -1
	for k := 0; k < p; k++ {
		if g := tr.t[k].Head; g < 0 || g >= p {
			if head >= 0 {
				return -1 // more than one phrase before the comma
			}
			head = k
		}
	}
	if head < 0 || !(tr.t[head].UPOS == "PROPN" || tr.t[head].UPOS == "NOUN" || tr.t[head].UPOS == "PRON") {
		return -1
	}
	if n < p && n != head {
		return -1
	}
	return head
}

// medialReporterAppos reports whether subject s of clause i is split from i by a medial
// reporting clause the parser read as s's appositive with a contact relative clause: "Vietnam,
// the spokeswoman Pham Thu Hang said, opposes …" with spokeswoman appos of Vietnam and said
// acl:relcl of spokeswoman. A relative clause without a relative word has a gap for its
// antecedent (Quirk et al. 1985, 17.14), and a verb of saying with a subject of its own and
// nothing missing before the comma that closes it is the parenthetical reporting clause of 15.53:
// the appositive is its subject, the reporter, not s's referent. Shape: a comma right after s's
// phrase; an appositive a of s between that comma and i; a verb of saying r (modality.txt report)
// that is a's acl:relcl with an nsubj, no relative word and no object, before i; a comma between
// r and i.
func (tr *tree) medialReporterAppos(s, i int) bool {
	if s >= i || tr.lx == nil || s+1 >= len(tr.t) || tr.t[s+1].Form != "," {
		return false
	}
	for _, a := range tr.kids[s] {
		if a <= s+1 || a >= i || tr.rel(a) != "appos" {
			continue
		}
		for _, r := range tr.kids[a] {
			if r >= i || tr.rel(r) != "acl:relcl" || !tr.lx.in("report", tr.lemma(r)) || tr.child(r, "nsubj") < 0 || tr.child(r, "obj", "ccomp") >= 0 {
				continue
			}
			relword := false
			for _, k := range tr.kids[r] {
				if relativePronouns[tr.lemma(k)] || tr.lower[k] == "that" {
					relword = true
				}
			}
			if relword {
				continue
			}
			for k := r + 1; k < i; k++ {
				if tr.t[k].Form == "," {
					return true
				}
			}
		}
	}
	return false
}

// appositiveReporter reports whether subject n of the verb of saying h, standing before the
// first comma p, has an appositive after p that runs up to h with no comma between: the
// reporter of a medial reporting clause the parser hung on the noun phrase before it
// (medialSubject).
func (tr *tree) appositiveReporter(n, p, h int) bool {
	for k := p + 1; k < h; k++ {
		if tr.t[k].Form == "," {
			return false
		}
	}
	for _, a := range tr.kids[n] {
		if a > p && a < h && tr.rel(a) == "appos" {
			return true
		}
	}
	return false
}

// finiteClause reports whether clause i carries a finite verb (Penn tags MD, VBZ, VBP, VBD) on
// its head or on an auxiliary or copula: "opposes", "would reject", "is ready"; a bare base form
// ("reject the offer") is not. Unlike finite (args_helpers.go) it counts a copula, so an adjective
// or noun predicate ("Iran, officials said, is ready …") is a finite clause.
func (tr *tree) finiteClause(i int) bool {
	finite := func(k int) bool {
		switch tr.t[k].XPOS {
		case "MD", "VBZ", "VBP", "VBD":
			return true
		}
		return false
	}
	if finite(i) {
		return true
	}
	for _, k := range tr.kids[i] {
		switch tr.rel(k) {
		case "aux", "aux:pass", "cop":
			if finite(k) {
				return true
			}
		}
	}
	return false
}

// looseParticiple reports a subjectless -ing clause at i with no subordinator, set off by a
// comma before it: a supplementive clause (Quirk et al. 1985, 15.58–15.60), not a complement.
func (tr *tree) looseParticiple(i int) bool {
	return tr.t[i].XPOS == "VBG" && i > 0 && tr.t[i-1].Form == "," && tr.caseOf(i) == "" && tr.child(i, "nsubj") < 0
}

// pactResult reports a supplementive -ing clause i of ending (modality.txt reversal), set off by
// a comma or not, after the matrix verb h's object, that object a noun of a concluded agreement
// (modality.txt pact): "Ghana and Togo signed a peace agreement on Tuesday, ending a border
// dispute". A supplementive clause's implied subject is normally the matrix subject, but may be
// the whole matrix clause or, by proximity, its object when the subject cannot do what it
// states (Quirk et al. 1985, 15.60 on unattached and resultative participle clauses): the
// agreement ends the dispute, as the result of its signing, and the signers' act is the signing
// (CAMEO 057 "sign formal agreement"), not a second act of ending (CAMEO 081/085 concessions
// are acts of their own). A participle of saying or pledging ("…, pledging to withdraw") keeps
// the matrix subject: only verbs of ending are read so.
func (tr *tree) pactResult(h, i int) bool {
	if tr.lx == nil || !tr.lx.in("reversal", tr.lemma(i)) {
		return false
	}
	if !tr.looseParticiple(i) && !(tr.t[i].XPOS == "VBG" && tr.caseOf(i) == "" && tr.child(i, "nsubj") < 0) {
		// (the comma is punctuation, not grammar: "signed a peace agreement on Monday ending a
		// border dispute" is the same supplementive clause unmarked, Quirk et al. 1985, 15.60
		// and App. III.15 on the optional comma after a short adverbial)
		return false
	}
	o := tr.child(h, "obj")
	return o >= 0 && o < i && tr.lx.in("pact", tr.lemma(o))
}

// requestVerb reports a verb of asking or ordering: a verb cue that demands in some mode
// (cameo-verbs.txt, cue-classes.txt: demand, press, urge, ask …) or a speech-act verb of the
// directive class (modality.txt: "told Manila to withdraw").
func (lx *Lexicon) requestVerb(lemma string) bool {
	for _, c := range lx.verbs[lemma] {
		if c.types.demands() {
			return true
		}
	}
	for _, c := range lx.classes["verb "+lemma] {
		if c.types.demands() {
			return true
		}
	}
	return lx.in("directive", lemma)
}

// wantedAct reports a verb heading a complement that names an act wanted, not one done: a
// to-infinitive (xcomp, "pressed Japan to lift") or a mandative subjunctive, the base form
// with a subject and no auxiliary in a that-clause ("demanded that Israel withdraw"; Quirk et
// al. 1985, 3.58–3.59 and 16.32).
func (tr *tree) wantedAct(h int) bool {
	if tr.t[h].XPOS != "VB" || tr.child(h, "aux", "aux:pass") >= 0 {
		return false
	}
	switch tr.rel(h) {
	case "xcomp":
		return tr.caseOf(h) == "to"
	case "ccomp":
		return tr.child(h, "nsubj") >= 0 && tr.caseOf(h) == "that"
	}
	return false
}
