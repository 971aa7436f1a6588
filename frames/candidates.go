package frames

// CueLemma reports whether lemma (lower case) can be the predicate of a match: a verb of the
// CAMEO dictionary that has a relation type in some mode or heads a block with a typed pattern,
// or a word of a hand cue class (verb, noun, adjective or preposition of cue-classes.txt). A
// reported obligation ("said X must …") needs a verb of saying and a deontic modal instead
// (InClass "report" and "deontic"). It is a filter for callers that parse only the sentences that may hold a cue; Match alone
// decides whether and how a cue matches.
func (lx *Lexicon) CueLemma(lemma string) bool { return lx.cueLemmas[lemma] }

// indexCueLemmas fills cueLemmas from the loaded tables (Load calls it last).
func (lx *Lexicon) indexCueLemmas() {
	lx.cueLemmas = map[string]bool{}
	typedBlock := map[string]bool{}
	for block, ps := range lx.patterns {
		for _, p := range ps {
			if p.types != (Types{}) {
				typedBlock[block] = true
				break
			}
		}
	}
	for lemma, vs := range lx.verbs {
		for _, v := range vs {
			if v.types != (Types{}) || typedBlock[v.block] {
				lx.cueLemmas[lemma] = true
			}
		}
	}
	for _, cs := range lx.classes {
		for _, c := range cs {
			lx.cueLemmas[c.lemma] = true
		}
	}
}

// InClass reports whether lemma (lower case) is in a word class of modality.txt ("report",
// "deontic", "negation", "hedge", "scope", …).
func (lx *Lexicon) InClass(class, lemma string) bool { return lx.in(class, lemma) }
