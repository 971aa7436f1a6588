package loader

import (
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// A state body of bodies.txt premodifying a ruling head ("the Thai military leadership", "the
// Sudanese military government", "Burma's military junta", "the army command") is that body
// acting through those who direct it: descriptiveBodies reads the whole phrase as a mention of the
// body ("Military (Thailand)"), PART_OF its country. The head is the last noun of the phrase and the
// body noun its classifying premodifier (Quirk et al. 1985, 17.104–17.108); Phoenix codes these
// compounds with the body's sector (Phoenix.agents.txt: MILITARY_GOVERNMENT, MILITARY_JUNTA,
// MILITARY_REGIME [~GOVMIL], MILITARY_AUTHORITY [~MIL]) and codes a leadership by what it leads
// (GUERRILLA_LEADERSHIP, INSURGENT_LEADERSHIP [~REB]). A ruling head that itself modifies the next
// noun ("military leadership training") is no actor: the phrase's head is that noun.

// rulingHeads are the heads of data/wordclasses/rulingheads.txt: the collective nouns for those
// who direct a body (its government, regime, junta, leadership, command, authorities).
var rulingHeads = lexicon.WordClass("rulingheads") // data/wordclasses/rulingheads.txt

// bodyNounModified reports whether token k, right after a body noun of bodies.txt, is a lower-case
// word that makes the body noun its modifier ("the navy base", "police officers") rather than the
// start of the predicate: no stop word, form of be, verb, speech or cue word, -ed form or irregular
// past (irregular.txt, Quirk et al. 1985, 3.14-3.20: "Turkey's central bank cut rates").
func bodyNounModified(d *doc, st *sent, k int) bool {
	toks := st.Toks
	if k >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap {
		return false
	}
	w := toks[k].Lower
	return !d.Lx.Bodies.Opens(w) && !d.Lx.Stop[w] && !d.Lx.BeForms[w] && docpkg.VerbAfter(d.Lx, st, k) < 0 && d.Lx.Speech[w].Kind == 0 && !isCueWord(d.Lx, w) && !strings.HasSuffix(w, "ed") && !d.Lx.PastForms[w] && !presentVerbBeforeObject(d.Frames, st, k)
}
