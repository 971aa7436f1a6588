package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocNo23b loads the no23b whole documents (three lobby-briefing summaries, a news story,
// a briefing transcript; our own wording) and checks their gold: a spokesperson named by a
// possessive state title with a bracketed acronym (classesNO23 N2), a title anaphor after a quote
// (N12), hearsay "suggest" (N15).
func TestWholeDocNo23b(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "no23b"))
}
