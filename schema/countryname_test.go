package schema

import (
	"strings"
	"testing"
)

// TestCountryNameSuggestsCode: a country's name, demonym, capital or short form of
// data/lexicons/countries.txt where a code is wanted is BAD_ARGUMENT with its code ("did you mean
// CHN?"), in every country argument; a CAMEO actor code is pointed to nodes(code:) — except for
// addresseeCountry, which is pointed to addressee: — and a name that merely starts with a country
// code ("Pakistan", "Peruvian") is never taken for an actor code.
func TestCountryNameSuggestsCode(t *testing.T) {
	for _, c := range []struct{ arg, value, want, notWant string }{
		{"sourceCountry", "China", "did you mean CHN?", "code:"},
		{"country", "UK", "did you mean GBR?", "code:"},
		{"country", "the United Kingdom", "did you mean GBR?", ""},
		{"addresseeCountry", "Pakistan", "did you mean PAK?", "nodes(code"},
		{"targetCountry", "pakistani", "did you mean PAK?", ""},
		{"country", "Peruvian", "did you mean PER?", "code:"},
		{"targetCountry", "Great  Britain", "did you mean GBR?", ""},
		{"sourceCountry", "Beijing", "did you mean CHN?", ""},
		{"sourceCountry", "CHNGOV", `nodes(code: "CHNGOV")`, "did you mean"},
		{"addresseeCountry", "CHNGOV", "addressee:", "nodes(code"},
		{"country", "Atlantis", "not a country of", "did you mean"},
		{"sourceCountry", "North Vietnam", "did you mean VDR?", ""},
		{"targetCountry", "Rhodesia", "did you mean RHO?", ""},
		{"country", "Zairean", "did you mean ZAR?", ""},
	} {
		_, err := countryArg(map[string]any{c.arg: c.value}, c.arg)
		if err == nil {
			t.Errorf("%s: %q accepted", c.arg, c.value)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, c.want) || c.notWant != "" && strings.Contains(msg, c.notWant) || !strings.Contains(msg, c.arg) {
			t.Errorf("%s: %q: %s; want %q, not %q", c.arg, c.value, msg, c.want, c.notWant)
		}
		if c2, _ := codeOf(err); c2 != CodeBadArgument {
			t.Errorf("%s: %q: code %q", c.arg, c.value, c2)
		}
	}
	for _, ok := range []string{"CHN", "gbr", " PAK "} {
		if v, err := countryArg(map[string]any{"country": ok}, "country"); err != nil || v == "" {
			t.Errorf("country: %q refused: %v", ok, err)
		}
	}
}
