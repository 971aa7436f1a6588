package loader

import "testing"

// TestSportBodies: a body named with its state's name and a sport's premodifier is the sport's,
// an organization, not the state's administration (actor_stateowner.go, sportWords; Olympic
// Charter, Rules 27.6 and 28). Near misses: the state's own committees and commissions.
func TestSportBodies(t *testing.T) {
	runCases(t, []exCase{
		{"national Olympic committees and sport commissions as subjects, in several tenses",
			"The Kenya Olympic Committee protested the ban on Tuesday. FIFA said the Ghana Football Commission would be suspended. " +
				"The Jamaica Athletics Commission has rejected the report, it said.",
			[]string{"ORGANIZATION Kenya Olympic Committee", "ORGANIZATION Ghana Football Commission", "ORGANIZATION Jamaica Athletics Commission"}},
		{"near misses: a state's own commissions",
			"The Kenya Revenue Commission said taxes would rise. The Ghana Planning Committee rejected the budget.",
			[]string{"GOVERNMENT Kenya Revenue Commission", "GOVERNMENT Ghana Planning Committee"}},
	})
}
