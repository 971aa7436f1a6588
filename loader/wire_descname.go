package loader

// A name after a descriptive noun (session 27, the parse26b pair's adoption). In "blocked the
// video app Zintra", "threatened to arrest opposition leader Ivan Petrov" English puts a common
// noun phrase before a proper name with no comma between: the close (restrictive) apposition of
// Quirk et al. 1985, 17.75–17.77, where the name identifies and the noun describes it. UD admits
// two annotations: EWT makes the name the head with the descriptor its dependent (compound,
// nmod:desc), GUM makes the descriptor the head with the name its appos ("his wife Manju", "the
// writers Mark …"; 97 such in GUM CC BY). The parse26b pair, trained on both, now gives GUM's;
// the frame rules read the head of an argument as what it names, so they took "app" or "leader"
// for the target. The rewrite gives back EWT's reading, which the rules were written on.

// descriptorName turns a close apposition parsed descriptor-headed into the name-headed reading:
// a proper noun p, appos of common noun n, whose phrase begins right after n (no comma, no word
// between: a loose apposition after a comma is left alone) takes n's head and relation, n
// becomes p's compound, and n's dependents that belong to the whole noun phrase move to p — those
// after the name (postmodifiers, conjuncts) and the determiner, possessive, case word or
// coordinator before it; n keeps its own premodifiers (amod, compound, nummod, nmod:desc). A name
// that is itself a conjunct or already carries a determiner is not a close apposition; nothing
// else moves.
func descriptorName(fs *frameSentence) {
	toks := fs.toks
	for p := range toks {
		n := toks[p].Head
		if toks[p].DepRel != "appos" || toks[p].UPOS != "PROPN" || n < 0 || n >= p || toks[n].UPOS != "NOUN" {
			continue
		}
		if lo, _ := subtreeSpan(toks, p, -1); lo != n+1 {
			continue // a comma or other words between: loose apposition
		}
		det := false
		for k := range toks {
			if toks[k].Head == p && (toks[k].DepRel == "det" || toks[k].DepRel == "punct" || toks[k].DepRel == "cc") {
				det = true
			}
		}
		if det {
			continue
		}
		toks[p].Head, toks[p].DepRel = toks[n].Head, toks[n].DepRel
		toks[n].Head, toks[n].DepRel = p, "compound"
		for k := range toks {
			if toks[k].Head != n || k == p {
				continue
			}
			switch toks[k].DepRel {
			case "amod", "compound", "nummod", "nmod:desc", "flat":
				if k < n {
					continue
				}
			}
			toks[k].Head = p
		}
	}
}
