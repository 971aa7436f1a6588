package loader

import "testing"

// TestAbbreviatedCountryNames26: the Phoenix country records' abbreviated synonyms ("S. Africa",
// "S. Arabia", "N. Korea", "S. Korean") and "Democratic Republic of Congo" without "the" name the
// country (data/lexicons/countries.txt); none becomes a PERSON, and the DRC is not the Republic
// of the Congo. The last case keeps an initial before an ordinary surname a person.
func TestAbbreviatedCountryNames26(t *testing.T) {
	runDocCases(t, []exCase{
		{"s_africa", "S. Africa and S. Arabia sign energy pact\n\nRiyadh, 4 May 2033\n\nSouth Africa and Saudi Arabia signed an energy agreement on Monday.",
			[]string{"!PERSON S. Africa", "!PERSON S. Arabia", "actor South Africa", "actor Saudi Arabia"}},
		{"n_korea", "N. Korea fires missile; S. Korean military on alert\n\nSeoul, 5 May 2033\n\nNorth Korea fired a missile into the sea on Friday, the South Korean military said.",
			[]string{"!PERSON N. Korea", "!PERSON S. Korean", "actor North Korea"}},
		{"drc", "Kinshasa, 6 May 2033\n\nAngola condemned attacks in Democratic Republic of Congo on Sunday.",
			[]string{"!actor Republic of the Congo", "actor Democratic Republic of the Congo", "actor Angola"}},
		{"initial_person", "Nairobi, 7 May 2033\n\nS. Mwangi, a lawyer, said the court had ruled against the government.",
			[]string{"PERSON S. Mwangi"}},
	})
}
