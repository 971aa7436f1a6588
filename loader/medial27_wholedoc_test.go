package loader

import "testing"

// TestWholeDocMedial27 loads the medial27 whole documents (testdata/wholedoc27/medial27: a
// reporting clause medial in the clause it reports, Quirk et al. 1985, 15.53, with the reporter
// parsed as the first phrase's appositive or beside a vocative; near misses) and checks their gold.
func TestWholeDocMedial27(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc27/medial27") }
