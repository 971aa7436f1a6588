package loader

import "testing"

// TestJunk28 checks the issue-14 junk guards of session 28 (actors/titlealone.go, …) on sentences
// written for them (invented people, places and bodies), each with a case the rule must leave alone.
func TestJunk28(t *testing.T) {
	runCases(t, []exCase{
		// a title alone is no person
		{"a rank word between two titles is no person", "Prisons spokesman Deputy Commissioner Rose Tembo said the inmates were safe.",
			[]string{"!actor Deputy", "PERSON Rose Tembo"}},
		{"a name between two titles stays the person", "Prisons spokesman Joseph Banda said the inmates were safe.",
			[]string{"PERSON Joseph Banda"}},
		// an honorific before a plural common noun addresses an audience
		{"an honorific before a plural is no person", "Honourable Members,\n\nThe bill will help every union. Some Honourable Members have said the bill is too costly.",
			[]string{"!actor Members", "!actor Honourable Members"}},
		{"an honorific before a surname stays a person", "Mr. Fields said the bill was too costly.",
			[]string{"PERSON Fields"}},
		{"a courtesy title before an -s surname stays a person although the noun is common", "Mrs. Banks said the loans were too costly.",
			[]string{"PERSON Banks"}},
	})
}
