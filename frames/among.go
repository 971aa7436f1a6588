package frames

import "github.com/claimgraph/claimgraph/graph"

// amongHolder returns the among-phrase of attitude noun n that names the stance's holders
// ("support for the bill among farmers", "the mayor's support among teachers", "dislike of the
// plan among voters"), -1 otherwise. Among with a plural or collective complement locates a
// state in a group (Quirk et al. 1985, 9.20: "among" of position in a set), and with a noun of
// attitude the group is where the attitude is held: its holders, as a subjective genitive would
// be (17.41; Biber et al. 1999, ch. 12 on stance nouns). Only nouns whose cue lines type them
// SUPPORTS or OPPOSES (an attitude can be held by a group, a demand or a measure is made by
// someone), no agent nouns ("critics among the senators" names the critics). The phrase hangs on
// n or, as the parser often places it, on a name that complements n ("dislike of Smith among
// voters", "opposition to the tax among farmers"): the among-phrase closes the noun phrase of
// the stance noun, whose complement the parser took for its attachment site (a proper name takes
// no restrictive postmodifier of its own, Quirk et al. 1985, 5.63; a thing opposed is no set the
// group is found in).
func (lx *Lexicon) amongHolder(tr *tree, n int) int {
	if tr.t[n].UPOS != "NOUN" || lx.in("agent-noun", tr.lemma(n)) {
		return -1
	}
	attitude := false
	for _, c := range lx.classes["noun "+tr.lemma(n)] {
		if t := c.types.Asserted; t == graph.Supports || t == graph.Opposes {
			attitude = true
		}
	}
	if !attitude || lx.negDeterminer(tr, n) {
		return -1 // "no support for the bill among farmers" is none held
	}
	if h := tr.t[n].Head; h >= 0 && (tr.rel(n) == "nsubj" || tr.rel(n) == "obj") {
		for _, k := range tr.kids[h] {
			if tr.rel(k) == "advmod" && lx.in("negation", tr.lemma(k)) {
				return -1 // "support among farmers has never been strong", "did not win support among"
			}
		}
	}
	ok := func(a int) bool { return a > n && tr.nominal(a) && !tr.timeNoun(a) && tr.t[a].UPOS != "PRON" }
	if a := tr.oblWith(n, "among"); a >= 0 && ok(a) {
		return a
	}
	for _, k := range tr.kids[n] {
		if k > n && base(tr.rel(k)) == "nmod" && lx.complementCase(tr.lemma(n), tr.caseOf(k)) {
			if a := tr.oblWith(k, "among"); a >= 0 && ok(a) {
				return a
			}
		}
	}
	return -1
}

// complementCase reports a preposition that one of noun n's cue lines takes for its target.
func (lx *Lexicon) complementCase(n string, p string) bool {
	for _, c := range lx.classes["noun "+n] {
		for _, q := range c.targets {
			if q == p {
				return true
			}
		}
	}
	return false
}
