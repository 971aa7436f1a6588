package loader

import "testing"

// TestWholeDocClaims27 loads the claims27 whole documents (testdata/wholedoc27/claims27: the
// reported claim beside a deontic demand, a speech verb coordinated after a stance predicate, every
// declarative sentence of a turn, issuer voice of a country's or a bloc's statement and of a
// department speaking for its country; analysis26 §9a–9d, §8a, session 27) and checks their gold.
func TestWholeDocClaims27(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc27/claims27") }
