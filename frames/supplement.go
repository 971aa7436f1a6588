package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// agentAfterSupplement re-attaches to a passive verb the by-phrase that follows a supplement
// set off by commas after the verb or its complement (issue 13, frames21): "The plan was
// endorsed, after two days of talks in Addis Ababa, by the African Union" parsed with "by the
// African Union" a modifier of "Ababa", so the verb has no agent and the relation is lost.
// A supplement is an interpolation closed by its punctuation (Huddleston & Pullum 2002, 15.5;
// Quirk et al. 1985, 15.53 on parenthetical adjuncts, 8.88): a phrase after the closing comma
// is no part of it, and continues the phrase the supplement interrupted. A by-phrase naming an
// agent (a noun phrase, not a by + -ing clause of means: Quirk 3.63–3.64) after that comma is
// then the agent of the nearest passive verb at the interruption point — the word before the
// opening comma or the verb governing it — when that verb has no agent yet (a clause has one
// agent, Quirk 3.64). A by-phrase the parser hung on a verb conjoined inside the supplement
// ("was praised, and later endorsed, by …") is that verb's and stays. Heads change in the
// frames tree only (newTree's copy).
func agentAfterSupplement(toks []Token) {
	kid := func(v int, ok func(k int) bool) bool {
		for k := range toks {
			if toks[k].Head == v && ok(k) {
				return true
			}
		}
		return false
	}
	for b := 2; b+1 < len(toks); b++ {
		a := toks[b].Head
		if !strings.EqualFold(toks[b].Form, "by") || toks[b].DepRel != "case" || toks[b-1].Form != "," || a <= b || a >= len(toks) {
			continue
		}
		if u := toks[a].UPOS; u != "PROPN" && u != "NOUN" && u != "PRON" {
			continue // "by expelling …": a clause of means, no agent
		}
		c1 := -1 // the supplement's opening comma
		for k := b - 2; k > 0; k-- {
			if toks[k].Form == "," {
				c1 = k
				break
			}
		}
		h := toks[a].Head
		if c1 < 1 || h <= c1 || h >= b-1 || toks[h].UPOS == "VERB" && toks[h].DepRel == "conj" {
			continue // not hung inside a supplement, or on a verb coordinated there
		}
		v := c1 - 1 // the interruption point, up to its verb
		for n := 0; v >= 0 && toks[v].UPOS != "VERB" && n < 4; n++ {
			v = toks[v].Head
		}
		if v < 0 || toks[v].UPOS != "VERB" || toks[v].XPOS != "VBN" {
			continue
		}
		passive := kid(v, func(k int) bool { r := toks[k].DepRel; return r == "aux:pass" || r == "nsubj:pass" })
		agent := kid(v, func(k int) bool {
			return toks[k].DepRel == "obl:agent" || strings.HasPrefix(toks[k].DepRel, "obl") && kid(k, func(c int) bool {
				return toks[c].DepRel == "case" && strings.EqualFold(toks[c].Form, "by")
			})
		})
		if !passive || agent {
			continue
		}
		toks[a].Head, toks[a].DepRel = v, "obl:agent"
	}
}

// reportingHost returns the verb of saying whose reported clause h hosts, as the parser hung it,
// the supplementive -ing clause i ("Vietnam said the patrols were illegal, urging China to
// respect …", "Canada said the talks had been productive, while urging Iran to …"), -1 when
// none. The implied subject of a supplementive clause is the subject of its superordinate
// clause (Quirk et al. 1985, 15.58–15.60); a reported clause that is copular or passive states
// a condition or what was done to its subject and has no agent to perform the act the
// participle names, so the clause set off by its comma after it supplements the reporting
// clause, whose speaker is its subject. An active reported clause ("police said protesters
// marched, demanding …") keeps the participle: its subject can be the agent.
func (tr *tree) reportingHost(h, i int) int {
	if tr.lx == nil || tr.t[i].XPOS != "VBG" || tr.child(i, "nsubj") >= 0 || !tr.commaLed(i) || tr.rel(h) != "ccomp" {
		return -1
	}
	g := tr.t[h].Head
	if g < 0 || g > h || h > i || !tr.lx.in("report", tr.lemma(g)) {
		return -1
	}
	if tr.child(h, "cop") < 0 && !tr.passive(h) {
		return -1
	}
	return g
}

// invertedSpeaker returns the subject of verb of saying i placed after it, as the parser's
// object, in a reporting clause that follows its reported clause ("'The border is closed,'
// said Poland's interior minister"): subject–verb inversion in a final or medial reporting
// clause (Quirk et al. 1985, 14.29; 15.53). A verb of saying takes no nominal object besides
// its clause there, so a noun after it, with the clause before it, is its subject; -1 when i
// has a subject or no such shape.
func (tr *tree) invertedSpeaker(i int) int {
	if tr.lx == nil || tr.child(i, "nsubj", "nsubj:pass", "expl") >= 0 || !tr.lx.in("report", tr.lemma(i)) {
		return -1
	}
	c := tr.child(i, "ccomp", "parataxis")
	o := tr.child(i, "obj")
	if c < 0 || c > i || o < i || !tr.nominal(o) {
		return -1
	}
	return o
}

// adverbOblique re-attaches to the verb an on/upon phrase the parser hung on an adverb between
// the verb and the phrase ("called once more on Ethiopia to withdraw", "calls again upon the
// factions to …"), and relabels such an adverb parsed as the verb's object as its adverbial
// (issue 13, constructions19 A13). An adverb of time or frequency takes no prepositional
// complement (Quirk et al. 1985, 7.46–7.47: adverbs with complementation are few and derived
// from adjectives, "independently of", "fortunately for"), and an adverb phrase is no object
// (2.13: the object is a noun phrase or nominal clause), so the phrase and the adverb are the
// verb's own; "call on X" then keeps its addressee. Heads change in the frames tree only.
func adverbOblique(toks []Token) {
	for c := 1; c+1 < len(toks); c++ {
		k, o := c-1, toks[c].Head
		if toks[c].DepRel != "case" || !strings.EqualFold(toks[c].Form, "on") && !strings.EqualFold(toks[c].Form, "upon") || o <= c || o >= len(toks) {
			continue
		}
		if h := toks[o].Head; h >= 0 && h < k && adverbRun(toks, h, c) {
			// "once more on", the phrase hung on the first adverb of the run before its
			// preposition (the parse26b pair) rather than the last (the EWT-only pair): no
			// adverb of the run takes a complement, whichever the parser chose
			k = h
		}
		if toks[k].UPOS != "ADV" || toks[k].DepRel != "advmod" || toks[o].Head != k || !strings.HasPrefix(toks[o].DepRel, "obl") {
			// "once more on": the phrase on the adverb right before its preposition; or on the
			// adverb's head when the adverb was made the object ("called once more on")
			if toks[k].UPOS != "ADV" || toks[k].DepRel != "obj" || toks[o].Head != toks[k].Head {
				continue
			}
		}
		v := toks[k].Head // (an adverb the parser gave a clause's relation is a mis-tagged verb)
		for v >= 0 && v < len(toks) && toks[v].UPOS == "ADV" {
			v = toks[v].Head // "once more": the adverb's own head may be an adverb
		}
		if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" {
			continue
		}
		toks[o].Head, toks[o].DepRel = v, "obl"
		if toks[k].DepRel == "obj" && toks[k].Head == v {
			toks[k].DepRel = "advmod"
		}
	}
}

// adverbRun reports tokens from..to-1 all adverbs (UPOS ADV): "once more", "yet again".
func adverbRun(toks []Token, from, to int) bool {
	for j := from; j < to; j++ {
		if toks[j].UPOS != "ADV" {
			return false
		}
	}
	return true
}

// thatAfterSupplement returns toks (a copy when it changes a head) with a content clause
// re-attached to the verb of saying it completes when a supplement interrupts the two ("said,
// while presenting the plan, that Morocco must withdraw", "said, speaking in Nairobi, that
// Ethiopia should release …"), which the parser hangs inside the supplement (a relative clause
// of its last noun, an adverbial of its participle) or takes the participle for the verb's
// complement (issue 13, constructions19 A4). A supplement set off by commas is an
// interpolation closed by its punctuation (Huddleston & Pullum 2002, 15.5; Quirk et al. 1985,
// 15.53): what follows the closing comma continues the clause it interrupted; and a clause
// opened by the subordinator "that" (UD mark) is a content clause, not a relative clause,
// whose "that" is a pronoun with a function in it (Quirk 17.9–17.15). So a that-clause after
// the supplement's closing comma, whose supplement opens with a comma right after a verb of
// saying (modality.txt report) with no complement before it, is that verb's ccomp; a participle
// the parser made the verb's ccomp is then the supplement, an advcl.
func (lx *Lexicon) thatAfterSupplement(toks []Token) []Token {
	out := toks
	lem := func(i int) string {
		if l := toks[i].Lemma; l != "" && l != "_" {
			return strings.ToLower(l)
		}
		return strings.ToLower(toks[i].Form)
	}
	for m := 2; m+1 < len(toks); m++ {
		c := toks[m].Head
		if !strings.EqualFold(toks[m].Form, "that") || toks[m].DepRel != "mark" || toks[m-1].Form != "," || c <= m || c >= len(toks) {
			continue
		}
		// the path from the clause up to the verb of saying: s is the verb's child on it
		s, v := c, toks[c].Head
		for depth := 0; v >= 0 && v < len(toks) && depth < 8 && !(toks[v].UPOS == "VERB" && lx.in("report", lem(v))); depth++ {
			s, v = v, toks[v].Head
		}
		if v < 0 || v >= len(toks) || s == c || v+1 >= m || toks[v+1].Form != "," || s <= v+1 || s >= m {
			continue
		}
		own := false // a complement of the verb before the supplement ("said it would, …, that")
		for k := v + 1; k < m; k++ {
			if toks[k].Head == v && (toks[k].DepRel == "ccomp" || toks[k].DepRel == "obj") && k != s {
				own = true
			}
		}
		if own {
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]Token(nil), toks...)
		}
		out[c].Head, out[c].DepRel = v, "ccomp"
		if out[s].DepRel == "ccomp" {
			out[s].DepRel = "advcl"
		}
	}
	return out
}

// adverbCase makes the verb's object again a noun phrase the parser hung as an oblique with an
// adverb for its preposition: "rejected outright the peace plan", "refused outright the offer"
// (issue 13, trailing20 T3). An adjunct may stand between a verb and its object when the object
// is long or carries the focus (Quirk et al. 1985, 8.20, 18.39, end-weight), and a word outside
// the closed class of prepositions and subordinators (data/wordclasses/prepositions.txt; Quirk
// 9.7, 9.10, 14.12) opens no prepositional phrase; so the word right after the verb, marked as
// the case of an oblique of that verb, is the verb's adverbial and the oblique its object. Only
// when the verb has no object already; a real preposition ("voted against the plan") is left.
// Heads change in the frames tree only.
func adverbCase(toks []Token) {
	for c := 1; c+1 < len(toks); c++ {
		v, o := c-1, toks[c].Head
		if toks[c].DepRel != "case" || toks[v].UPOS != "VERB" || o <= c || o >= len(toks) || toks[o].Head != v || toks[o].DepRel != "obl" {
			continue
		}
		if w := strings.ToLower(toks[c].Form); prepositionWords.Has(w) || strings.ToLower(toks[c].Form) != toks[c].Form {
			continue
		}
		has := false
		for k := range toks {
			if toks[k].Head == v && (toks[k].DepRel == "obj" || toks[k].DepRel == "ccomp" || toks[k].DepRel == "xcomp") {
				has = true
			}
		}
		if has {
			continue
		}
		toks[c].Head, toks[c].DepRel, toks[c].UPOS = v, "advmod", "ADV"
		toks[o].DepRel = "obj"
	}
}

// prepositionWords are the words the Penn tag IN covers (data/wordclasses/prepositions.txt).
var prepositionWords = lexicon.WordClass("prepositions")
