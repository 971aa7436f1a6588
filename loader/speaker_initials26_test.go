package loader

import "testing"

// TestInitialsLabels26: a turn label of initials that no person of the document carries ("TR:")
// names no actor, neither a PERSON "Tr" nor an ORGANIZATION "TR" (speakers/initials.go); a
// surname label in capitals ("WU:") still makes a person.
func TestInitialsLabels26(t *testing.T) {
	runDocCases(t, []exCase{
		{"initials", "Interview on the grain deal\n\nKyiv, 4 May 2033\n\nTR: Why did Ukraine suspend the exports?\n\nDM: Ukraine suspended them because Poland closed its border.\n\nTR: Thank you. Poland says the ban is temporary.\n\nDM: Ukraine demands that Poland reopen the border.\n",
			[]string{"!PERSON Tr", "!PERSON Dm", "!actor TR", "!actor DM", "actor Ukraine", "actor Poland"}},
		{"surname", "Interview on the grain deal\n\nKyiv, 4 May 2033\n\nQ: Why did Ukraine suspend the exports?\n\nWU: Ukraine suspended them because Poland closed its border.\n\nQ: Will the ban last?\n\nWU: Ukraine demands that Poland reopen the border.\n",
			[]string{"PERSON Wu"}},
	})
}
