package loader

import "testing"

// TestMandativeNounClause21 (branch trail21): a noun of demand or request with a that-clause in
// the mandative subjunctive, after a support verb ("repeated his demand that the government
// resign"; Quirk et al. 1985, 16.32, 17.26), is a demand of the noun's possessor once the
// clause's bare verb, which the tagger reads as a noun, is re-tagged (syntax/retag
// MandativeClauseVerb over data/wordclasses/mandativenouns.txt). Controls: a noun of saying with
// a that-clause, and a relative clause after the noun.
func TestMandativeNounClause21(t *testing.T) {
	for _, c := range []struct {
		text string
		exp  []string
	}{
		{"ACCRA, May 2 (Reuters) - Ghana repeated its demand that the junta resign.", []string{"DEMANDS Ghana -> junta resign"}},
		{"LIMA, Oct 9 (AP) - Peru renewed its demand that the Chilean envoy leave, the foreign ministry said.", []string{"DEMANDS Peru -> Chilean envoy leav"}},
		{"LIMA, Oct 9 (AP) - The Peruvian foreign minister renewed his demand that the Chilean envoy leave, his spokesman said.", []string{"DEMANDS Peruvian foreign minister -> Chilean envoy leav"}},
		{"ACCRA, May 2 (Reuters) - Ghana repeated its claim that the junta had resigned.", []string{"!DEMANDS Ghana -> junta"}},
		{"ACCRA, May 2 (Reuters) - Ghana rejected the demand that the junta made.", []string{"!DEMANDS Ghana -> junta"}},
	} {
		checkExpect(t, extractText(t, c.text), c.exp)
	}
}
