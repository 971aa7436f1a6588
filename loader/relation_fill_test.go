package loader

import "testing"

// TestFillWith (issue 13, nu15 B6): "fill X with Y" is the locative fill (Levin 1993, 9.8), no
// CAMEO 080 concession (cue-classes.txt verb fill, with:with); "filled the demands" keeps the
// dictionary's SUBMIT [080] sense.
func TestFillWith(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Peru filled the vacancies with loyal judges.", "found: OFFERS"},
		{"Ecuador's president filled the cabinet with former generals.", "found: OFFERS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Chile filled Bolivia's demands.", "OFFERS Chile"},
	})
}
