package frames

// CueCandidate reports whether lemma (lower case) may be the predicate of a match in a sentence
// whose words are words (lower-cased forms and lemmas): a word of a hand cue class (verb, noun,
// adjective or preposition of cue-classes.txt), a verb of the CAMEO dictionary with a relation
// type of its own (a phrasal entry: with its other word among words), or a verb whose block has a typed pattern whose object, preposition or
// particle is among words (a pattern matches only with all its words, so one of them missing
// rules it out: "make" is a cue candidate with "offer" or "threat" in the sentence, not alone).
// A reported obligation ("said X must …") needs a verb of saying and a deontic modal instead
// (InClass "report" and "deontic"). It is a filter for callers that parse only the sentences
// that may hold a cue; Match alone decides whether and how a cue matches.
func (lx *Lexicon) CueCandidate(lemma string, words map[string]bool) bool {
	c, ok := lx.cueLemmas[lemma]
	if !ok {
		return false
	}
	if c.always {
		return true
	}
	for _, w := range c.needs {
		if words[w] {
			return true
		}
	}
	return false
}

// cueLemma is what CueCandidate needs of a sentence for one lemma: nothing (always), or one of
// the needs words.
type cueLemma struct {
	always bool
	needs  []string
}

// indexCueLemmas fills cueLemmas from the loaded tables (Load calls it last).
func (lx *Lexicon) indexCueLemmas() {
	lx.cueLemmas = map[string]*cueLemma{}
	get := func(l string) *cueLemma {
		c := lx.cueLemmas[l]
		if c == nil {
			c = &cueLemma{}
			lx.cueLemmas[l] = c
		}
		return c
	}
	for _, cs := range lx.classes {
		for _, c := range cs {
			get(c.lemma).always = true
		}
	}
	for lemma, vs := range lx.verbs {
		for _, v := range vs {
			if v.types != (Types{}) {
				c := get(lemma)
				if len(v.extra) > 0 && v.extra[0] != "<" {
					// a phrasal entry ("call off", "is determined") needs its other word
					c.needs = append(c.needs, v.extra[0])
				} else if len(v.extra) == 0 {
					c.always = true
				}
				continue
			}
			for _, p := range lx.patterns[v.block] {
				if p.types == (Types{}) {
					continue
				}
				c := get(lemma)
				switch {
				case p.object != nil:
					c.needs = append(c.needs, p.object...)
				case len(p.preps) > 0 && p.preps[0].noun != nil:
					c.needs = append(c.needs, p.preps[0].noun...)
				case len(p.preps) > 0:
					c.needs = append(c.needs, p.preps[0].prep)
				case p.particle != "":
					c.needs = append(c.needs, p.particle)
				case p.subject != nil:
					c.needs = append(c.needs, p.subject...)
				default:
					c.always = true
				}
			}
		}
	}
}

// InClass reports whether lemma (lower case) is in a word class of modality.txt ("report",
// "deontic", "negation", "hedge", "scope", …).
func (lx *Lexicon) InClass(class, lemma string) bool { return lx.in(class, lemma) }
