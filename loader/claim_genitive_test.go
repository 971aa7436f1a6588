package loader

import "testing"

// TestGenitiveBodyAttribution (probe20): in an attribution after the reported clause, a state's
// genitive before a body's descriptive name opens the speaker's noun phrase ("…, Japan's foreign
// ministry said"), as it does before a person's title (Quirk et al. 1985, 5.115); the clause
// before the comma is the body's claim. Sentences written for this test; control: a person.
func TestGenitiveBodyAttribution(t *testing.T) {
	runCases(t, []exCase{
		{"ministry", "The royalty will stay in place, Chile's mining ministry said.",
			[]string{"CLAIMS Mining Ministry (Chile) -> royalty will stay in place"}},
		{"ministry with time", "Grain exports fell by a third, Ukraine's agriculture ministry said on Monday.",
			[]string{"CLAIMS Agriculture Ministry (Ukraine) -> Grain exports fell by a third"}},
		{"person control", "The royalty will stay in place, Chile's Mining Minister Ana Soto said.",
			[]string{"CLAIMS Ana Soto -> royalty will stay in place"}},
	})
}
