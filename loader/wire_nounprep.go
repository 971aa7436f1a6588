package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// nounPrepComplement reattaches a prepositional phrase the parser hung on a verb right after
// the verb's object when the object noun keeps that preposition as its complement (modality.txt
// classes pcomp-<preposition>: "entry into", "accession to"; Quirk et al. 1985, 17.31): in
// "Japan welcomed the entry into force of the Agreement" the EWT parser makes "force" an obl of
// "welcomed" and "of the Agreement" its nmod, so the object read from the parse is "entry"
// alone. The phrase p (obl of verb g, its case word the class's preposition) becomes the nmod of
// g's object n when n's phrase ends right before p's phrase begins; nothing else moves.
func nounPrepComplement(fr *frames.Lexicon, fs *frameSentence) {
	toks := fs.toks
	for p := range toks {
		g := toks[p].Head
		if g < 0 || !strings.HasPrefix(toks[p].DepRel, "obl") || toks[g].UPOS != "VERB" {
			continue
		}
		c := -1
		for k := range toks {
			if toks[k].Head == p && toks[k].DepRel == "case" && k < p {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		n := -1
		for k := range toks {
			if toks[k].Head == g && toks[k].DepRel == "obj" && k < c {
				n = k
			}
		}
		if n < 0 || toks[n].UPOS != "NOUN" || !fr.InClass("pcomp-"+strings.ToLower(toks[c].Form), strings.ToLower(lemmaOf(toks[n]))) {
			continue
		}
		if _, hi := subtreeSpan(toks, n, -1); hi != c {
			continue // something stands between the noun's phrase and the preposition
		}
		toks[p].Head, toks[p].DepRel = n, "nmod"
	}
}
