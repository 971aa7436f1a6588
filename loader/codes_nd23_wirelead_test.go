package loader

import "testing"

// TestWireLeadMarkedForeignBody23 checks session 23's node class ND2 (the dateline part) on
// stories written for it: a foreign body named with its own country in the lead (countryMarked)
// leaves the dateline state to the lead's bare generic body; the same body of another state, or
// another state's official, in the lead still leaves it out.
func TestWireLeadMarkedForeignBody23(t *testing.T) {
	runDocCases(t, []exCase{
		{"demonym embassy in the lead", "ZAGREB, Croatia — The Ministry of the Interior on Monday denied a report by the Slovenian Embassy in Zagreb that border guards had turned back hikers.\n\nThe ministry said the guards had followed the rules.",
			[]string{"country Ministry of the Interior = HRV"}},
		{"embassy of a country in the lead", "ACCRA, Ghana — The Ministry of Finance on Friday welcomed a loan offer, citing the Embassy of Japan in Accra.",
			[]string{"country Ministry of Finance = GHA"}},
		// near misses: another state's official in the lead still leaves the bare body out
		{"foreign official in the lead", "ZAGREB, Croatia — The Ministry of the Interior on Monday met Slovenian Interior Minister Marko Zupan to discuss the border.",
			[]string{"!country Ministry of the Interior = HRV"}},
	})
}
