package loader

import "testing"

// TestDirectiveAddresseePronoun: a demanded act whose clause has a pronoun subject names its
// agent when the sentence names the addressee before it — the for/to-phrase of the noun whose
// content the clause is, or the subject of a preceding if-clause (pronounAgent). Invented
// wordings; near misses: a noun's about-phrase names no addressee, and "we" is no addressee.
func TestDirectiveAddresseePronoun(t *testing.T) {
	runCases(t, []exCase{
		{"advice for", `Spokesperson Ana Ruiz said: "Our advice for Brazil is that it should return to the negotiating table."`,
			[]string{"KNOWN parser: advice ccomp of said with the clausal predicate its ccomp (UD: advice nsubj:outer of return) | DEMANDS Ana Ruiz -> Brazil returning to the negotiating table"}},
		{"if-clause subject", "Spokesperson Ana Ruiz said that if Chile sincerely wants better ties, it must abandon its old thinking.",
			[]string{"DEMANDS Ana Ruiz -> Chile abandoning its old thinking"}},
		{"concern about", `Spokesperson Ana Ruiz said: "Our concern about Brazil is that it should return to the negotiating table."`,
			[]string{"KNOWN parser: concern ccomp of said with the clausal predicate its ccomp (UD: concern nsubj:outer of return) | DEMANDS Ana Ruiz -> returning to the negotiating table", "!DEMANDS Ana Ruiz -> Brazil"}},
	})
}
