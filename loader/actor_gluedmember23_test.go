package loader

import "testing"

// TestGluedMemberDemonym23: a personal name glued to a state body that a demonym premodifies is the
// body's member, not a word of its name (actors/gluedname.go gluedMember, in interpret's
// demonym + body path, as orgChunk reads "Ministry of Foreign Affairs Kim Min-jun"). Near miss: a
// tail of common words stays in the body's name.
func TestGluedMemberDemonym23(t *testing.T) {
	runDocCases(t, []exCase{
		{"demonym body + name", "Prosecutors in Tallinn charged a former captain of the Estonian Coast Guard Toomas Kask with smuggling on Monday.",
			[]string{"PERSON Toomas Kask", "!actor Coast Guard Toomas Kask", "country Toomas Kask = EST"}},
		{"common-word tail: one body", "The Finnish Border Guard Service Training Centre opened a new course on Monday.",
			[]string{"!PERSON Training Centre"}},
	})
}
