// Helpers over CAMEO actor codes (the codes of the actor dictionaries lexicon.go loads).

package loader

// sectorOf keeps the first role of an agent code (three letters: GOVMED → GOV), the form of the
// country-plus-role codes the CAMEO codebook gives for domestic actors.
func sectorOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}
