package frames

import "strings"

// Verb lemmas and phrasal-verb particles as the dictionary reads them: the dictionary verb behind
// a form the lemmatizer gets wrong, and a particle the parser attaches as an adverb or preposition.

// dictionaryLemmas gives a verb whose lemma the dictionary does not know, but whose form it
// lists as an inflection of one of its verbs ("froze" of FREEZE: cameo-forms.txt), that verb as
// its lemma: the lemmatizer learned its exceptions from a treebank that lacks many irregular
// forms, and PETRARCH2 matches the listed forms as written.
func (lx *Lexicon) dictionaryLemmas(tr *tree) {
	for i := range tr.t {
		if tr.t[i].UPOS != "VERB" {
			continue
		}
		if l, ok := lx.forms[tr.lower[i]]; ok && tr.lem[i] == tr.lower[i] && l != tr.lem[i] && lx.onlyPhrasal(tr.lem[i]) && !lx.phrasalHere(tr, i) {
			// "shot down the proposal": the lemmatizer left "shot", which the dictionary knows
			// only as a word of the multi-word verb SHOT_AND; the form it lists under SHOOT is
			// that verb's past (CAMEO.2.0.txt SHOOT {SHOT}), the reading here
			tr.lem[i] = l
			continue
		}
		if lx.knownVerb(tr.lem[i]) {
			continue
		}
		if l := lx.dictLemma(tr.lower[i]); l != "" {
			tr.lem[i] = l
		}
	}
}

// onlyPhrasal reports a verb lemma that the dictionary lists only in multi-word entries ("shot"
// of SHOT_AND) and no verb class holds.
func (lx *Lexicon) onlyPhrasal(l string) bool {
	if len(lx.verbs[l]) == 0 || len(lx.classes["verb "+l]) > 0 {
		return false
	}
	for _, v := range lx.verbs[l] {
		if len(v.extra) == 0 {
			return false
		}
	}
	return true
}

// phrasalHere reports whether verb i is followed at once by the other word of one of its
// lemma's multi-word entries ("shot and killed": SHOT_AND).
func (lx *Lexicon) phrasalHere(tr *tree, i int) bool {
	for _, v := range lx.verbs[tr.lem[i]] {
		if len(v.extra) > 0 && i+1 < len(tr.t) && tr.lower[i+1] == v.extra[0] {
			return true
		}
	}
	return false
}

// knownVerb reports a verb lemma of the dictionary or of a verb class.
func (lx *Lexicon) knownVerb(l string) bool {
	return len(lx.verbs[l]) > 0 || len(lx.classes["verb "+l]) > 0
}

// dictLemma returns the dictionary verb that form (lower case) inflects, "" when none: a form the
// dictionary lists (cameo-forms.txt), else the first base the regular spelling rules of English
// give that the dictionary or a verb class holds — -ed, -es, -s and -ing removed, with the e a
// base loses before them restored, a doubled final consonant undoubled and -ied/-ies back to -y
// (Quirk et al. 1985, 3.5–3.8; "deplored" → deplore, "rebuked" → rebuke, "severed" → sever,
// "banned" → ban, "denied" → deny). The treebank-trained lemmatizer guesses these for verbs it
// never saw ("deplor", "severe"); the dictionary decides between the readings.
func (lx *Lexicon) dictLemma(form string) string {
	if l, ok := lx.forms[form]; ok {
		return l
	}
	for _, b := range regularBases(form) {
		if lx.knownVerb(b) {
			return b
		}
	}
	return ""
}

// regularBases returns the bases a regularly inflected verb form may come from, the likelier
// first.
func regularBases(w string) []string {
	var out []string
	for _, suf := range []string{"ed", "ing", "es", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		switch {
		case suf == "ed" && strings.HasSuffix(stem, "i"), suf == "es" && strings.HasSuffix(stem, "i"):
			out = append(out, stem[:len(stem)-1]+"y") // denied, denies
		}
		if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouslz", rune(stem[n-1])) {
			out = append(out, stem[:n-1]) // banned, barring
		}
		if suf != "s" {
			out = append(out, stem+"e") // deplored, rebuking, uses
		}
		out = append(out, stem)
	}
	return out
}

// particle returns the lemma of verb i's phrasal-verb particle, "" when none: its compound:prt,
// or the particle word right after it that the parser read as an adverb ("came out against",
// "pushed back against": advmod) or as the first preposition of a complex one ("walked out of
// the talks": case "out" before case "of"). The adverbial particles are a closed class (Quirk et
// al. 1985, 16.2–16.4); UD gives them compound:prt, which the EWT-trained parser often misses.
func (tr *tree) particle(i int) string {
	if k := tr.particleAt(i); k >= 0 {
		return tr.lower[k]
	}
	return ""
}

// particleWords are the adverbial particles the parser may attach as advmod or case (Quirk et
// al. 1985, 16.2: the commonest particles of phrasal verbs; "ahead" of "press ahead", "go ahead",
// Oxford English Dictionary; "aside" of "brush aside", "set aside", Quirk 16.2's list).
var particleWords = map[string]bool{"out": true, "back": true, "down": true, "off": true, "up": true, "away": true, "forward": true, "ahead": true, "aside": true}

// prepParticleWords are particles that are also prepositions (Quirk et al. 1985, 16.2: on, in),
// taken as a verb's particle only in a phrasal-prepositional verb (16.6: "sign on to", "weigh in
// on"): an adverb next to the verb, followed at once by the preposition of one of the verb's own
// phrases. Alone ("the talks went on") the adverb is as often aspectual as a particle.
var prepParticleWords = map[string]bool{"on": true, "in": true}

// particleAt returns the index of verb i's particle (particle), -1 when none.
func (tr *tree) particleAt(i int) int {
	if k := tr.child(i, "compound:prt"); k >= 0 {
		return k
	}
	j := i + 1
	if j >= len(tr.t) {
		return -1
	}
	if prepParticleWords[tr.lower[j]] && tr.rel(j) == "advmod" && tr.t[j].Head == i && j+1 < len(tr.t) && tr.rel(j+1) == "case" {
		if h := tr.t[j+1].Head; h >= 0 && tr.t[h].Head == i {
			return j // "signed on to the pact": a phrasal-prepositional verb (prepParticleWords)
		}
	}
	if !particleWords[tr.lower[j]] {
		return -1
	}
	switch h := tr.t[j].Head; tr.rel(j) {
	case "advmod":
		if h == i {
			return j
		}
	case "case":
		if h >= 0 && tr.t[h].Head == i && j+1 < len(tr.t) && tr.rel(j+1) == "case" && tr.t[j+1].Head == h {
			return j
		}
	}
	return -1
}

// particleArg returns the phrase with preposition prep that goes with verb i's particle when the
// parser hung it on the particle ("pushed back against the demand": the obl on "back") or read
// particle and preposition as one complex preposition ("walked out of the talks"); -1 when none.
func (tr *tree) particleArg(i int, prep string) int {
	p := tr.particleAt(i)
	if p < 0 || tr.rel(p) == "compound:prt" {
		return -1
	}
	if tr.rel(p) == "advmod" {
		return tr.argOf(p, prep)
	}
	if h := tr.t[p].Head; tr.lower[p+1] == prep {
		return h
	}
	return -1
}

// adjectivalIng reports whether token i, tagged a verb, is an -ing adjective after "be" that the
// tagger read as a progressive: an -ing form of no verb the lexicon knows, neither as lemmatized
// nor by the regular spelling rules ("is unwilling to": there is no verb "unwill"). Such a word is
// a participial adjective with no verb base (Quirk et al. 1985, 7.15–7.16: "unwilling",
// "unending" are adjectives only), so the caller reads it through the adjective classes as it
// reads an adjectival passive ("is opposed to").
func (lx *Lexicon) adjectivalIng(tr *tree, i int) bool {
	if !strings.HasSuffix(tr.lower[i], "ing") || lx.knownVerb(tr.lemma(i)) || lx.dictLemma(tr.lower[i]) != "" {
		return false
	}
	for _, k := range tr.kids[i] {
		if (tr.rel(k) == "aux" || tr.rel(k) == "cop") && tr.lemma(k) == "be" {
			return true
		}
	}
	return false
}

// linkedParticiple reports a past participle i (VBN) that is the subject complement of a linking
// verb other than "be" ("Norway remains committed to …", "stays opposed to", "seemed prepared
// to"): UD gives it xcomp of the verb, as it gives a predicative adjective, and the participle
// with no object of its own names a state of the subject, as the adjectival passive after "be"
// does (Quirk et al. 1985, 16.21–16.22 on linking verbs and their subject complement; 3.74 and
// 7.15 on participial adjectives). Taggers read the word JJ or VBN there (EWT has both); a verb
// with an object of its own ("wants the sanctions lifted", "got Peru committed") has an object
// complement instead (16.43), not read here.
func (tr *tree) linkedParticiple(i int) bool {
	if tr.t[i].XPOS != "VBN" || tr.rel(i) != "xcomp" || tr.child(i, "obj", "iobj") >= 0 {
		return false
	}
	h := tr.t[i].Head
	return h >= 0 && tr.t[h].UPOS == "VERB" && tr.lemma(h) != "be" && tr.child(h, "obj", "iobj") < 0
}
