package loader

import "testing"

// TestWholeDocNO23a loads the no23a whole documents (testdata/wholedoc23/no23a: joint statements
// of groups of states named by a regional adjective, collective role plurals as subjects,
// coordinated verb phrases sharing a subject; issue 13, session 23) and checks their gold.
func TestWholeDocNO23a(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc23/no23a") }
