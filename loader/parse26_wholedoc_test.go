package loader

import "testing"

// TestWholeDocParse26 loads the parse26 whole documents (testdata/wholedoc26/parse26: subjects
// with an interposed relative clause, participle or apposition, coordinated 3sg predicates, a
// past tense after a time adjunct, an adjective complement of a linking verb; session 26) and
// checks their gold.
func TestWholeDocParse26(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/parse26") }
