package loader

import "testing"

// TestRolePluralParties: a plural title as subject (relation_roleplural.go) — its coordinated
// "of" list, or the dash list in apposition to a group, gives every listed actor as source; bare
// or definite, it refers back to the last such list; after an acronym the article defined, it is
// that group. Near misses: one actor after "of", no antecedent list, a list of things. Invented
// wordings.
func TestRolePluralParties(t *testing.T) {
	runTextCases(t, []textCase{
		{"The Foreign Ministers of Chile and Peru rejected the new fishing quotas.",
			[]string{"OPPOSES Chile -> fishing quotas", "OPPOSES Peru -> fishing quotas"}},
		{"Presidents of the Andean Forum \u2013 Chile, Peru and Bolivia \u2013 condemned the port blockade.",
			[]string{"OPPOSES Chile -> port blockade", "OPPOSES Bolivia -> port blockade", "!OPPOSES Andean Forum -> port blockade"}},
		{"The Prime Ministers of Norway and Iceland met in Oslo on Monday.\n\nPrime Ministers urged Freedonia to lift the whaling ban.",
			[]string{"DEMANDS Norway -> whaling ban", "DEMANDS Iceland -> whaling ban"}},
		{"The Arctic Fisheries Council (AFCO) met in Oslo.\n\nAFCO Ministers called for a review of the cod quotas.",
			[]string{"DEMANDS Arctic Fisheries Council -> review of the cod quotas"}},
		// near misses: one party after "of"; no earlier list for a bare plural
		{"The Ministers of Chile rejected the new fishing quotas.",
			[]string{"OPPOSES Chile -> fishing quotas", "!OPPOSES Peru -> fishing quotas"}},
		{"Norway and Iceland signed a fisheries accord.\n\nPremiers urged Freedonia to lift the whaling ban.",
			[]string{"!DEMANDS Norway -> whaling ban"}},
	})
}
