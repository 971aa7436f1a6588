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
		known               string // the embedded parser pair's error: logged, not failed (KNOWN convention)
	}{
		{"The Malian junta rejected outright the peace plan drafted by the regional bloc.", "OPPOSES", "junta", "peace plan", true, ""},
		{"Caracas refused outright the Colombian offer of mediation.", "OPPOSES", "Venezuela", "offer", true, ""},
		{"The Sudanese side will reject outright any proposal to divide the city, the army said.", "OPPOSES", "Sudan", "proposal", true,
			"reporting clause 'the army said' advcl of divide (UD: parataxis of reject)"},
		{"Athens denounced outright the Turkish naval exercises near Rhodes.", "OPPOSES", "Greece", "exercises", true, ""},
		// near misses
		{"The Malian junta spoke about the peace plan drafted by the regional bloc.", "OPPOSES", "junta", "", false, ""},
		{"Caracas spoke on Monday with the Colombian delegation.", "OPPOSES", "Venezuela", "", false, ""},
	} {
		got, found := concede20Has(t, c.text, c.typ, c.src, c.tgt)
		if c.known != "" {
			if got == c.want {
				t.Logf("now met, drop known (%s): %s", c.known, c.text)
			} else {
				t.Logf("known parser miss (%s): %s: %s %s -> %s: want %v; %v", c.known, c.text, c.typ, c.src, c.tgt, c.want, found)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s: %s %s -> %s: want %v; %v", c.text, c.typ, c.src, c.tgt, c.want, found)
		}
	}
}

// TestQuotedAsTrailing (issue 13, trailing20 T2): a quoted-as frame closing the sentence ("…,
// X was quoted as saying.", "…, <medium> quoted X as saying.") is a reporting clause after its
// report (Quirk et al. 1985, 15.53): X claims the clause before its comma, cut at the comma, in
// the future, with a modal of obligation, a refusal. Near misses: the frame with nothing
// before it, an adverbial clause before it, a frame with its own clause after it.
func TestQuotedAsTrailing(t *testing.T) {
	runCases(t, []exCase{
		{"passive, future", "Georgia will expel the Russian envoy, Foreign Minister Ilia Darchiashvili was quoted as saying.",
			[]string{"CLAIMS Ilia Darchiashvili -> Georgia will expel the Russian envoy"}},
		{"active with a medium", "Hanoi will not accept the Chinese survey in its waters, the VNA news agency quoted Foreign Minister Bui Thanh Son as saying.",
			[]string{"CLAIMS Bui Thanh Son -> Hanoi will not accept the Chinese survey in its waters", "!CLAIMS VNA"}},
		{"passive with agent, deontic", "Ethiopia must withdraw its forces from the border, President Isaias Afwerki was quoted by Eritrean television as saying on Monday.",
			[]string{"CLAIMS Isaias Afwerki -> Ethiopia must withdraw its forces from the border"}},
		{"near miss: an adverbial clause before the frame", "When the talks ended, Foreign Minister Ilia Darchiashvili was quoted as saying.",
			[]string{"!CLAIMS Ilia Darchiashvili"}},
		{"near miss: the frame's own clause after it", "Foreign Minister Ilia Darchiashvili was quoted as saying that Georgia will expel the Russian envoy.",
			[]string{"CLAIMS Ilia Darchiashvili -> Georgia will expel the Russian envoy"}},
	})
}
