package loader

import "testing"

// TestWholeDocCorpus27 loads the corpus27 whole document (testdata/wholedoc27/corpus27: a
// purpose infinitive in the act, a conditional warning that is no threat, coordinated
// premodifiers, "as well as" after a titled name, a pronoun object in a supplementive clause;
// session 27) and checks its gold.
func TestWholeDocCorpus27(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc27/corpus27") }
