package loader

import "testing"

// TestWholeDocNU24 loads the nu24 whole documents (testdata/wholedoc24/nu24: a briefing turn's
// "<Demonym> side" and agentless-obligation sentences, a questioner's outlet alone after "Q:",
// a trailing minister's attribution, an unnamed bare plural; session 24 new-user trial).
func TestWholeDocNU24(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/nu24") }
