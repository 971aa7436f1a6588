package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// rulingHeads are the heads of data/wordclasses/rulingheads.txt: the collective nouns for those
// who direct a body (its government, regime, junta, leadership, command, authorities).
var rulingHeads = lexicon.WordClass("rulingheads") // data/wordclasses/rulingheads.txt

// bodyNounModified reports whether token k, right after a body noun of bodies.txt, is a lower-case
// word that makes the body noun its modifier ("the navy base", "police officers") rather than the
// start of the predicate: no stop word, form of be, verb, speech or cue word, -ed form or irregular
// past (irregular.txt, Quirk et al. 1985, 3.14-3.20: "Turkey's central bank cut rates").
func bodyNounModified(d *doc.Doc, st *doc.Sent, k int) bool {
	toks := st.Toks
	if k >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap {
		return false
	}
	w := toks[k].Lower
	return !d.Lx.Bodies.Opens(w) && !d.Lx.Stop[w] && !d.Lx.BeForms[w] && doc.VerbAfter(d.Lx, st, k) < 0 && d.Lx.Speech[w].Kind == 0 && !isCueWord(d.Lx, w) && !strings.HasSuffix(w, "ed") && !d.Lx.PastForms[w] && !presentVerbBeforeObject(d.Frames, st, k) && !presentVerbBeforeBareObject(d, st, k)
}
