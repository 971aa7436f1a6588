package loader

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
func parentheticalObject(fs *frameSentence) {
	n := len(fs.toks)
	for v := 0; v+3 < n; v++ {
		if fs.toks[v].UPOS != "VERB" || fs.toks[v+1].Form != "," || hasComplement(fs, v) {
			continue
		}
		c := -1 // the closing comma
		for k := v + 2; k < n && c < 0; k++ {
			if fs.toks[k].Form == "," {
				c = k
			}
		}
		if c < 0 || c == v+2 || c+1 >= n {
			continue
		}
		ok := true
		for k := v + 2; k < c && ok; k++ {
			h := fs.toks[k].Head
			ok = h == v || h > v+1 && h < c
		}
		if !ok {
			continue
		}
		for o := c + 1; o < n; o++ { // (hasCase: wire_mandative.go)
			t := fs.toks[o]
			if (t.DepRel == "appos" || t.DepRel == "nmod") && !hasCase(fs, o) && t.Head > v+1 && t.Head < c && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
				fs.toks[o].Head, fs.toks[o].DepRel = v, "obj"
				if fs.toks[c].Head == o {
					fs.toks[c].Head = v
				}
				break
			}
		}
	}
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
