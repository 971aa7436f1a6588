package loader

import "testing"

// TestAgentLineState: a heading line naming a state body by a Phoenix state agent and its state
// ("Chancellery of the Prime Minister of Poland") is the issuer's letterhead, so the bare-titled
// leader of the release is that state's (speaker_titleoffice.go agentLineState); near misses: a
// business agent ("Chamber of Commerce and Industry of Slovakia") and no state named.
func TestAgentLineState(t *testing.T) {
	runCases(t, []exCase{
		{"chancellery of the prime minister", "Press release\nChancellery of the Prime Minister of Poland\n\n3 June 2030\n\nPrime Minister Adam Nowicki opened the new railway line to the Baltic coast.",
			[]string{"country Adam Nowicki = POL"}},
		{"federal chancellery", "Federal Chancellery of Austria\n\n9 June 2030\n\nChancellor Eva Leitner welcomed the agreement on the new rail tunnel.",
			[]string{"country Eva Leitner = AUT"}},
		{"a business agent", "Chamber of Commerce and Industry of Slovakia\n\n3 June 2030\n\nPresident Juraj Kollar opened the trade fair for small firms.",
			[]string{"!country Juraj Kollar = SVK"}},
	})
}
