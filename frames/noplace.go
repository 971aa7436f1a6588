package frames

// noPlaceJudgement reads the idiom "<NP> has no place in <NP>" at the noun "place" (token k):
// the subject is declared unacceptable where the in-phrase says ("Intimidation of the press has
// no place in a democracy", "Terrorism has no place in any society"), a condemnation of what the
// subject names: Cambridge Dictionary, "have no place": "to not be suitable or acceptable in a
// particular situation"; CAMEO 111 "criticize or denounce", PLOVER DISAPPROVE. The noun is the
// object of "have" under the negative determiner "no" (negDeterminer), with an in-phrase on the
// noun or on the verb; the subject is a noun phrase (the target). Source as for the other
// judgements (reportedJudgement): a verb of saying over or after the clause, else -1 (the loader
// takes the quotation's or the speaking unit's speaker). "There is no place for X" and "has a
// place in" are not this idiom.
func (lx *Lexicon) noPlaceJudgement(tr *tree, k int) (Match, bool) {
	m := Match{Cue: k, Kind: "noun", Source: -1, Target: -1, Content: -1, Mode: Asserted, Scope: Own, Outer: -1}
	if tr.t[k].UPOS != "NOUN" || tr.lemma(k) != "place" || tr.rel(k) != "obj" || !lx.negDeterminer(tr, k) {
		return m, false
	}
	v := tr.t[k].Head
	if v < 0 || tr.lemma(v) != "have" {
		return m, false
	}
	in := false
	for _, p := range []int{k, v} {
		for _, c := range tr.kids[p] {
			if r := base(tr.rel(c)); (r == "nmod" || r == "obl") && tr.caseOf(c) == "in" {
				in = true
			}
		}
	}
	s := tr.child(v, "nsubj")
	if !in || s < 0 || !tr.nominal(s) {
		return m, false
	}
	m.Target = s
	m.Rule = "frames:judgement-noplace:grammar/have-no-place"
	return lx.reportedJudgement(tr, m, v)
}
