package loader

// A judgement a speaker states in his own turn or block. restruct6 moved turnEvaluation unchanged
// from relation_speakers.go: only turnClaims (claim_turns.go) calls it, as it reads each turn's
// sentences, so the claims stage called across into relations for it.

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// turnEvaluation codes a judgement a speaker states in his own turn or block (rule
// evaluation:turn+<unit rule>): "Such tariffs are unacceptable", "The tariff increase announced by
// Lusitania is unilateral and protectionist" — a subject that opens the sentence, a form of "be"
// and an evaluative word of evaluations.txt — is the speaker's OPPOSES (SUPPORTS for a positive
// word, OPPOSES for a negated positive one) of the judged actor or act, as "X called the tariffs
// unacceptable" is X's (evaluation:call). The judged phrase must be an actor or name an act or
// position (evalTarget). Reports whether it coded one.
func (d *doc) turnEvaluation(st *sent, sp *entity, a, e int) bool {
	toks := st.toks
	for a < e && (toks[a].Kind != text.Word || discourseMarkers.Has(toks[a].Lower)) {
		a++
	}
	for k := a + 2; k < e; k++ {
		pol := d.lx.evaluation[toks[k].Lower]
		if pol == 0 || st.ment[k] >= 0 || toks[k].Cap || st.inQuote[k] {
			continue
		}
		b := k
		neg := false
		for b > a && (evalSkip[toks[b-1].Lower] || d.lx.negations[toks[b-1].Lower]) {
			neg = neg || d.lx.negations[toks[b-1].Lower]
			b--
		}
		if b > a+1 && (toks[b-1].Lower == "and" || toks[b-1].Lower == "but") && toks[b-2].Kind == text.Word && !toks[b-2].Cap && st.ment[b-2] < 0 {
			b -= 2 // "unilateral and protectionist"
		}
		if b <= a || !d.lx.beForms[toks[b-1].Lower] {
			continue
		}
		ye := b - 1
		for ye > a && (auxWords.Has(toks[ye-1].Lower) || d.lx.beForms[toks[ye-1].Lower]) {
			ye--
		}
		if ye <= a || d.evalPhraseStart(st, ye) > a {
			return false // the subject does not open the sentence: "The report says the plan is bad"
		}
		if neg {
			if pol < 0 {
				return false
			}
			pol = -1
		}
		tgt := d.evalTarget(st, a, ye)
		if tgt == nil || tgt.final() == sp.final() {
			return false
		}
		typ, cameo, plover := graph.Opposes, "11", "DISAPPROVE"
		if pol > 0 {
			typ, cameo, plover = graph.Supports, "051", "SUPPORT"
		}
		kt := toks[k]
		d.claimRels = append(d.claimRels, &relCand{typ: typ, src: sp.final(), tgt: tgt.final(), sent: st.idx, cue: kt.Text,
			cueStart: kt.Start, cueEnd: kt.End, rule: "evaluation:turn+" + st.unit.Rule, score: 0.7, cameo: cameo, plover: plover})
		return true
	}
	return false
}
