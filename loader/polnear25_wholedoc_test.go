package loader

import "testing"

// TestWholeDocPolnear25 loads the polnear25 whole documents (testdata/wholedoc25/polnear25: a
// party–state designation after a name, a zero-article appositive of role, a person postmodified
// by "of" + place, the VerbNet say-37.7-1 / complain-37.8 verbs; session 25) and checks their gold.
func TestWholeDocPolnear25(t *testing.T) {
	wholeDocOpenGoldDir(t, "testdata/wholedoc25/polnear25")
}
