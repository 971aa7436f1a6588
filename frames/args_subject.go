package frames

// Subjects (moved from args.go): the subject of a predicate, of a characterizing nominal
// predicate, and the antecedent a relative clause modifies.

// characterizedSubject returns the subject of an indefinite nominal predicate h ("the EU must be
// a stronger partner"): a participle or gerund attached to the predicate noun ("a stronger
// partner in helping Ukraine …") is predicated of what the noun characterizes, the copula's
// subject (Quirk et al. 1985, 10.8: a subject complement characterizes the subject; 16.47 on
// indefinite characterizing complements). -1 when h is no such predicate.
func (tr *tree) characterizedSubject(h int) int {
	if tr.child(h, "cop") < 0 {
		return -1
	}
	d := tr.child(h, "det")
	if d < 0 || d > h || tr.lower[d] != "a" && tr.lower[d] != "an" {
		return -1
	}
	if s := tr.child(h, "nsubj"); s >= 0 && s < h {
		return s
	}
	return -1
}

// relativeAntecedent returns the noun that relative clause h modifies: its head when parsed as
// acl:relcl, or, when the parser made the relative clause the root ("whose fleets depend …") with
// the noun as a vocative or dislocated phrase before it, that noun; -1 when h is no relative
// clause. A clause whose subject is or holds a relative word (who, which, whose) is a relative
// clause, never a main clause (Quirk et al. 1985, 17.9 ff.).
func (tr *tree) relativeAntecedent(h int) int {
	if tr.rel(h) == "acl:relcl" && tr.t[h].Head >= 0 && tr.nominal(tr.t[h].Head) {
		return tr.t[h].Head
	}
	s := tr.child(h, "nsubj", "nsubj:pass")
	if s < 0 {
		return -1
	}
	rel := relativePronouns[tr.lower[s]] && tr.t[s].UPOS == "PRON"
	for _, k := range tr.kids[s] {
		rel = rel || tr.t[k].XPOS == "WP$"
	}
	if !rel {
		return -1
	}
	if a := tr.child(h, "vocative", "dislocated"); a >= 0 && a < s && tr.nominal(a) {
		return a
	}
	return -1
}

// subject returns the subject of predicate i: its first nsubj, or an expletive "it" with no
// extraposed clause to stand for ("it is willing to withdraw" — extraposition needs a clause,
// Quirk et al. 1985, 18.33: the parser's "expl" is then the subject); -1 when none.
func (tr *tree) subject(i int) int {
	if s := tr.child(i, "nsubj"); s >= 0 {
		return s
	}
	if s := tr.invertedSpeaker(i); s >= 0 {
		return s // "…," said Poland's interior minister (invertedSpeaker)
	}
	if tr.byMeansActive(i) {
		return tr.child(i, "nsubj:pass") // "Moscow retaliated by expelling …" (byMeansActive)
	}
	if e := tr.child(i, "expl"); e >= 0 && tr.lemma(e) == "it" && tr.child(i, "csubj", "ccomp") < 0 {
		return e
	}
	return -1
}
