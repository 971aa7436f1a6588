package loader

import "github.com/claimgraph/claimgraph/frames"

// Participles of aiming read as adverbial clauses (issue 13, commit28; trial nu16 C5). In "China
// will terminate its investigations targeting U.S. companies" the parser hangs "targeting" on
// the verb as an adverbial clause, as if China were doing the targeting now. An -ing participle
// right after a noun phrase postmodifies it, as a reduced relative clause whose subject is that
// noun (Quirk et al. 1985, 17.27: "the man writing the letter"); with a verb of aiming (frames
// modality.txt class aiming: target, aim, direct) it names whom the measure is aimed at, which
// the verb's subject, the one who ends the measure, is not. So such a participle, an advcl of
// verb g right after the whole phrase of g's direct object, becomes the object's acl.
func aimingParticiple(fr *frames.Lexicon, fs *frameSentence) {
	for v := 1; v < len(fs.toks); v++ {
		t := fs.toks[v]
		if t.XPOS != "VBG" || t.DepRel != "advcl" || t.Head < 0 || !fr.InClass("aiming", lemmaOf(t)) {
			continue
		}
		g := t.Head
		for o := range fs.toks[:v] {
			if fs.toks[o].Head == g && fs.toks[o].DepRel == "obj" && subtreeLast(fs.toks, o) == v-1 {
				fs.toks[v].Head, fs.toks[v].DepRel = o, "acl"
				break
			}
		}
	}
}

// subtreeLast is the index of the last token whose chain of heads reaches h (h itself at least).
func subtreeLast(toks []frames.Token, h int) int {
	last := h
	for k := h + 1; k < len(toks); k++ {
		for a, n := toks[k].Head, 0; a >= 0 && n < len(toks); a, n = toks[a].Head, n+1 {
			if a == h {
				last = k
				break
			}
		}
	}
	return last
}
