package frames

import "strings"

// conjToMatrix re-attaches a verb the parser conjoined to the verb of a content clause when the
// two cannot be conjuncts (issue 13, classes8 class 11): "Kenya told the council that the border
// would stay closed and called on Uganda to …" parsed with "called" a conjunct of "stay".
// Coordinated predicates without a subject of their own share the first conjunct's subject and
// its operator (Quirk et al. 1985, 13.46-13.52 on predication ellipsis in coordination): a
// bare past form ("called", no auxiliary of its own) cannot follow the first conjunct's modal or
// infinitive marker ("would called"), nor share a present tense. So when the first conjunct h of
// a past form c is a content clause (ccomp) whose verb has a modal or "to", or is a present or
// base form, and the clause's governor g is itself a past form, c is g's conjunct: the matrix
// subject's second act. Heads change in the frames tree only (newTree's copy).
func conjToMatrix(toks []Token) {
	for c := range toks {
		h := toks[c].Head
		if toks[c].DepRel != "conj" || h < 0 || h >= c || toks[c].UPOS != "VERB" || (toks[c].XPOS != "VBD" && toks[c].XPOS != "VBN") {
			continue
		}
		if toks[h].DepRel == "xcomp" && toks[h].Head >= 0 && toks[h].Head < h {
			h = toks[h].Head // "would stay closed and called": the conjunct of the clause's predicate
		}
		if toks[h].DepRel != "ccomp" || toks[h].UPOS != "VERB" && toks[h].UPOS != "ADJ" {
			continue
		}
		g := toks[h].Head
		if g < 0 || g >= h || toks[g].XPOS != "VBD" {
			continue
		}
		own, modal := false, toks[h].XPOS == "VB" || toks[h].XPOS == "VBZ" || toks[h].XPOS == "VBP"
		for k := range toks {
			switch {
			case toks[k].Head == c && (strings.HasPrefix(toks[k].DepRel, "nsubj") || strings.HasPrefix(toks[k].DepRel, "aux")):
				own = true // "… and the army called": a clause of its own
			case toks[k].Head == h && (toks[k].DepRel == "aux" || toks[k].DepRel == "cop") && (toks[k].XPOS == "MD" || toks[k].XPOS == "TO" || toks[k].XPOS == "VBZ" || toks[k].XPOS == "VBP"):
				modal = true // "would stay", "is closed": an operator the past form cannot share
			}
		}
		if own || !modal {
			continue
		}
		toks[c].Head = g
	}
}
