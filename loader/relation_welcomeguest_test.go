package loader

import "testing"

// TestWelcomedGuest (issue 13, nu15 B3): a person welcomed to a place or occasion is a guest
// received, CAMEO 043 "host a visit", no SUPPORTS (cue-classes.txt verb welcome with:to); a
// thing or act welcomed stays CAMEO 051 approval.
func TestWelcomedGuest(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"On May 3rd of last year, President Macron welcomed President Lula to the Elysee Palace.", "found: SUPPORTS"},
		{"On Monday, Kenya welcomed Uganda's foreign minister to Nairobi.", "found: SUPPORTS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Kenya warmly welcomed the ceasefire.", "SUPPORTS Kenya -> ceasefire"},
		{"Kenya welcomed the decision.", "SUPPORTS Kenya -> decision"},
	})
}
