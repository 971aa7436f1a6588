package loader

import "testing"

// TestPredicateNominalAntecedent: "it" after a copular clause refers to the clause's subject, not
// to its predicate nominal (predicateNominalSubject; Lappin & Leass 1994 exclude predicate
// nominals). Invented wordings; near miss: an object noun of an ordinary clause stays the
// antecedent.
func TestPredicateNominalAntecedent(t *testing.T) {
	runCases(t, []exCase{
		{"gerund subject", "Lifting the export ban on Ukrainian grain is a welcome decision. Poland supports it.",
			[]string{"SUPPORTS Poland -> Lifting the export ban", "!SUPPORTS Poland -> welcome decision"}},
		{"noun subject", "The new customs union is a positive step. Kenya welcomes it.",
			[]string{"SUPPORTS Kenya -> customs union", "!SUPPORTS Kenya -> positive step"}},
		{"object noun", "The EU adopted a new plan on migration. Hungary opposes it.",
			[]string{"OPPOSES Hungary -> new plan"}},
	})
}
