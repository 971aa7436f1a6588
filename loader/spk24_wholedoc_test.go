package loader

import "testing"

// TestWholeDocSPK24 loads the spk24 whole documents (testdata/wholedoc24/spk24: bare office
// labels on the office holder's own page, "Statement of the <office> of <body>" titles, readout
// narration on a government's page, a statement's "we" against the title's topic country,
// formulaic briefing answers; session 24) and checks their gold.
func TestWholeDocSPK24(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/spk24") }
