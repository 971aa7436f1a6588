package loader

import (
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
)

// The plural pronoun after a fronted adjunct, and a chain of them (issue 13, coref22 L3): in a
// readout, "Chancellor X met President Y today. On trade, they reviewed … On security, they
// condemned …". A prepositional phrase fronted before the subject and closed by a comma ("On
// trade,", "During the talks with the Chamber of Commerce,") is an adjunct of the clause, not
// its subject (Quirk et al. 1985, 8.14–8.19 on the positions of adverbials, initial position
// set off by a comma; 9.1 on the prepositional phrase as adverbial); the pronoun after it is the
// subject, and a noun inside the adjunct's prepositional complement is no candidate for it: the
// plural pronoun continues the plural subject of the discourse, the pair (Quirk et al. 1985,
// 6.18–6.20 on anaphoric personal pronouns and their concord of number; Grosz, Joshi & Weinstein
// 1995, centering rule 1: a subject pronoun continues the preferred center). And a sentence whose
// subject is that "They" passes the pair on to the next "They" as the pair's own sentence does.

// pairChainMax bounds how many sentences of "They" the pair is carried through; a readout's
// paragraphs on topics run to a handful.
const pairChainMax = 6

// pairPronounChain reports prev as a sentence whose subject is the pair's "They" (pairPronoun),
// read through at most pairChainMax sentences back.
func (d *doc) pairPronounChain(prev *sent, depth int) bool {
	if depth >= pairChainMax {
		return false
	}
	b := docpkg.BodyStart(prev)
	k := b
	if f := coref.FrontedAdjunctEnd(prev, b); f > 0 {
		k = f
	}
	return k < len(prev.Toks) && prev.Toks[k].Lower == "they" && d.pairPronounDepth(prev, k, depth+1)
}
