package frames

// groundlessPhrase reports noun a heading a prepositional phrase "without foundation", "without
// basis", "without merit" (modality.txt grounds) used as a predicative or complement: the phrase
// means what the adjectives baseless, groundless and unfounded mean (OED baseless adj. "having
// no foundation in fact"; unfounded adj. "having no foundation or basis in fact"), a prepositional
// phrase being a subject complement as an adjective phrase is (Quirk et al. 1985, 16.23, "the
// charges are without foundation"), so it judges its subject negatively as those adjectives do
// (data/lexicons/evaluations.txt). A determiner or modifier on the noun ("without any firm
// basis in law") keeps the same sense; "without" on another noun ("without delay") is no
// judgement.
func (lx *Lexicon) groundlessPhrase(tr *tree, a int) bool {
	if tr.t[a].UPOS != "NOUN" || !lx.in("grounds", tr.lemma(a)) {
		return false
	}
	for _, k := range tr.kids[a] {
		if k < a && tr.rel(k) == "case" && tr.lower[k] == "without" {
			return true // (the clause's "that" is a's mark too: caseOf would read it first)
		}
	}
	return false
}
