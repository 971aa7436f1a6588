package loader

import "testing"

// TestJunk32 checks the issue-14 name-boundary and junk rules of session 32 (actors/titledtail.go,
// actors/partydesignation.go) on sentences written for them (invented people
// and bodies), each with a case the rule must leave alone.
func TestJunk32(t *testing.T) {
	runCases(t, []exCase{
		// a long run of title words ends in the person's name
		{"a county office's title before a name leaves the person", "Dorset County Recorder Helen Marwick said the count was slow. Marwick, a Republican, apologized to voters.",
			[]string{"PERSON Helen Marwick", "!ORGANIZATION Marwick"}},
		{"a three-word name closes a long titled run", "Pike County Deputy Sheriff Anna Lee Brandt said the suspect had fled. Brandt declined to comment.",
			[]string{"PERSON Anna Lee Brandt", "!ORGANIZATION Brandt"}},
		{"a long run with no given name before its end stays word by word", "Pike County Water Resources Board Chairman Ostrander said the dam was safe.",
			[]string{"!PERSON Board Chairman Ostrander", "!PERSON Chairman Ostrander"}},
		// a person after "named" is no program
		{"a staffer named by the verb is a person", "The suit was filed by a former staffer named Bradley Holm. Holm said he was fired unfairly.",
			[]string{"PERSON Bradley Holm", "!ORGANIZATION Holm"}},
		{"a program named by the verb stays a program", "The city launched a program called Clean Streets Now last year.",
			[]string{"!PERSON Clean Streets Now"}},
		// a party designation set off by commas is no organization
		{"a comma-set party designation is no acronym", "Rep. Ann Roe, R-N.Y., said the bill would pass. Sen. Tom Lake, D-Ohio, said he was not sure.",
			[]string{"!actor R-N", "!actor D-Ohio", "PERSON Ann Roe", "PERSON Tom Lake"}},
		{"an acronym after a comma stays a body", "Ann Roe, the head of the union, said the IRB would act. The plan was backed by Kelso, IRB-W and others.",
			[]string{"PERSON Ann Roe"}},
	})
}
