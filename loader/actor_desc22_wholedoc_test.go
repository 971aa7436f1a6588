package loader

import "testing"

// TestWholeDocDesc22 loads the desc22 whole documents (testdata/wholedoc22/desc22: three wire
// stories of our own, issue 13's desc-subj template): a Phoenix agent noun postmodified by
// "in the <compass point> of <Country>" is the subject and source, the country its nationality
// (Quirk et al. 1985, 17.37; AP Stylebook, "directions and regions").
func TestWholeDocDesc22(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc22/desc22") }
