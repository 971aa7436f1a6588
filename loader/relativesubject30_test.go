package loader

import "testing"

// A pronoun subject of a relative clause takes the nearer subject of the clause its antecedent
// noun belongs to, not the main clause's subject nor the reporting speaker
// (relation_relativesubject.go; Lappin & Leass 1994). Must-not: the main clause's subject is
// never the detainer.
func TestRelativeClausePronounSubject30(t *testing.T) {
	runCases(t, []exCase{
		{"unnamed nearer subject", "The European Union demands that the council in Minsk free the two Polish citizens it has detained without charge since March.",
			[]string{"!OPPOSES European Union -> Polish citizens", "DEMANDS European Union"}},
		{"named nearer subject", "The Foreign Ministry said Chile must free the students it detained last week.",
			[]string{"OPPOSES Chile -> students", "!OPPOSES Foreign Ministry -> students"}},
		{"must-not: a main-clause relative keeps its subject", "Chile will free the students it detained last week.",
			[]string{"!OPPOSES Foreign Ministry -> students"}},
	})
}
