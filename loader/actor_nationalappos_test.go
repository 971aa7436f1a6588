package loader

import "testing"

// TestPhraseNationality: a person without a country takes the country of a demonym that opens
// an appositive role ("X, the Italian negotiator") or of a country's genitive before the name
// ("Brazil's X"); actor_nationalappos.go. Near misses: a genitive of a company, a role with no
// demonym, a continent's adjective.
func TestPhraseNationality(t *testing.T) {
	runCases(t, []exCase{
		{"appositive demonym roles, several countries, tenses and orders",
			"Lucia Ferraro, the Italian negotiator, rejected the plan on Monday. " +
				"The deal would collapse, said Oren Halevi, the Israeli mediator. " +
				"Thandiwe Mokoena, a South African economist, had warned that prices must fall.",
			[]string{"country Lucia Ferraro = ITA", "country Oren Halevi = ISR", "country Thandiwe Mokoena = ZAF"}},
		{"a country's genitive before the name",
			"Talks stalled when Brazil's Joao Mendes walked out, saying the offer was unfair. " +
				"South Korea's Kim Min-jun will chair the meeting, he said. Later, Chile's Camila Rojas was criticised by the unions.",
			[]string{"country Joao Mendes = BRA", "country Kim Min-jun = KOR", "country Camila Rojas = CHL"}},
		{"near misses: a company's genitive, a role without a demonym, a continent",
			"Acme's Maria Silva said the plant would close. Hans Keller, the chief negotiator, said talks must go on. " +
				"Anna Weber, a European lawmaker, said the vote was delayed.",
			[]string{"country Maria Silva = ", "country Hans Keller = ", "country Anna Weber = "}},
	})
}
