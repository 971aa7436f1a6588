package loader

import "testing"

// TestJointPartyNounInCapitals: in a joint statement, "The two Governments …" (a party noun in
// capitals, read as a name) is the signatories together, every party a source (+joint:parties);
// outside a joint statement the same words name no party.
func TestJointPartyNounInCapitals(t *testing.T) {
	runDocCases(t, []exCase{
		{"joint-two-governments", "Joint Statement of the Governments of Uruguay and Paraguay\n\nMontevideo, 3 June 2032\n\n" +
			"The two Governments welcomed the reopening of the river port at Nueva Palmira.\n",
			[]string{"SUPPORTS Uruguay -> reopening of the river port", "SUPPORTS Paraguay -> reopening of the river port",
				"!SUPPORTS Governments -> reopening of the river port"}},
		{"news-no-joint", "River port reopens\n\nMONTEVIDEO, June 3 (Reuters) - Uruguay reopened the river port at Nueva Palmira on Monday. " +
			"The two Governments welcomed the reopening of the port.\n",
			[]string{"!SUPPORTS Paraguay -> reopening of the port"}},
	})
}
