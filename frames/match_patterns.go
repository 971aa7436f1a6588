package frames

// Matching CAMEO verb entries and their verb–object patterns against the tree (moved from
// match.go unchanged).

import (
	"slices"
	"strings"
)

// verbEntries returns the dictionary entries of verb i whose extra words the tree has (the
// particle, or a preposition of an obl), the most specific ones only.
func (lx *Lexicon) verbEntries(tr *tree, i int) []verbCue {
	l, prt := tr.lemma(i), tr.particle(i)
	// the verb entries whose extra words the tree has: the particle, or a preposition of an obl
	var verbs []verbCue
	best := -1
	entries := lx.verbs[l]
	if f := tr.lower[i]; f != l {
		// the dictionary lists a few verbs by an inflected form only ("+ANGERED_BY {}")
		entries = append(entries[:len(entries):len(entries)], lx.verbs[f]...)
	}
	for _, v := range entries {
		if len(v.extra) > 0 && v.extra[0] == "<" {
			continue
		}
		ok, hasPrt := true, false
		for _, w := range v.extra {
			switch {
			case w == prt:
				hasPrt = true
			case tr.oblWith(i, w) >= 0, tr.dependentWord(i, w):
			default:
				ok = false
			}
		}
		if !ok || (prt != "" && !hasPrt) {
			continue // a phrasal verb is its own lexeme: "back down" is not "back"
		}
		if len(v.extra) > best {
			verbs, best = nil, len(v.extra)
		}
		if len(v.extra) == best {
			verbs = append(verbs, v)
		}
	}
	return verbs
}

// unlistedParticle returns, for verb i with a particle that none of its dictionary entries lists
// ("cut off", where CAMEO.2.0.txt has CUT but no CUT_OFF), the verb's entries that list no
// particle of their own, and the best of their patterns that names an object ("CUT * AID" [162]
// for "cut off aid to Niger"); nil, nil otherwise. PETRARCH2 looks a particle up after the verb
// and, when the dictionary has no compound for it, keeps the plain verb's block and matches its
// patterns against the verb phrase's noun phrases, the particle being none
// (petrarch2/PETRtree.py, VerbPhrase.get_code "Post-compounds" and match_pattern). Only a pattern
// naming the object is taken: the object fixes the verb's sense there, whereas the bare verb's
// default would read an idiomatic phrasal verb as the verb alone ("backed down" is no backing;
// Quirk et al. 1985, 16.3-16.4 on phrasal verbs as lexical units), which verbEntries excludes.
func (lx *Lexicon) unlistedParticle(tr *tree, i int) ([]verbCue, *patternCue) {
	prt := tr.particle(i)
	if prt == "" {
		return nil, nil
	}
	l := tr.lemma(i)
	var plain []verbCue
	for _, v := range lx.verbs[l] {
		if slices.Contains(v.extra, prt) {
			return nil, nil // the particle is listed: verbEntries' own case
		}
		if len(v.extra) == 0 {
			plain = append(plain, v)
		}
	}
	if len(plain) == 0 {
		return nil, nil
	}
	bp := lx.bestPattern(tr, i, plain)
	if bp == nil || bp.object == nil && (bp.particle != prt && !slotIsParticle(bp, prt) || lx.listsParticle(l, prt)) {
		// (a pattern that names the particle itself, "- * DOWN" [173] # CLAMP, "- * OUT (OF
		// FUNDING)" [1621] # OPT, is the dictionary's entry for the phrasal verb, written in the
		// block of its verb word rather than as a compound verb line: PETRARCH2 matches the
		// pattern's particle after the verb as it matches an object, dictionaries.rst "Patterns");
		// a hand class line for the phrasal verb (cue-classes.txt "throw out" over bills) is
		// the more specific entry and keeps it)
		return nil, nil
	}
	return plain, bp
}

// bestPattern returns the most specific dictionary pattern of the blocks of verbs that verb i
// fills, nil when none.
func (lx *Lexicon) bestPattern(tr *tree, i int, verbs []verbCue) *patternCue {
	prt := tr.particle(i)
	obj := lx.patternObject(tr, i)
	var bp *patternCue
	bestScore := 0
	seen := map[string]bool{}
	for _, v := range verbs {
		if seen[v.block] {
			continue
		}
		seen[v.block] = true
		for _, k := range lx.patternsFor(tr, v.block, obj) {
			p := &lx.patterns[v.block][k]
			// ties go to the later pattern: PETRARCH2 stores patterns in a trie whose end mark
			// a later identical pattern overwrites (PETRreader.read_verb_dictionary,
			// add_dict_tree), so "SIGN * &TREATY" is the last one listed, 057
			if s := lx.patternScore(tr, i, p, prt); s > 0 && s >= bestScore {
				bp, bestScore = p, s
			}
		}
	}
	return bp
}

// patternsFor returns, ascending, the indices of block's patterns that can match object obj
// (those naming no object, and those whose object is obj's lemma or form, or a plural of it as
// the dictionary writes it).
func (lx *Lexicon) patternsFor(tr *tree, block string, obj int) []int {
	ix := lx.noObject[block]
	if obj < 0 {
		return ix
	}
	var keys []string
	words := []int{obj}
	if c := lx.patternComplement(tr, obj); c >= 0 {
		words = append(words, c) // "held Russia responsible": patternScore matches the complement
		if lx.in("liability", tr.lemma(c)) {
			keys = append(keys, lx.classWords("liability")...) // "held X liable" (complementWord)
		}
	}
	for _, k := range tr.kids[obj] {
		if tr.rel(k) == "compound" {
			words = append(words, k) // patternScore may match the object's compound
		}
	}
	for _, w := range words {
		l, f := tr.lem[w], tr.lower[w]
		keys = append(keys, l, f, l+"s", l+"es")
		if v := lx.spellVariant(l); v != "" {
			keys = append(keys, v, v+"s") // "licenses" for "LICENCE" (spellVariant, sameWord)
		}
		if strings.HasSuffix(l, "y") {
			keys = append(keys, l[:len(l)-1]+"ies")
		}
		for _, h := range tr.hyphenKeys(w) {
			keys = append(keys, h, h+"s") // "self-rule" split by the tokenizer (hyphen.go)
		}
	}
	if lx.money(tr, obj) {
		keys = append(keys, "aid") // an amount of money fills an aid slot (money.go)
	}
	var more []int
	for _, w := range keys {
		more = append(more, lx.byObject[block+"\x00"+w]...)
	}
	if len(more) == 0 {
		return ix
	}
	out := append(append(make([]int, 0, len(ix)+len(more)), ix...), more...)
	slices.Sort(out)
	return slices.Compact(out)
}

// patternScore returns how many of p's slots verb i fills (0: the pattern does not match).
func (lx *Lexicon) patternScore(tr *tree, i int, p *patternCue, prt string) int {
	score := 1
	if p.particle != "" {
		if p.particle != prt {
			return 0
		}
		score++
	}
	if p.subject != nil {
		s := tr.child(i, "nsubj")
		if s < 0 || !tr.anyWord(s, p.subject) {
			return 0
		}
		score++
		if !tr.hasMods(s, p.subjMods) {
			return 0 // "{&FOOD CONVOY} *" needs "food" on the convoy
		}
		score += len(p.subjMods)
	}
	obj := lx.patternObject(tr, i)
	if p.object != nil {
		switch {
		case obj < 0:
			return 0
		case len(p.mods) == 0 && lx.patternComplement(tr, obj) >= 0 && lx.complementWord(tr, lx.patternComplement(tr, obj), p.object):
			// "HOLD * RESPONSIBLE" [112], "BELIEVE * RESPONSIBLE" [110]: the pattern's word is
			// an adjective, which follows the object as its object complement ("held Russia
			// responsible for the attack": complex-transitive complementation, Quirk et al.
			// 1985, 16.44; UD xcomp of the verb). PETRARCH2's "*" skips the object noun. An
			// adjective of answerability stands for the pattern's (complementWord)
			score++
		case tr.anyWord(obj, p.object), lx.moneyAid(tr, obj, p):
			score++
			if !tr.hasMods(obj, p.mods) {
				return 0 // "SIGN * {TRADE AGREEMENT}" needs "trade" on the agreement
			}
			score += len(p.mods)
			if !tr.followedBy(obj, p.after) {
				return 0 // "GIVE * &PKO {GREEN LIGHT}" needs the green light given
			}
			score += len(p.after)
		case len(p.mods) == 0 && p.code != "---" && tr.compoundWord(obj, p.object) && !lx.in("hostile", tr.lemma(obj)) && !lx.in("quarrel", tr.lemma(obj)):
			// (nor when the head is a noun of disagreement, modality.txt quarrel: a "border
			// dispute" is a dispute about the border, and ending it closes no border)
			// (not when the head names a coercive act: the head decides what a compound refers
			// to, Quirk et al. 1985, 17.108, and a "trade war" is a war, not trade; nor for a
			// pattern of the null code "---", which sets the verb's event aside for one object
			// noun — "- * PRICE" [---] keeps "prices declined" out of REFUSE — and so must
			// name the object itself: a "price cap" is a cap, and "rejected the price cap"
			// stays a rejection)
			// the pattern's noun as the first part of the object's compound ("suspended aid
			// deliveries", "halt mediation efforts" for "- * AID", "- * MEDIATION"): PETRARCH2
			// matches a pattern's words within the object phrase, not only its head
			score++
		default:
			return 0
		}
	}
	for _, s := range p.preps {
		k := tr.argOf(i, s.prep)
		if k < 0 && obj >= 0 {
			k = tr.argOf(obj, s.prep)
		}
		if k < 0 {
			k = tr.particleArg(i, s.prep) // "opted out of the funding": "OUT (OF FUNDING)" [1621]
		}
		if k < 0 && obj >= 0 && s.prep == prt && p.object == nil {
			// "(OFF SANCTIONS)" [128] # SHRUG: the dictionary writes the particle of a
			// transitive phrasal verb as a preposition with the verb's object, and "shrugged
			// off sanctions" has both readings on one surface (Quirk et al. 1985, 16.4: the
			// particle before the object); the parser's particle and object fill the slot
			k = obj
		}
		if k < 0 || (s.noun != nil && !tr.anyWord(k, s.noun)) {
			return 0
		}
		if !tr.hasMods(k, s.mods) {
			// PETRARCH2 matches every word of a pattern's phrase, in a prepositional group as
			// in the object: "(OF {DISASTROUS CONSEQUENCES})" [012] is a pessimistic comment,
			// and a bare "warned X of consequences" is the block's "- * CONSEQUENCES" [130]
			return 0
		}
		score += 1 + len(s.mods)
		if s.noun != nil {
			// a slot that names its noun is the more specific pattern: "(WITH SANCTIONS)" [163]
			// over the bare "WITH" [190] of the same block, as the object's head counts above
			// (PETRARCH2 prefers the longer match)
			score++
		}
	}
	if score == 1 {
		return 0 // a pattern with no slot ("- * [code]") is the verb itself
	}
	if judgmentFor(p) && obj < 0 && tr.child(i, "nsubj:pass") < 0 {
		return 0
	}
	return score
}

// patternObject returns the object of verb i for pattern matching: the object, or the of-noun of
// a partitive object ("part of a military aid program"; modality.txt class partitive).
func (lx *Lexicon) patternObject(tr *tree, i int) int {
	if g := tr.gerundObject(i); g >= 0 {
		return g // "the severing of ties": the verbal noun's of-phrase (gerund.go)
	}
	o := tr.object(i)
	if o < 0 {
		o = tr.ingClauseObject(i) // "suspended lending to Uganda"
	}
	if n := lx.moneyMeasured(tr, o, i); n >= 0 {
		return n // "$40 million in aid" (money.go)
	}
	if o >= 0 && (lx.in("partitive", tr.lemma(o)) || lx.in("scale", tr.lemma(o))) {
		if n := tr.oblWith(o, "of"); n >= 0 {
			return n
		}
	}
	return o
}

// anyOblOf reports an obl or nmod of i whose case is one of preps.
func (tr *tree) anyOblOf(i int, preps []string) bool {
	for _, p := range preps {
		if tr.oblWith(i, p) >= 0 {
			return true
		}
	}
	return false
}

// compoundWord reports a compound modifier of noun n that is one of ws.
func (tr *tree) compoundWord(n int, ws []string) bool {
	for _, k := range tr.kids[n] {
		if tr.rel(k) == "compound" && tr.anyWord(k, ws) {
			return true
		}
	}
	return false
}

// hasMods reports whether noun n has, for each set of words in mods, a dependent that is one of
// them: the modifiers a CAMEO pattern's phrase puts on its head ("{TRADE AGREEMENT}": "trade" on
// the agreement).
func (tr *tree) hasMods(n int, mods [][]string) bool {
	for _, alts := range mods {
		found := false
		for _, k := range tr.kids[n] {
			if tr.anyWord(k, alts) {
				found = true
				break
			}
		}
		if !found && !tr.premodifierWord(n, alts) {
			return false
		}
	}
	return true
}

// premodifierWord reports a word of alts among the premodifiers of noun n at any depth: a token
// before n whose chain of heads reaches n through tokens before n. A premodifier may itself be
// premodified ("the Bradley fighting vehicle": "Bradley" on "fighting", which modifies
// "vehicle"; Quirk et al. 1985, 17.97-17.120 on multiple premodification), and the dictionary's
// phrase ("{BRADLEY_FIGHTING_VEHICLE}") names every word of the noun phrase, which PETRARCH2
// matches in order whatever its internal structure (dictionaries.rst, "Patterns").
func (tr *tree) premodifierWord(n int, alts []string) bool {
	for j := n - 1; j >= 0; j-- {
		if !tr.anyWord(j, alts) {
			continue
		}
		h := tr.t[j].Head
		for h >= 0 && h < n {
			h = tr.t[h].Head
		}
		if h == n {
			return true
		}
	}
	return false
}

// followedBy reports whether every item of after (each a set of alternatives) is the lemma or
// form of some word after token k: the rest of a pattern's noun words, which PETRARCH2 matches
// in order after the object (dictionaries.rst, "Patterns").
func (tr *tree) followedBy(k int, after [][]string) bool {
	for _, alts := range after {
		found := false
		for j := k + 1; j < len(tr.t) && !found; j++ {
			found = slices.Contains(alts, tr.lem[j]) || slices.Contains(alts, tr.lower[j])
		}
		if !found {
			return false
		}
	}
	return true
}

// complementWord reports whether adjective c is one of the pattern's words ws, or, when one of
// them is of the modality.txt class liability (responsible, guilty), is of that class too:
// CAMEO 116 "find guilty or liable (legally)" and PLOVER DISAPPROVE ("find guilty or liable at a
// court of law") name liable beside guilty, so "held the operator liable", "held the ministry
// accountable" are the dictionary's "HOLD * RESPONSIBLE" [112] as "found … culpable" is "FOUND *
// GUILTY" [173].
func (lx *Lexicon) complementWord(tr *tree, c int, ws []string) bool {
	if tr.anyWord(c, ws) {
		return true
	}
	if !lx.in("liability", tr.lemma(c)) {
		return false
	}
	for _, w := range ws {
		if lx.in("liability", w) {
			return true
		}
	}
	return false
}

// patternComplement is objectComplement, or an adjective of answerability (modality.txt
// liability) that the parser hung on the object noun as a postposed modifier ("held the ferry
// operator Saaremaa Line liable for the fire": amod after a name in apposition). After a verb
// whose pattern names the complement the adjective completes the verb, not the noun (Quirk et
// al. 1985, 16.44 complex-transitive complementation), as "HOLD * RESPONSIBLE" reads it.
func (lx *Lexicon) patternComplement(tr *tree, obj int) int {
	if c := objectComplement(tr, obj); c >= 0 || obj < 0 || base(tr.rel(obj)) != "obj" {
		return c
	}
	for _, k := range tr.kids[obj] {
		if tr.rel(k) == "amod" && k > obj && tr.t[k].UPOS == "ADJ" && lx.in("liability", tr.lemma(k)) {
			return k
		}
	}
	return -1
}

// classWords returns the words of modality.txt class, sorted.
func (lx *Lexicon) classWords(class string) []string {
	out := make([]string, 0, len(lx.words[class]))
	for w := range lx.words[class] {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// objectComplement returns the adjective object complement of the verb whose object is obj (UD
// xcomp of the verb, an ADJ after the object: "held Damascus responsible"), -1 when none.
func objectComplement(tr *tree, obj int) int {
	if obj < 0 || base(tr.rel(obj)) != "obj" {
		return -1
	}
	v := tr.t[obj].Head
	if v < 0 {
		return -1
	}
	if x := tr.child(v, "xcomp"); x > obj && tr.t[x].UPOS == "ADJ" && tr.child(x, "mark") < 0 && tr.child(x, "obj") < 0 {
		return x // (not a verb the tagger took for an adjective: "to free the crews")
	}
	if x := tr.child(v, "advmod"); x > obj && tr.t[x].UPOS == "ADJ" && tr.child(x, "mark") < 0 && tr.child(x, "obj") < 0 {
		// "We hold North Korea responsible for …": the parser's advmod on an adjective after
		// the object. UD's advmod is for adverbs (UD v2, advmod: "a (non-clausal) adverb or
		// adverbial phrase"); an adjective there is the object complement all the same
		return x
	}
	return -1
}

// judgmentFor reports a pattern whose only slot is a "for" phrase and whose code is a verbal
// judgement (CAMEO 111 criticize or denounce, 112 accuse: "- * (FOR)" of the PHYSICAL_CONFLICT,
// EXPLOSIVE_DESTRUCTION and CRASH blocks, the figurative "attacked the minister for his
// remarks", "blasted Seoul for the drills"). A verb of judgement takes the one judged as its
// object and the reason in the for-phrase (Levin 1993, 33 judgment verbs: "NP V NP for NP"), so
// the pattern needs the verb's object, or the subject of its passive ("was blasted for"); with
// none the verb keeps its literal sense and the for-phrase gives a cause or purpose ("vowed to
// retaliate against Israel for the raid", "fought for independence": Quirk et al. 1985, 9.48
// on for of cause and purpose), and the block's default applies.
func judgmentFor(p *patternCue) bool {
	return p.object == nil && p.particle == "" && p.subject == nil && len(p.preps) == 1 &&
		p.preps[0].prep == "for" && p.preps[0].noun == nil && strings.HasPrefix(p.code, "11")
}

// slotIsParticle reports a pattern whose one prepositional slot's preposition is prt, the verb's
// particle: "(OFF SANCTIONS)" of SHRUG, read by patternScore as particle and object.
func slotIsParticle(p *patternCue, prt string) bool {
	return prt != "" && len(p.preps) == 1 && p.preps[0].prep == prt
}

// ingClauseObject returns the -ing clause that is verb i's object, -1 when none: an -ing
// participle without a subject or object of its own, complementing an active verb that has no
// direct object ("suspended lending to Uganda", "resumed shelling"). After catenative verbs of
// stopping, starting and continuing the -ing clause is the direct object (Quirk et al. 1985,
// 16.38–16.40; Huddleston & Pullum 2002, 14.5 on gerund-participial complements), and with no
// object of its own it names the activity as its verbal noun does ("suspended the lending"), the
// word CAMEO.2.0.txt writes as the pattern's object ("RESUME * LENDING" [071], "- * FIGHTING").
// The parser labels it xcomp.
func (tr *tree) ingClauseObject(i int) int {
	if tr.passive(i) {
		return -1
	}
	x := tr.child(i, "xcomp")
	if x < 0 || tr.t[x].XPOS != "VBG" || x < i || tr.child(x, "obj", "iobj", "nsubj", "ccomp", "xcomp", "mark") >= 0 {
		return -1
	}
	return x
}
