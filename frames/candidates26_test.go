package frames

import "testing"

// TestAssertedByAidPattern: "provide", "supply" and "grant" (CAMEO.2.0.txt GRANT [060], typed
// only when announced) are tagged cue candidates in the asserted mode when an aid noun of the
// block's typed patterns ("- * AID" [070], "- * ASSISTANCE" [070]; modality.txt aid-noun, CAMEO
// root 07) is among the sentence's words, and not without one ("provided details to reporters"
// stays the 060 entry, typed only when announced).
func TestAssertedByAidPattern(t *testing.T) {
	lx, _ := lexiconAndParser(t)
	for _, v := range [][2]string{{"provide", "provided"}, {"supply", "supplied"}, {"grant", "granted"}} {
		aid := map[string]bool{"kenya": true, v[0]: true, v[1]: true, "aid": true, "to": true, "somalia": true}
		if !lx.CueCandidateTagged("VERB", v[0], v[1], aid, false) {
			t.Errorf("%s aid to: no tagged candidate in the asserted mode", v[1])
		}
		assistance := map[string]bool{"norway": true, v[0]: true, v[1]: true, "assistance": true, "to": true, "malawi": true}
		if !lx.CueCandidateTagged("VERB", v[0], v[1], assistance, false) {
			t.Errorf("%s assistance to: no tagged candidate in the asserted mode", v[1])
		}
		details := map[string]bool{"the": true, "ministry": true, v[0]: true, v[1]: true, "details": true, "detail": true, "to": true, "reporters": true}
		if lx.CueCandidateTagged("VERB", v[0], v[1], details, false) {
			t.Errorf("%s details to reporters: a tagged candidate in the asserted mode", v[1])
		}
	}
}
