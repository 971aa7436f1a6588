package frames

import "github.com/claimgraph/claimgraph/graph"

// contributoryStance reports a catenative help at h (modality.txt contributory) with no object of
// its own whose infinitive c (xcomp, bare or with to) carries a stance cue: "will help push back
// on China's lending", "helped to resist the merger". Its subject is a co-agent of the
// infinitive's act (Quirk et al. 1985, 16.52), so the act is the subject's stance, in help's own
// mode, and help is no act of its own. An infinitive whose cue only offers ("help finance the
// pipelines") names the aid itself, which help's own entry codes (CAMEO 070 provide aid): help
// stays the act there. With an object ("helped Kenya resist") the object controls the
// infinitive (Quirk et al. 1985, 16.52 object + infinitive) and help keeps its frame.
func (lx *Lexicon) contributoryStance(tr *tree, h, c int) bool {
	if h < 0 || c < 0 || tr.t[c].Head != h || tr.rel(c) != "xcomp" || !lx.in("contributory", tr.lemma(h)) || tr.child(h, "obj", "iobj") >= 0 {
		return false
	}
	var ts []Types
	for _, k := range lx.cands(tr, c) {
		ts = append(ts, k.types)
	}
	if o := tr.object(c); o >= 0 && tr.t[o].UPOS == "NOUN" {
		// "helped impose sanctions on Iran": a support verb whose object is the cue noun
		// (cueObject), the measure imposed
		for _, k := range lx.classes["noun "+tr.lemma(o)] {
			ts = append(ts, k.types)
		}
	}
	for _, k := range ts {
		for _, t := range []graph.RelType{k.Asserted, k.Future, k.Conditional} {
			if t != "" && t != graph.Offers {
				return true
			}
		}
	}
	return false
}
