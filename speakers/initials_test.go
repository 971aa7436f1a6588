package speakers

import "testing"

// TestInitialsLabel: a two-to-four-letter label with no vowel letter is an initialism; a short
// surname in capitals has a vowel letter.
func TestInitialsLabel(t *testing.T) {
	for w, want := range map[string]bool{"kl": true, "jm": true, "tv": true, "bbc": true, "wu": false, "lee": false, "ao": false, "k": false, "kpmgl": false, "ly": false} {
		if got := initialsLabel(w); got != want {
			t.Errorf("initialsLabel(%q) = %v, want %v", w, got, want)
		}
	}
}
