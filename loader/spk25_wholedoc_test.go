package loader

import "testing"

// TestWholeDocSpk25 loads the spk25 whole documents (testdata/wholedoc25/spk25: a readout's own
// narration as its issuer's claims, briefing answers across labels and paragraphs, statements a
// body issues by a lead-in, by its title or jointly; session 25) and checks their gold.
func TestWholeDocSpk25(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc25/spk25") }
