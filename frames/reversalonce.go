package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// oneReversal keeps one concession for one act of ending a measure or retracting a stance
// (issue 13, prec22). "Oslo eased restrictions on travel and trade with Minsk", "lifted the
// curfew": the reversal verb's dictionary frame ("EASE * RESTRICTIONS", "LIFT * CURFEW") reads
// the act, and the noun's own frame read through that verb (args.go, "-reversal") reads it
// again, once per conjunct of the noun's complement ("travel", "trade") or on the measure itself
// (a second evidence of the same edge). The noun is the verb's object: one clause, one
// predication (Quirk et al. 1985, 2.13–2.16 on the clause's elements), so one relation with one
// evidence: the verb's match stays, with the measure phrase as its target (which names the goods
// and the party in its label), and the noun's matches under it go. A noun match that names a
// party by a proper noun ("lifted sanctions on Iran": Iran) stays: CAMEO codes the concession's
// target as the actor the measure hit (codebook 085), which the verb's target does not give as
// a node. A stance noun's match ("dropped its objection to the plan") names what the stance was
// aimed at and stays too: only a measure's (code 085) goes. A verb with no reading of its own
// keeps the noun's matches.
func (lx *Lexicon) oneReversal(tr *tree, ms []Match) []Match {
	drop := map[int]bool{}
	for _, v := range ms {
		if v.Kind != "verb" || v.Type != graph.Offers || v.Target < 0 || !lx.reversalVerb(tr, v.Cue) {
			continue
		}
		n := v.Target
		for k, m := range ms {
			if m.Kind == "noun" && m.Type == graph.Offers && m.Code == "085" && strings.Contains(m.Rule, "-reversal") && m.Cue == n && m.Source == v.Source && lx.reversalOver(tr, n) == v.Cue &&
				(m.Target < 0 || tr.t[m.Target].UPOS != "PROPN") {
				drop[k] = true
			}
		}
	}
	if len(drop) == 0 {
		return ms
	}
	out := make([]Match, 0, len(ms))
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	return out
}
