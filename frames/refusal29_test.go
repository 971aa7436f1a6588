package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRefusedOpposition (issue 13, frames29b): refuse and decline are negative verbs (Quirk et
// al. 1985, 10.56): "declined to V" says the subject did not V, so a hostile or demanding act in
// the infinitive is negated and the refusal rejects nothing (PLOVER REJECT lists refusals of
// cooperation, never of condemnation or punishment). A refusal of a cooperative act stays a
// rejection.
func TestRefusedOpposition(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Lisbon declined to denounce the coup in Bamako.", graph.Opposes, "Lisbon", "*", "", true, onlyOwn | onlyNegated},
		{"Lisbon declined to denounce the coup in Bamako.", graph.Opposes, "Lisbon", "*", "", false, onlyOwn | onlyUnnegated},
		{"The council refused to condemn the raids.", graph.Opposes, "council", "*", "", false, onlyOwn | onlyUnnegated},
		{"Accra refused to impose tariffs on Togolese cement.", graph.Sanctions, "Accra", "*", "", true, onlyOwn | onlyNegated},
		{"Accra refused to impose tariffs on Togolese cement.", graph.Opposes, "Accra", "*", "", false, onlyOwn | onlyUnnegated},
		{"Accra declined to call for the minister's resignation.", graph.Demands, "Accra", "*", "", false, onlyOwn | onlyUnnegated},
		// must-not: refusing a cooperative act is a rejection (CAMEO 12)
		{"Accra refused to reopen the border with Togo.", graph.Opposes, "Accra", "*", "", true, onlyOwn | onlyUnnegated},
		{"Lisbon declined to meet the rebel envoy.", graph.Opposes, "Lisbon", "*", "", true, onlyOwn | onlyUnnegated},
		{"Accra is refusing to lift the curfew on the border towns.", graph.Opposes, "Accra", "*", "", true, onlyOwn | onlyUnnegated},
		// a negative implicative proper is unchanged
		{"The council failed to condemn the raids.", graph.Opposes, "council", "*", "", true, onlyOwn | onlyNegated},
	})
}
