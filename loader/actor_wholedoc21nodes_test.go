package loader

import "testing"

// TestWholeDoc21Nodes loads the nodes21 whole documents (loader/testdata/wholedoc21/nodes21:
// a ministry's release, a briefing transcript, a wire story, a presidency's statement, written for
// these rules) and checks the node verdicts of their gold file on the full text, as a load
// extracts it: the country of a person under a formal portfolio title in a state's own statement
// (formalPortfolioTitle), the "Office of the President" of the issuing state
// (officeOfStateTitle), the office of an international official (intlOfficeOf), a state's
// commission named with its genitive (statePossessedBody). Lines marked "open" are logged.
func TestWholeDoc21Nodes(t *testing.T) { wholeDocOpenGold(t, "nodes21") }
