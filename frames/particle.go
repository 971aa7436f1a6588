package frames

import "strings"

// particleBeforeObject returns toks with the particle of a transitive phrasal verb that the
// parser read as a preposition before the verb's object re-attached as the verb's particle
// (compound:prt) and its noun as the verb's object: "called off the strike", "brushed aside the
// criticism", which the EWT-trained parser reads as "called [off the strike]" (case, obl). In a
// transitive phrasal verb the particle may stand before or after the object ("called off the
// strike" = "called the strike off"; Quirk et al. 1985, 16.4), which a preposition cannot
// ("*ran the road off"); the two readings share their surface when the particle comes first, and
// the dictionary decides: only a verb that CAMEO.2.0.txt (cameo-verbs.txt: CALL_OFF, RULE_OUT)
// or cue-classes.txt lists with that particle (by its lemma, or the verb the dictionary lists its
// form under: "shot" of SHOOT) is re-read, so "ran off the road" (no RUN_OFF) keeps
// its prepositional phrase. The particle must follow the verb at once, be the phrase's only case
// word, and the verb have no direct object of its own; a time noun ("off Monday") is no object.
// toks is not changed; the copy is returned when a word was re-attached.
func (lx *Lexicon) particleBeforeObject(toks []Token) []Token {
	out := toks
	for v := 0; v+2 < len(toks); v++ {
		j := v + 1
		p := strings.ToLower(toks[j].Form)
		if toks[v].UPOS == "VERB" && particleWords[p] && toks[j].UPOS == "ADV" && toks[j].DepRel == "amod" {
			// "brushed aside opposition calls" with the particle hung on the object noun as its
			// premodifier: an adverb premodifies no noun (Quirk et al. 1985, 7.46, 17.97: adverbs
			// premodify nouns only in a few fixed cases, "the then president"), so after the verb it
			// is the verb's particle, when the dictionary lists the phrasal verb
			if h := toks[j].Head; h > j && h < len(toks) && toks[h].Head == v && toks[h].DepRel == "obj" &&
				(lx.listsParticle(lemmaOf(toks[v]), p) || lx.listsParticle(lx.forms[strings.ToLower(toks[v].Form)], p)) {
				if &out[0] == &toks[0] {
					out = append([]Token(nil), toks...)
				}
				out[j].Head, out[j].DepRel = v, "compound:prt"
			}
			continue
		}
		if toks[v].UPOS != "VERB" || !particleWords[p] || toks[j].DepRel != "case" {
			continue
		}
		h := toks[j].Head
		if h <= j || h >= len(toks) || toks[h].Head != v || base(toks[h].DepRel) != "obl" {
			continue
		}
		if u := toks[h].UPOS; u != "NOUN" && u != "PROPN" || lx.in("time", strings.ToLower(toks[h].Lemma)) {
			continue
		}
		other := false // the verb's own object, or a second case word on the noun ("out of")
		for k := range toks {
			if k != j && toks[k].Head == h && toks[k].DepRel == "case" || toks[k].Head == v && toks[k].DepRel == "obj" {
				other = true
			}
		}
		if other {
			continue
		}
		noun := strings.ToLower(toks[h].Lemma)
		if !lx.listsParticle(lemmaOf(toks[v]), p) && !lx.listsParticle(lx.forms[strings.ToLower(toks[v].Form)], p) &&
			!lx.patternParticle(lemmaOf(toks[v]), p, noun) && !lx.patternParticle(lx.forms[strings.ToLower(toks[v].Form)], p, noun) {
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]Token(nil), toks...)
		}
		out[j].Head, out[j].DepRel = v, "compound:prt"
		out[h].DepRel = "obj"
	}
	return out
}

// listsParticle reports whether the CAMEO verb dictionary or a cue-classes.txt verb line lists
// verb lemma l with particle p ("call off", "rule out", "turn down").
func (lx *Lexicon) listsParticle(l, p string) bool {
	for _, v := range lx.verbs[l] {
		if len(v.extra) > 0 && v.extra[0] == p {
			return true
		}
	}
	for _, c := range lx.classes["verb "+l] {
		if c.particle == p {
			return true
		}
	}
	return false
}

// lemmaOf is a token's lower-cased lemma, its form when the lemma is missing (as tree.lemma).
func lemmaOf(t Token) string {
	if l := t.Lemma; l != "" && l != "_" {
		return strings.ToLower(l)
	}
	return strings.ToLower(t.Form)
}

// patternParticle reports whether a verb–object pattern of a CAMEO block of verb lemma l names
// particle p before object noun n: "- * OFF DEAL" [120] # THROW of the HURL block, "- * OUT
// APPEAL" [121]. The dictionary writes a transitive phrasal verb so when the verb has no compound
// entry of its own (no THROW_OFF line), and PETRARCH2 matches the pattern's particle and object in
// order after the verb (dictionaries.rst, "Patterns"); the particle before the object is then the
// verb's, as listsParticle's compound entries make it (Quirk et al. 1985, 16.4).
func (lx *Lexicon) patternParticle(l, p, n string) bool {
	if l == "" || n == "" {
		return false
	}
	seen := map[string]bool{}
	for _, v := range lx.verbs[l] {
		if len(v.extra) > 0 || seen[v.block] {
			continue
		}
		seen[v.block] = true
		for _, pc := range lx.patterns[v.block] {
			if pc.particle != p {
				continue
			}
			for _, o := range pc.object {
				if o == n || o == n+"s" || o == n+"es" {
					return true
				}
			}
		}
	}
	return false
}

// compoundEntry reports that the entries verbEntries chose for verb i are the dictionary's
// compound verbs ("+GIVE_UP" [080], "+TAKE_OVER" [171], "+GET_OUT" of RETREAT) and that the
// compound's other word is the verb's particle or follows the verb at once ("gave up", "gave in
// to", "took over the town"), not the preposition of an adjunct further on ("gave, in a
// statement, …"). A phrasal verb is a lexical unit whose meaning is not its verb's (Quirk et al.
// 1985, 16.3–16.4: "give in" 'surrender', "give up" 'abandon'), so the light-verb reading of its
// verb word ("give a speech", "take steps": the object carries the meaning; modality.txt light)
// does not apply to it; PETRARCH2 codes the compound by its own line (dictionaries.rst, "Verbs":
// "+" marks the compound's verb, "_" joins its words).
func compoundEntry(tr *tree, i int, verbs []verbCue) bool {
	if len(verbs) == 0 || len(verbs[0].extra) == 0 || verbs[0].extra[0] == "<" {
		return false
	}
	w := verbs[0].extra[0]
	return tr.particle(i) == w || i+1 < len(tr.t) && tr.lower[i+1] == w
}

// IsParticleWord reports an adverbial particle of phrasal verbs (particleWords: "aside", "off",
// "out", …; Quirk et al. 1985, 16.2), for the loader's target phrases.
func IsParticleWord(w string) bool { return particleWords[strings.ToLower(w)] }
