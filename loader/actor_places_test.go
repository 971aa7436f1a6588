package loader

import "testing"

// TestFeatureNamesArePlaces: names ending in a GeoNames feature term (nonactors.txt: shoal, atoll,
// isthmus …) are places, never persons or organizations; sentences written for this test.
func TestFeatureNamesArePlaces(t *testing.T) {
	runCases(t, []exCase{
		{"a shoal", "Navy ships fired flares at a fishing boat near Second Andrew Shoal on Monday.",
			[]string{"!actor Andrew Shoal", "!actor Second Andrew Shoal"}},
		{"an atoll", "Tuvalu criticized the dumping of waste near Maria Atoll.",
			[]string{"!actor Maria Atoll", "OPPOSES Tuvalu -> dumping of waste"}},
	})
}
