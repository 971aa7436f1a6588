package frames

import "github.com/claimgraph/claimgraph/graph"

// purposeTrip returns the cue of a trip made for a cooperative purpose: a verb of CAMEO 042
// "make a visit" or 044 "meet at a third location" (visit, travel, attend; no stance of its own,
// cameo-types.txt 042) with a to-infinitive of purpose, subject-controlled, whose verb offers in
// the future mode ("will visit Mauritania and Senegal to mediate", "went to Kinshasa to offer
// aid"). A purpose clause states the subject's intention in the act (Quirk et al. 1985, 15.48,
// clauses of purpose are putative), so the trip is CAMEO 036/039 "express intent to meet ... to
// mediate" (PLOVER AGREE, the GSR gold codes such a visit AGREE): it takes the purpose verb's
// prospective type in every mode, and the trip's own object (the visited party) as target. The
// entry names the purpose verb's entry. ok is false otherwise.
func (lx *Lexicon) purposeTrip(tr *tree, i int, verbs []verbCue, bp *patternCue) (cand, bool) {
	trip := func(code string, ts Types) bool {
		// a verb of motion the dictionary files under 040 whose every mode cameo-types.txt
		// reads as no stance (040@GO_SOMEWHERE: "travel to") is a trip as 042 is
		return len(code) >= 3 && (code[:3] == "042" || code[:3] == "044" || code[:3] == "040" && ts == (Types{}))
	}
	if len(verbs) == 0 || (bp != nil && !trip(bp.code, bp.types)) {
		return cand{}, false
	}
	for _, v := range verbs {
		if !trip(v.code, v.types) {
			return cand{}, false
		}
	}
	for _, k := range tr.kids[i] {
		if r := tr.rel(k); (r != "advcl" && r != "xcomp") || k < i || tr.caseOf(k) != "to" ||
			tr.t[k].UPOS != "VERB" || tr.subject(k) >= 0 {
			continue
		}
		c, ok := lx.verbCand(tr, k)
		if !ok || c.types.Future != graph.Offers {
			continue
		}
		return cand{kind: "verb", types: Types{Asserted: graph.Offers, Future: graph.Offers, Conditional: graph.Offers},
			code: c.code, plover: c.plover, entry: c.entry + "+purpose-trip"}, true
	}
	return cand{}, false
}
