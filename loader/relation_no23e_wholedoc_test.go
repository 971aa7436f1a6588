package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocNo23e loads the no23e whole documents (wire stories and a ministry statement of our
// own wording, session 23, issue 13) and checks their gold: a relative clause inside a mandative
// clause (O9), a capital's conditional threat reported by a demonym + office (O10), an
// organisation name with an internal "People's" (O12), "the two sides" of a trailing frame (O7),
// a legal instrument that is no speaker (N8).
func TestWholeDocNo23e(t *testing.T) {
	wholeDocKnownGold(t, filepath.Join("testdata", "wholedoc23", "no23e"))
}
