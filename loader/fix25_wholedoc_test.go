package loader

import "testing"

// TestWholeDocFix25 loads the fix25 whole documents (testdata/wholedoc25/fix25: one office-holder
// rule for readouts and labels, a negated evidence noun over a relative-parsed clause, the
// speaker's own side as a target, demonym + envoy nouns, "call on X to V", coordinated
// reporting clauses; session 25) and checks their gold.
func TestWholeDocFix25(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc25/fix25") }
