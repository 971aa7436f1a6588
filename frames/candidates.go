package frames

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

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
		if l := lx.dictLemma(lemma); l != "" {
			c, ok = lx.cueLemmas[l]
		}
	}
	return ok && c.holds(words)
}

// CueNeeds is what CueCandidate asks of a sentence for lemma: ok false when lemma is a candidate
// in no sentence; always when it is one in every sentence; else one of needs among the
// sentence's words. CueCandidate(lemma, words) is ok && (always || some need in words). The
// answer depends on lemma alone, so a caller may keep it per word (needs is shared: not to be
// modified).
func (lx *Lexicon) CueNeeds(lemma string) (ok, always bool, needs []string) {
	c, ok := lx.cueLemmas[lemma]
	if !ok {
		if l := lx.dictLemma(lemma); l != "" {
			c, ok = lx.cueLemmas[l]
		}
	}
	if !ok {
		return false, false, nil
	}
	return true, c.always, c.needs
}

// CueCandidateTagged is CueCandidate for a tagged word (UD part of speech, lemma and form, lower
// case), read as Match reads it: a verb through the CAMEO dictionary, the verb classes and, as an
// adjectival passive ("is opposed to"), the adjective classes; a noun, adjective or preposition
// through its class. A noun "trade" or "issue" is no candidate, though the verbs are.
//
// modal says whether the sentence has a word of the future, conditional, hedge or intent classes
// of modality.txt (Modal): a verb typed only in the future or conditional mode is a candidate
// only then. (A purpose infinitive makes its verb future too, "sent envoys to meet", without
// such a word: those matches are given up for speed.)
func (lx *Lexicon) CueCandidateTagged(upos, lemma, form string, words map[string]bool, modal bool) bool {
	switch upos {
	case "VERB":
		if !lx.knownVerb(lemma) {
			if l := lx.dictLemma(form); l != "" {
				lemma = l // as Match reads it (dictionaryLemmas)
			}
		}
		if c := lx.verbLemmas[lemma]; c != nil && c.holds(words) && (c.asserted || modal || c.assertedByPattern(words)) {
			return true
		}
		if l, ok := lx.forms[strings.ToLower(form)]; ok && l != lemma && lx.onlyPhrasal(lemma) {
			// "shot down the bill": a form the dictionary lists under another verb than the
			// multi-word entry its lemma has (dictionaryLemmas)
			if c := lx.verbLemmas[l]; c != nil && c.holds(words) && (c.asserted || modal) {
				return true
			}
		}
		return len(lx.classes["adj "+form]) > 0
	case "NOUN":
		if len(lx.classes["noun "+lemma]) == 0 && strings.HasSuffix(form, "ing") {
			// a nominal gerund of a dictionary verb ("the severing of ties", gerund.go)
			if v := lx.gerundVerb(strings.ToLower(form)); v != "" {
				if c := lx.verbLemmas[v]; c != nil && c.holds(words) {
					return true
				}
			}
		}
		return len(lx.classes["noun "+lemma]) > 0
	case "ADJ":
		return len(lx.classes["adj "+lemma]) > 0 || len(lx.classes["adj "+form]) > 0
	case "ADP":
		return len(lx.classes["prep "+lemma]) > 0
	}
	return false
}

// holds reports whether the sentence's words meet c.
func (c *cueLemma) holds(words map[string]bool) bool {
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
	// asserted: some entry of the lemma has a type in the asserted mode; without one, the
	// lemma is a cue only in the future or conditional mode ("meet", "go": CAMEO 036, 04x)
	asserted bool
	// assertedNeeds: words of the typed patterns in the asserted mode of a verb whose own entry
	// is typed only in the future or conditional (assertedByPattern)
	assertedNeeds []string
}

// assertedByPattern reports whether c, a verb not asserted by its own entry, has a pattern typed
// in the asserted mode, with no preposition slot, whose object, a noun of relations
// (modality.txt relation) or of aid (modality.txt aid-noun, CAMEO 07), is among words: "established diplomatic
// relations" (ENACT * RELATIONS 054) is an act, though a bare "establish" (060) is a cue only
// in the future; the pattern, more specific, wins in Match, so the sentence must be parsed.
func (c *cueLemma) assertedByPattern(words map[string]bool) bool {
	for _, w := range c.assertedNeeds {
		if words[w] {
			return true
		}
	}
	return false
}

// indexCueLemmas fills cueLemmas and verbLemmas from the loaded tables (Load calls it last).
func (lx *Lexicon) indexCueLemmas() {
	lx.verbLemmas = map[string]*cueLemma{}
	verb := func(l string) *cueLemma {
		c := lx.verbLemmas[l]
		if c == nil {
			c = &cueLemma{}
			lx.verbLemmas[l] = c
		}
		return c
	}
	for key, cs := range lx.classes {
		if kind, _, _ := strings.Cut(key, " "); kind == "verb" {
			for _, c := range cs {
				v := verb(c.lemma)
				if c.oclass != "" {
					// a line over a class of goods ("delivered tanks to", oclass:weapon-goods):
					// the verb is a cue, in the asserted mode too, only with such a noun
					// ("supplied details to reporters" is none)
					gs := lx.classWords(c.oclass)
					v.needs = append(v.needs, gs...)
					if c.types.Asserted != "" {
						v.assertedNeeds = append(v.assertedNeeds, gs...)
					}
					continue
				}
				v.always = true
				v.asserted = v.asserted || c.types.Asserted != "" || c.needs["negated"]
			}
		}
	}
	for lemma, vs := range lx.verbs {
		for _, v := range vs {
			if v.types != (Types{}) {
				verb(lemma).asserted = verb(lemma).asserted || v.types.Asserted != ""
				if len(v.extra) > 0 && v.extra[0] != "<" {
					// a phrasal entry ("call off", "is determined") needs its other word
					c := verb(lemma)
					c.needs = append(c.needs, v.extra[0])
				} else if len(v.extra) == 0 {
					verb(lemma).always = true
				}
				if c := verb(lemma); len(v.extra) == 0 && !c.asserted {
					// the block's typed patterns still match over the verb's own entry
					// (bestPattern): their asserted words make the verb a candidate
					for _, p := range lx.patterns[v.block] {
						if p.types.Asserted == "" || len(p.preps) > 0 {
							continue // (a preposition slot: "HOST * TALKS (BETWEEN)" 039 stays out)
						}
						if len(p.mods) > 0 {
							// a phrase needs its first modifier too ("{MILITARY
							// INFORMATION}" [072]: "provided details to reporters" is no aid)
							c.assertedNeeds = append(c.assertedNeeds, needWords(p.mods[0])...)
							continue
						}
						// every object of a typed pattern: an act on a relationship
						// ("ESTABLISH * RELATIONS" 054), aid given ("PROVIDE * AID" [070] of
						// the GRANT [060] block: CAMEO root 07 "provide aid" is an act done,
						// PLOVER AID, while the block's 060 is typed only when announced), and
						// as much a loan or credit granted ("- * LOAN" [071], "- * CREDIT"),
						// a contract awarded: the dictionary codes the act by its object, so
						// "Kenya granted a loan to Somalia" must be parsed. An earlier gate
						// took the relation and aid-noun classes only, and the loader never
						// parsed the other asserted patterns of such blocks (bench/cuecheck);
						// a phrasal pattern without an object needs its particle
						// ("- * OUT" [020] # REACH)
						for _, o := range needWords(p.object) {
							if o != lemma { // ("- * GRANT" [071]: the verb's own lemma is in every such sentence)
								c.assertedNeeds = append(c.assertedNeeds, o)
							}
						}
						if p.object == nil && p.particle != "" {
							c.assertedNeeds = append(c.assertedNeeds, p.particle)
						}
					}
				}
				continue
			}
			for _, p := range lx.patterns[v.block] {
				if p.types == (Types{}) {
					continue
				}
				c := verb(lemma)
				c.asserted = c.asserted || p.types.Asserted != ""
				switch {
				case p.object != nil:
					c.needs = append(c.needs, needWords(p.object)...)
					for _, o := range p.object {
						if v := lx.spellVariant(o); v != "" {
							c.needs = append(c.needs, v) // "licenses" for "LICENCE" (spellVariant)
						}
					}
					if slices.ContainsFunc(p.object, func(o string) bool { return lx.words["liability"][o] }) {
						// "held X liable": an adjective of the class fills the slot (complementWord)
						c.needs = append(c.needs, lx.classWords("liability")...)
					}
					if slices.Contains(p.object, "aid") {
						// an amount of money fills an aid slot (money.go): its currency noun,
						// or the large number of "$40 million", whose sign is no word
						c.needs = append(c.needs, moneyWords(lx.currency)...)
					}
				case len(p.preps) > 0 && p.preps[0].noun != nil:
					c.needs = append(c.needs, needWords(p.preps[0].noun)...)
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
	// a verb of ending over an act of dissent ("ended their sit-in", "called off the march"):
	// dissentYield (yield.go), by the verb's lemma, a phrasal one's before its particle
	for r := range lx.words["reversal"] {
		l, _, _ := strings.Cut(r, "_")
		c := verb(l)
		c.asserted = true
		for d := range lx.words["dissent"] {
			c.needs = append(c.needs, d)
		}
	}
	// "made a ceasefire a condition for the talks": make over a precondition noun
	// (madeCondition, precondition.go)
	if len(lx.words["precondition"]) > 0 {
		c := verb("make")
		c.asserted = true
		for p := range lx.words["precondition"] {
			c.needs = append(c.needs, p)
		}
	}
	// a listed inflection is a candidate as its verb is ("froze"; dictionaryLemmas)
	for f, l := range lx.forms {
		if c := lx.verbLemmas[l]; c != nil && lx.verbLemmas[f] == nil && len(lx.verbs[f]) == 0 {
			lx.verbLemmas[f] = c
		}
	}
	// any part of speech: the verbs, and every class word
	lx.cueLemmas = make(map[string]*cueLemma, len(lx.verbLemmas))
	for l, c := range lx.verbLemmas {
		lx.cueLemmas[l] = c
	}
	for _, cs := range lx.classes {
		for _, c := range cs {
			lx.cueLemmas[c.lemma] = &cueLemma{always: true}
		}
	}
}

// Modal reports whether words (lower-cased forms and lemmas of a sentence) hold a word of the
// future, conditional, hedge or intent classes of modality.txt: the words that can put a cue in
// the future or conditional mode.
func (lx *Lexicon) Modal(words map[string]bool) bool {
	for w := range words {
		if lx.modal[w] { // future, conditional, hedge or intent (addWord)
			return true
		}
	}
	return false
}

// InClass reports whether lemma (lower case) is in a word class of modality.txt ("report",
// "deontic", "negation", "hedge", "scope", …).
func (lx *Lexicon) InClass(class, lemma string) bool { return lx.in(class, lemma) }

// ClassWords returns the lemmas of a word class of modality.txt as a set, for a caller that asks
// InClass of many words (read only; nil for a class the file does not have).
func (lx *Lexicon) ClassWords(class string) map[string]bool { return lx.words[class] }

// IsVerb reports whether lemma (lower case) is a verb of the CAMEO verb dictionary
// (cameo-verbs.txt), whatever its code.
func (lx *Lexicon) IsVerb(lemma string) bool { return len(lx.verbs[lemma]) > 0 }

// DoublesFinal reports whether the CAMEO dictionary spells verb lemma's inflections with its final
// consonant doubled ("expelling", "admitted": cameo-forms.txt), which English orthography does
// after a stressed final syllable (Quirk et al. 1985, 3.7; "visiting" does not) and which the
// spelling alone cannot tell.
func (lx *Lexicon) DoublesFinal(lemma string) bool {
	if lemma == "" {
		return false
	}
	d := lemma + lemma[len(lemma)-1:]
	return lx.forms[d+"ing"] == lemma || lx.forms[d+"ed"] == lemma
}

// NounTakes reports whether noun lemma is a cue whose target attaches with preposition prep
// ("call" for, "opposition" to; cue-classes.txt targets, or the nominal targets of a CAMEO verb's
// event noun).
func (lx *Lexicon) NounTakes(lemma, prep string) bool {
	for _, c := range lx.classes["noun "+strings.ToLower(lemma)] {
		if slices.Contains(c.targets, prep) {
			return true
		}
	}
	return false
}

// NounParty reports whether preposition prep (lower case) after noun lemma introduces a party
// of the noun cue's act: "from" of a noun whose from-phrase names its agent ("pressure from
// Washington", "an offer from Tokyo"; fromAgent), or "to" of a noun whose target it marks ("a
// warning to Moscow", "an apology to Seoul"; NounTakes). The event noun takes these phrases as
// its arguments (Grimshaw 1990, ch. 3; Quirk et al. 1985, 9.31 on from of source, 17.40 on
// postmodifying prepositional phrases), not as the place of the act, as "arrived from Ankara"
// or "flew to Tokyo" have it.
func (lx *Lexicon) NounParty(lemma, prep string) bool {
	switch prep {
	case "from":
		return lx.fromAgent(strings.ToLower(lemma))
	case "to":
		return lx.NounTakes(lemma, "to")
	}
	return false
}

// IsSanctionNoun reports a noun lemma whose cue class is a sanction (tariff, embargo, curfew,
// ban …; cue-classes.txt), which names a measure.
func (lx *Lexicon) IsSanctionNoun(lemma string) bool {
	for _, c := range lx.classes["noun "+strings.ToLower(lemma)] {
		if c.types.Asserted == graph.Sanctions {
			return true
		}
	}
	return false
}

// EventVerb reports whether lemma (lower case) is, with no particle or other word, a verb of the
// CAMEO dictionary under an event code (cameo-verbs.txt: a code other than "---", which marks the
// dictionary's verbs of no event, "situate", "develop").
func (lx *Lexicon) EventVerb(lemma string) bool {
	for _, v := range lx.verbs[lemma] {
		if len(v.extra) == 0 && v.code != "" && v.code != "---" {
			return true
		}
	}
	return false
}

// ConsultVerb reports whether lemma (lower case) is, with no particle or other word, a verb of
// the CAMEO dictionary's 04 "consult" root (MEET, VISIT, HOST, PHONE, CONSULT, …: cameo-verbs.txt
// code 04x), whose object is the other party of a meeting or call ("met Foreign Minister X").
func (lx *Lexicon) ConsultVerb(lemma string) bool {
	for _, v := range lx.verbs[lemma] {
		if len(v.extra) == 0 && strings.HasPrefix(v.code, "04") {
			return true
		}
	}
	return false
}

// ComplementPreps returns the prepositions that the cue-classes.txt lines of the class entry a
// match's rule names ("frames:verb:class/verb/add", "…/class/verb/set_aside") need as the
// verb's own complement beside its object — their with: condition ("add X to a sanctions list",
// "put X on a blacklist": the goal of a verb of putting, Levin 1993, 9.1–9.2; Quirk et al. 1985,
// 16.48 on the obligatory adverbial of "put") — with "for" when a line needs a for-ground
// ("blasted the ministry for ignoring …": the ground of a judgement, Quirk et al. 1985, 9.58).
// The matcher found these phrases on the verb or on its object, so they belong to the clause,
// not to the object's name. Nil for a dictionary entry or a line with neither condition.
func (lx *Lexicon) ComplementPreps(rule string) []string {
	_, entry, ok := strings.Cut(CutPrecedence(rule), "class/")
	if !ok {
		return nil
	}
	kind, rest, _ := strings.Cut(entry, "/")
	lemma, particle, _ := strings.Cut(rest, "_")
	if i := strings.IndexAny(lemma, "-:@ "); i >= 0 {
		lemma = lemma[:i] // a suffix the matcher appended ("-reversal")
	}
	if i := strings.IndexAny(particle, "-:@ "); i >= 0 {
		particle = particle[:i]
	}
	var out []string
	for _, c := range lx.classes[kind+" "+lemma] {
		if c.particle != particle {
			continue
		}
		for _, p := range c.with {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
		if c.needs["ground"] && !slices.Contains(out, "for") {
			out = append(out, "for")
		}
	}
	return out
}

// needWords returns the dictionary words ws as a sentence's words hold them: a hyphenated word
// ("SELF-RULE", "SIT-IN") by its last part too, since the tokenizer splits it at its hyphens and
// the sentence's word set has the parts only (hyphen.go).
func needWords(ws []string) []string {
	out := ws
	for _, w := range ws {
		if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
			if len(out) == len(ws) {
				out = append([]string(nil), ws...)
			}
			out = append(out, w[i+1:])
		}
	}
	return out
}
