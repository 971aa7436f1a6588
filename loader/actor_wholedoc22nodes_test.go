package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDoc22Nodes loads the nodes22 whole documents (loader/testdata/wholedoc22/nodes22: a
// ministry's release under a "Place — date" line, a readout of a call between two leaders, a
// wire story under "Kabul - 12 May", a minister's address opening "Dear members of …," and a
// government statement, written for these rules) and checks the node verdicts of their gold
// file on the full text, as a load extracts it: the dash place-and-date line's country
// (dashDateLine), the officials a leader "was accompanied by" (accompaniedOfficials), the issuer's
// leader beside the other leader "of <Country>" (otherHoldersState), "Minister of the Interior
// <Name>" (titleOfPortfolio), the salutation's addressees (salutationLine). Lines marked "open"
// are logged.
func TestWholeDoc22Nodes(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc22", "nodes22"))
}
