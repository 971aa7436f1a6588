package frames

// Precedence between a dictionary pattern that codes only a comment and the verb's own stance.

import "github.com/claimgraph/claimgraph/graph"

// commentPattern reports a pattern bp of verb entries verbs that codes a verbal comment and no
// stance (its code in modality.txt comment-code, CAMEO 018 "make empathetic comment": "BLAME *
// TERRORIST ATTACK") while the verbs' own block codes disapproval (default type OPPOSES,
// CONDEMN [111]). The object noun then names what is condemned, not a different act: "condemned
// the terrorist attack" disapproves of the attack as "condemned the attack" does (CAMEO 111,
// PLOVER DISAPPROVE); the sympathy the pattern codes is a 01 code that PLOVER drops. The
// pattern yields to the verb's block default. A comment pattern of a verb that codes no
// disapproval ("extended condolences", EXTEND [0]) is untouched.
func (lx *Lexicon) commentPattern(verbs []verbCue, bp *patternCue) bool {
	if bp == nil || bp.types != (Types{}) || !lx.in("comment-code", bp.code) {
		return false
	}
	for _, v := range verbs {
		if v.types.Asserted == graph.Opposes {
			return true
		}
	}
	return false
}
