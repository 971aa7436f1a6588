package loader

import "testing"

// TestNounPrepComplement (trial26, issue 14): a phrase of the preposition a deverbal noun keeps
// from its prepositional verb (modality.txt pcomp-into, pcomp-to; Quirk et al. 1985, 17.31) is
// the object noun's, not the verb's: the object is the whole "entry into force of …". Near
// misses: a noun of no such class keeps the parse, and so does a phrase of another preposition.
func TestNounPrepComplement(t *testing.T) {
	runCases(t, []exCase{
		{"entry into force", "Japan welcomed the entry into force of the Agreement on fisheries.",
			[]string{"SUPPORTS Japan -> entry into force of the agreement", "!POLICY entry"}},
		{"present tense, treaty", "Peru welcomes the entry into force of the Treaty of Tlatelolco.",
			[]string{"SUPPORTS Peru -> entry into force of the treaty", "!POLICY entry"}},
		{"accession to", "Kenya opposed the accession to the community of the breakaway region.",
			[]string{"OPPOSES Kenya -> accession to the community", "!OPPOSES Kenya -> =accession"}},
		{"near miss: no class noun", "Chile welcomed the delegation into the palace.",
			[]string{"!SUPPORTS Chile -> delegation into the palace"}},
	})
}
