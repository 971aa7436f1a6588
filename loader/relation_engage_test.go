package loader

import "testing"

// TestEngageWith (issue 13, nu15 B5): "engage with" a party is contact, not combat
// (cue-classes.txt verb engage with; OED engage v. "engage with"); CAMEO.2.0.txt's bare ENGAGE
// [190] stays the transitive military sense, announced a threat.
func TestEngageWith(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Japan wants to engage with China under the new agreement.", "found: THREATENS"},
		{"Japan will engage with the Chinese government on the trade deal.", "found: THREATENS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"The Japanese navy will engage the Chinese fleet if it enters the strait.", "THREATENS Navy (Japan) -> Chinese fleet"},
	})
}
