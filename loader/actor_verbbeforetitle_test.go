package loader

import "testing"

// A nationality is read before a title across adjectives only: a finite verb between them ends
// the noun phrase, so the country of the sentence's subject is not the titled object's
// (actor_boundaries.go adjectiveCountry). "Finnish junior foreign minister X" keeps its adjective.
func TestVerbBeforeTitleCountry(t *testing.T) {
	cases := []struct{ name, text, person, country string }{
		{"the object's own of-country, not the subject's",
			"Foreign Minister Lena Aho of Finland met Foreign Minister Jaan Tamm of Estonia on Monday.", "Jaan Tamm", "EST"},
		{"the subject keeps its country",
			"Foreign Minister Lena Aho of Finland met Foreign Minister Jaan Tamm of Estonia on Monday.", "Lena Aho", "FIN"},
		{"another verb, another pair",
			"Prime Minister Ana Costa of Portugal urged Foreign Minister Pedro Vidal of Chile to reopen the consulate.", "Pedro Vidal", "CHL"},
		{"a nationality across a lower-case adjective is kept",
			"Nigerian junior foreign minister Dubem Okafor arrived in Accra on Monday.", "Dubem Okafor", "NGA"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkPersonCountry(t, extractText(t, c.text), c.person, c.country)
		})
	}
}
