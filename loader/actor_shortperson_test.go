package loader

import "testing"

// TestShortPersonName: a given name alone that is a subject is a person, not an organization
// (actors/shortperson.go). Controls: a name after "the" and a company's one-word name stay
// organizations. Sentences are invented.
func TestShortPersonName(t *testing.T) {
	runCases(t, []exCase{
		{"a given name after a common noun", "The biblical prophet Daniel wrote of exile in Babylon, the pastor told the crowd.",
			[]string{"PERSON Daniel"}},
		{"control: a name after the", "The casino struggled for years.\n\nThe Taj said it would close in the fall, the mayor said.",
			[]string{"ORGANIZATION Taj"}},
	})
}
