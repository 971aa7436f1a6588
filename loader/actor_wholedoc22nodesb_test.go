package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDoc22NodesB loads the nodes22b whole documents (loader/testdata/wholedoc22/nodes22b:
// a government briefing under a heading, a name line and a "City, ST" line, a wire story, a
// ministry's statement and a transport ministry's press release, written for these rules) and
// checks the node verdicts of their gold file on the full text, as a load extracts it: a
// demonym classifying a title's portfolio noun ("Minister for European Affairs Lars Haugen",
// portfolioDemonym), and event names ("the Helsinki Games") that are no organization. Lines
// marked "open" are logged.
func TestWholeDoc22NodesB(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc22", "nodes22b"))
}
