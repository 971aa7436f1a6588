package loader

import "strings"

// An object after a parenthetical adjunct (issue 13, sweep22). In "Kenya condemned, in the
// strongest terms, the attack on …" or "Brazil rejected, on Tuesday, the proposal from …" an
// adverbial set off by commas stands between the verb and its object; English allows it when the
// adverbial is parenthetic and the object is the heavier constituent, which is moved to the end
// (Quirk et al. 1985, 8.21 on adverbials in medial position between verb and object, 18.39 on
// end-weight; Huddleston & Pullum 2002, ch. 16, heavy-NP postposing). The parser, which has seen
// few of these, hangs the object on the adjunct's last noun as an appositive ("Tuesday, the
// proposal"), or as a nominal modifier with no preposition ("statement, Malaysia's mediation"),
// and the verb is left without its object. An appositive follows its anchor, inside
// the same phrase (Quirk et al. 1985, 17.65), and has no preposition; the adjunct here is a parenthesis closed by its
// comma, so what follows that comma is no part of it.

// parentheticalObject reattaches such an object: a verb v with no object or clausal complement,
// followed at once by a comma that opens a run of its own dependents (each word's head inside the
// run or v) closed by a second comma, after which a noun hung as appos on a word of the run
// stands (or hung as nmod with no preposition of its own: a noun modifier of a noun takes one,
// UD nmod). The noun becomes v's obj, the closing comma v's punct.
//
// More readings of the parser's are the same construction (sweep25): the noun hung on a word of
// the run as a conjunct with no coordinator ("demanded, after the incident, compensation": a
// conjunct needs its coordinator, Quirk et al. 1985, 13.5, and none stands there); the noun hung on v
// itself as parataxis, conj with no coordinator, obl:unmarked or dep ("resumed, in a statement on
// Monday, preparations", "announced, …, restrictions against …": a bare noun phrase after the
// closing comma, the first words after it its own dependents, with no case, coordinator, subject,
// auxiliary or marker of its own — an object, since a conjunct needs its coordinator and a clause
// in parataxis its subject); and a verb whose particle or stranded
// preposition comes before the parenthesis ("called off, on Wednesday, talks with …", "called
// for, in a letter to the Council, sanctions against …": the particle of a phrasal verb stays
// with the verb, Quirk 16.3-16.5, and the prepositional verb's preposition too when its object
// is postponed, Quirk 16.5, 18.39). After a particle the noun is v's obj; after a preposition it
// is v's obl and the preposition its case, as the parser reads "called for sanctions" (the
// phrase then names the noun's words only: frameSentence.phrase). A noun
// tagged a base-form verb or an adjective there, with none of a clause's dependents ("promised,
// …, help to …", help/VB), is re-tagged a noun: a base form with no subject, to or modal is no
// finite clause (Quirk 3.52). A phrase of time (modality.txt class time) hung on v is left: "met,
// as planned, Monday" names when, not what. Words after the closing comma the parser hung on a
// word of the parenthesis ("… address, attacks on its border posts", "posts" on "address") go to
// the object: the parenthesis ends at its comma.
func parentheticalObject(fs *frameSentence) {
	detachParenthesis(fs) // wire_parenthetic.go
	n := len(fs.toks)
	for v := 0; v+3 < n; v++ {
		if fs.toks[v].UPOS != "VERB" || hasComplement(fs, v) {
			continue
		}
		open, prep := v+1, -1
		if t := fs.toks[open]; t.Head == v && t.DepRel == "compound:prt" || t.UPOS == "ADP" && !hasWordDependent(fs, open) {
			prep, open = open, open+1
		}
		if open+2 >= n || fs.toks[open].Form != "," {
			continue
		}
		c := -1 // the closing comma
		for k := open + 1; k < n && c < 0; k++ {
			if fs.toks[k].Form == "," {
				c = k
			}
		}
		if c < 0 || c == open+1 || c+1 >= n {
			continue
		}
		ok := true
		for k := open + 1; k < c && ok; k++ {
			h := fs.toks[k].Head
			ok = h == v || h > open && h < c
		}
		if !ok {
			continue
		}
		o := -1
		for k := c + 1; k < n && o < 0; k++ { // (hasCase: wire_mandative.go)
			t := fs.toks[k]
			if (t.DepRel == "appos" || t.DepRel == "nmod" || t.DepRel == "nmod:unmarked" || t.DepRel == "conj" && !hasChild(fs.toks, k, "cc")) && !hasCase(fs, k) && t.Head > open && t.Head < c && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
				o = k
			}
		}
		if o < 0 {
			o = postponedOnVerb(fs, v, c)
		}
		if o < 0 {
			continue
		}
		if u := fs.toks[o].UPOS; u == "VERB" || u == "ADJ" {
			fs.toks[o].UPOS, fs.toks[o].XPOS = "NOUN", "NN"
		}
		fs.toks[o].Head, fs.toks[o].DepRel = v, "obj"
		if prep >= 0 && fs.toks[prep].DepRel != "compound:prt" {
			fs.toks[o].DepRel = "obl"
			fs.toks[prep].Head, fs.toks[prep].DepRel = o, "case"
			for k := prep + 1; k <= open; k++ {
				if fs.toks[k].Head == prep && fs.toks[k].UPOS == "PUNCT" {
					fs.toks[k].Head = v // the parenthesis' comma, no part of the phrase
				}
			}
		}
		if fs.toks[c].Head == o {
			fs.toks[c].Head = v
		}
		for k := c + 1; k < n; k++ {
			if h := fs.toks[k].Head; k != o && h > open && h < c {
				fs.toks[k].Head = o // what follows the closing comma is no part of the parenthesis
			}
		}
	}
}

// postponedOnVerb returns the head of a bare noun phrase right after the closing comma c that the
// parser hung on v itself (parataxis, conj, obl:unmarked, dep), or -1: the words from c+1 to it
// depend on it, and it has no case, coordinator, subject, auxiliary, marker or copula of its own;
// a base-form verb (VB) or an adjective counts as the noun it must be there (parentheticalObject),
// a phrase of time does not.
func postponedOnVerb(fs *frameSentence, v, c int) int {
	for o := c + 1; o < len(fs.toks); o++ {
		t := fs.toks[o]
		if t.Head != v {
			if t.Head <= c || t.Head < o || t.UPOS == "PUNCT" {
				return -1 // not the head of the phrase after the comma
			}
			continue
		}
		switch t.DepRel {
		case "parataxis", "conj", "obl:unmarked", "dep", "obl": // obl with no case of its own (below)
		case "advcl": // a noun with no copula, marker or subject heads no clause
			if t.UPOS != "NOUN" {
				return -1
			}
		default:
			return -1
		}
		switch {
		case t.UPOS == "NOUN" || t.UPOS == "PROPN":
		case t.UPOS == "VERB" && t.XPOS == "VB", t.UPOS == "ADJ":
		default:
			return -1
		}
		if fs.fr.InClass("time", strings.ToLower(lemmaOf(t))) {
			return -1
		}
		for k := range fs.toks {
			if fs.toks[k].Head != o {
				continue
			}
			switch fs.toks[k].DepRel {
			case "case", "cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cop", "expl":
				return -1
			}
		}
		return o
	}
	return -1
}

// hasDependent reports a word of fs that depends on k.
func hasDependent(fs *frameSentence, k int) bool {
	for i := range fs.toks {
		if fs.toks[i].Head == k {
			return true
		}
	}
	return false
}

// hasWordDependent reports a word of fs other than punctuation that depends on k (the comma
// after a stranded preposition, "asked for, in …", is hung on it by the parser and says nothing
// of an object of its own).
func hasWordDependent(fs *frameSentence, k int) bool {
	for i := range fs.toks {
		if fs.toks[i].Head == k && fs.toks[i].UPOS != "PUNCT" {
			return true
		}
	}
	return false
}

// hasComplement reports an object or a clausal complement of v, or v passive (a passive verb
// has no object to postpone: its agent is a by-phrase, Quirk et al. 1985, 3.63).
func hasComplement(fs *frameSentence, v int) bool {
	for k := range fs.toks {
		if fs.toks[k].Head == v {
			switch fs.toks[k].DepRel {
			case "obj", "ccomp", "xcomp", "iobj", "aux:pass", "nsubj:pass":
				return true
			}
		}
	}
	return false
}
