package loader

import "testing"

// TestAgentIanTitle29b: an occupational noun in -ian opening a personal-name run before a given
// name is the person's title ("Comedian X Y"; actors/junk.go agentTitleWord); a given name in
// -ian that English capitalizes stays the name's first word.
func TestAgentIanTitle29b(t *testing.T) {
	runCases(t, []exCase{
		{"an -ian occupation before a name", "Comedian Rita Vance mocked the proposal at the gala on Friday.",
			[]string{"PERSON Rita Vance", "!actor Comedian Rita Vance"}},
		// must not: a given name in -ian, which is no common word
		{"a given name in -ian stays", "Julian Ross Barker, a retired pilot, said the plan would fail.",
			[]string{"PERSON Julian Ross Barker"}},
	})
}

// TestCityState29b: a capitalized run set off before a US state's name or AP abbreviation that
// closes the phrase is a city, no person (actors/citystate.go; AP Stylebook "state names"); a state
// premodifying a description of the person, or a possessive state, leaves the name alone.
func TestCityState29b(t *testing.T) {
	runCases(t, []exCase{
		{"a city before its state's AP abbreviation", "The attacks in Orlando and San Bernardino, Calif., alarmed the officials.",
			[]string{"!actor San Bernardino"}},
		// must not: the state premodifies the person's description, or is a possessive
		{"a state before a description stays", "Chris Dunn, South Carolina director for the campaign, said the office had opened.",
			[]string{"PERSON Chris Dunn"}},
		{"a possessive state stays", "Dana Ruiz, Iowa's attorney general, said the lawsuit would go ahead.",
			[]string{"PERSON Dana Ruiz"}},
	})
}

// TestWhipCounselTitles29b: "Majority Whip" and "Counsel" before a name are the person's title
// (data/lexicons/titles.txt; AP Stylebook "titles"), no part of the name; the common noun
// "counsel" names nobody.
func TestWhipCounselTitles29b(t *testing.T) {
	runCases(t, []exCase{
		{"a counsel's title", "The letter angered officials, who sent White House Counsel Walter Brandt to meet the lawmakers on Monday.",
			[]string{"PERSON Walter Brandt", "MEMBER_OF Walter Brandt -> White House"}},
		{"a whip's title", "Senate Majority Whip Carl Dobbins responded on the floor with a photograph.",
			[]string{"PERSON Carl Dobbins", "MEMBER_OF Carl Dobbins -> Senate"}},
		// must not: "counsel" as a common noun; a counsel's title with no body named gives no
		// membership of the body last mentioned (class role, not corp)
		{"a counsel with no body named", "The FBI declined to comment. The inquiry by independent counsel Ken Marlow went on for years.",
			[]string{"PERSON Ken Marlow", "!MEMBER_OF Ken Marlow -> FBI"}},
		{"counsel as advice", "The lawyers gave counsel to the board of Hartwell Mining on Monday.",
			[]string{"!actor counsel", "!actor Counsel"}},
	})
}
