package input

import (
	"strings"
	"testing"
)

// TestRepairCP1252Mojibake: UTF-8 letters read as Windows-1252 and saved again are restored,
// also when the corrupted text was decomposed (NFD); genuine Latin text, sequences that lost a
// byte and text corrupted twice stay as they are.
func TestRepairCP1252Mojibake(t *testing.T) {
	cases := []struct{ in, want string }{
		{"President Lucía MuÃ±oz Vidal met the envoy.", "President Lucía Muñoz Vidal met the envoy."},
		{"the mayor, AndrÃ©s Ibarra, said", "the mayor, Andrés Ibarra, said"},
		{"it was a â€œdealâ€\u009d", "it was a “deal”"},
		{"BeltrA\u0303\u00a1n told us", "Beltrán told us"}, // "Ã" decomposed into A and a combining tilde
		// must not: genuine accents, a lost byte, a second layer of corruption
		{"José Martí’s café in Ångström", "José Martí’s café in Ångström"},
		{"RaÃol spoke", "RaÃol spoke"},
		{"Ã\u0083Â¨", "Ã\u0083Â¨"},
		{"plain ASCII", "plain ASCII"},
	}
	for _, c := range cases {
		got, _ := repairCP1252Mojibake(c.in)
		if got != c.want {
			t.Errorf("repairCP1252Mojibake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	d, err := textDocument("a.txt", []byte("Governor JoÃ£o Silva said."))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "João Silva") || len(d.Warnings) == 0 {
		t.Errorf("text %q warnings %q: want repaired and warned", d.Text, d.Warnings)
	}
}
