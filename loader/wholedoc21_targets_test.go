package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocTargets21 loads each whole document of testdata/wholedoc21/targets21 (wire stories
// and a ministry press release; invented wording) as the loader reads an article, and checks the
// expectations of its gold.txt: the target of a support verb over a possessive stance noun is the
// noun's complement (frames/stancecomplement.go). Lines marked "# open:" in the gold are known
// misses left for later.
func TestWholeDocTargets21(t *testing.T) {
	wholeDocPipeGold(t, filepath.Join("testdata", "wholedoc21", "targets21"))
}
