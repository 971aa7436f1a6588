package loader

import "testing"

// TestAccompaniedOfficials: the persons a leader of known country "was accompanied by" are of
// that country, and so is their body (codes_accompanied.go); near misses: a leader whose country
// is not known, a by-phrase of another verb.
func TestAccompaniedOfficials(t *testing.T) {
	runCases(t, []exCase{
		{"was accompanied by, two officials", "Prime Minister Lars Holm of Denmark met the Ghanaian delegation in Accra on Friday. Prime Minister Holm was accompanied by Minister for Development Cooperation Karin Lund and Ambassador Erik Dahl.",
			[]string{"country Karin Lund = DNK", "country Erik Dahl = DNK"}},
		{", accompanied by", "President Amara Diallo of Senegal, accompanied by Minister for Trade Fatou Ndiaye, arrived in Rabat on Monday for talks with Moroccan officials.",
			[]string{"country Fatou Ndiaye = SEN"}},
		{"leader of no known country", "Chairman Tomas Reyes was accompanied by Director Paula Gomez at the meeting in Madrid.",
			[]string{"!country Paula Gomez = ESP"}},
		{"another verb's by-phrase", "President Amara Diallo of Senegal was greeted by Mayor Karim Benali on arrival in Rabat.",
			[]string{"!country Karim Benali = SEN"}},
	})
}
