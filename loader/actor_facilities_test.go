package loader

import "testing"

// TestFacilities: a name whose head is a facility noun (facilityheads.txt: an air base, an
// airport, a hotel, a stadium, a building complex) names a place, no actor, whatever body
// premodifies the head ("Air Force", "Government"); actor_facilities.go. Near misses: a body
// whose head is a body noun after a facility word ("Airport Authority", "Hotel Workers Union"),
// a metonymic seat of government ("the White House") and persons stay actors.
func TestFacilities(t *testing.T) {
	runCases(t, []exCase{
		{"air bases as subjects", "Kadena Air Base said two jets had returned safely. Incirlik Air Base was placed on alert, officials said.",
			[]string{"!actor Kadena Air Base", "!actor Incirlik Air Base"}},
		{"a base with a postmodifier, a stadium",
			"Joint Press Conference, Government Complex\n\nSeoul, June 3, 2031\n\nMinister Park Ji-ho said the delegation flew from Osan Air Base to Busan.\n\n" +
				"U.S. aircraft arrived at Andersen Air Force Base on Guam on Sunday, and the ministers spoke to reporters at Seoul Olympic Stadium.",
			[]string{"!actor Government Complex", "!actor Osan Air Base", "!actor Andersen Air Force Base on Guam", "!actor Andersen Air Force Base", "!actor Seoul Olympic Stadium", "PERSON Park Ji-ho"}},
		{"near misses: bodies named after facilities, the White House",
			"The Hong Kong Airport Authority said flights would resume. The Hotel Workers Union opposed the plan. The White House said it welcomed the decision.",
			[]string{"GOVERNMENT Airport Authority (Hong Kong)", "ORGANIZATION Hotel Workers Union", "GOVERNMENT White House"}},
	})
}
