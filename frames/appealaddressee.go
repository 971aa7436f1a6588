package frames

// appealAddressee reports a noun that is the addressee of a verb of asking or ordering (the obj,
// or the on-, upon- or to-phrase: "calls on A and B", "appealed to the parties", "urged the
// rebels"), or a conjunct of one. An infinitive the parser hung on that noun ("calls on A and B
// to agree to a ceasefire") is the directive's content, the act wanted of the addressee, not an
// act the addressee does or offers (Searle 1976: a directive's propositional content is a future
// act of the hearer; Quirk et al. 1985, 16.63 on the infinitive complement of a directive verb):
// so it has no controller of its own here, and the request is the asker's DEMANDS (trial30 N10:
// an appeal to two parties read as one party's offer of a ceasefire).
func (lx *Lexicon) appealAddressee(tr *tree, n int) bool {
	for k := 0; k < 3 && tr.rel(n) == "conj"; k++ {
		if tr.t[n].Head < 0 {
			return false
		}
		n = tr.t[n].Head
	}
	g := tr.t[n].Head
	if g < 0 || tr.t[g].UPOS != "VERB" || !lx.requestVerb(tr.lemma(g)) && !lx.appealPattern(tr, g) {
		return false
	}
	switch base(tr.rel(n)) {
	case "obj", "iobj":
		return true
	case "obl":
		switch tr.caseOf(n) {
		case "on", "upon", "to":
			return true
		}
	}
	return false
}

// appealPattern reports a verb whose matching dictionary pattern is coded as a demand or appeal
// (CAMEO 02 "appeal", 10 "demand": "CALL * ON" [020]), its default code being something else.
func (lx *Lexicon) appealPattern(tr *tree, g int) bool {
	bp := lx.bestPattern(tr, g, lx.verbs[tr.lemma(g)])
	return bp != nil && bp.types.demands()
}
