package loader

import "testing"

// TestAdverbBeforeObject (issue 13, trailing20 T3): an adjunct between a verb and its object
// ("rejected outright the plan"; Quirk et al. 1985, 8.20, 18.39) leaves the noun phrase after
// it the verb's object though the tagger read the adjunct as a preposition
// (retag.AdverbBeforeObject). Near misses: a real preposition after the verb opens an oblique
// ("voted against", "talked about"), so no object is made of its noun phrase.
func TestAdverbBeforeObject(t *testing.T) {
	for _, c := range []struct {
		text, typ, src, tgt string
		want                bool
	}{
		{"The Malian junta rejected outright the peace plan drafted by the regional bloc.", "OPPOSES", "junta", "peace plan", true},
		{"Caracas refused outright the Colombian offer of mediation.", "OPPOSES", "Venezuela", "offer", true},
		{"The Sudanese side will reject outright any proposal to divide the city, the army said.", "OPPOSES", "Sudan", "proposal", true},
		{"Athens denounced outright the Turkish naval exercises near Rhodes.", "OPPOSES", "Greece", "exercises", true},
		// near misses
		{"The Malian junta spoke about the peace plan drafted by the regional bloc.", "OPPOSES", "junta", "", false},
		{"Caracas spoke on Monday with the Colombian delegation.", "OPPOSES", "Venezuela", "", false},
	} {
		got, found := concede20Has(t, c.text, c.typ, c.src, c.tgt)
		if got != c.want {
			t.Errorf("%s: %s %s -> %s: want %v; %v", c.text, c.typ, c.src, c.tgt, c.want, found)
		}
	}
}
