package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDoc23Nodes loads the nodes23 whole documents (loader/testdata/wholedoc23/nodes23: one
// or more per node class N1-N11 of session 23 — a ministry's briefing, a letterhead release, wire
// and news stories, a governor's release under a name line, an address, a joint statement, an
// embassy's statement, a visit — written for these rules) and checks the node verdicts of their
// gold file on the full text, as a load extracts it. Lines marked "open" are logged.
func TestWholeDoc23Nodes(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "nodes23"))
}
