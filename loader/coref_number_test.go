package loader

import "testing"

// Number agreement of "they" (Quirk et al. 1985, 6.x; Lappin & Leass 1994 agreement filter): a
// plural pronoun takes a plural noun phrase, a coordination or a group, never a singular body
// named as an object; each case on invented sentences.
func TestPluralPronounAgreement(t *testing.T) {
	runCases(t, []exCase{
		{"they: the plural subject before, not the office named as an object", "In reply, the Danish authorities filed a complaint with the carrier through the Copenhagen Trade Office. They claimed that the carrier had broken the landing rules.",
			[]string{"CLAIMS Danish authorities -> carrier had broken", "!CLAIMS Copenhagen Trade Office"}},
		{"they: coordinated plural subject, not the country of the clause it reports", "Several bankers and economists said that Brazil had misjudged the currency reform. They warned that the central bank might raise rates again.",
			[]string{"!CLAIMS Brazil -> central bank might raise", "!THREATENS Brazil"}},
		{"near miss: with no plural antecedent a collective body keeps they", "The Danish government rejected the fishing quota on Monday. They said that the quota was unfair to coastal towns.",
			[]string{"CLAIMS Denmark -> quota was unfair"}},
	})
}
