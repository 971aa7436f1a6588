package loader

import "testing"

// TestWholeDocTrial26 loads the trial26 whole documents (testdata/wholedoc26/trial26: findings
// of session 25's new-user trial — a pronoun object resolved to its own subject, visits read as
// demands and offers, a goods demonym read as a ban's issuer, an object cut to its head) and
// checks their gold.
func TestWholeDocTrial26(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/trial26") }
