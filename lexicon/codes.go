// Helpers over CAMEO actor codes (the codes of the actor dictionaries actors.go and
// lexicons.go load).

package lexicon

// SectorOf keeps the first role of an agent code (three letters: GOVMED → GOV), the form of the
// country-plus-role codes the CAMEO codebook gives for domestic actors. A code of three letters
// or fewer is returned as it is.
func SectorOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}
