package loader

import "testing"

// TestWholeDocArgs24 loads the args24 whole documents (testdata/wholedoc24/args24: the party
// inside an act-noun object, the addressee of "demand N from X", the counter-party of a fronted
// "Pressed by X," adjunct, a negated evidential noun's scope; session 24) and checks their gold.
func TestWholeDocArgs24(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/args24") }
