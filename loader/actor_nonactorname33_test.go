package loader

import "testing"

// TestFamilyNamePerson: a family name alone, read as an organization only because it is a
// subject, is a person when the Phoenix person records hold it as a family name
// (actors/familynameperson.go). Controls: a company's one-word name the dictionaries do not hold
// as a family name, and a family name written after "the", stay organizations. Sentences are
// invented.
func TestFamilyNamePerson(t *testing.T) {
	runCases(t, []exCase{
		{"a family name alone as subject", "The hearing ran late into the night.\n\nMenendez said the bill would not pass this year.",
			[]string{"PERSON Menendez", "!ORGANIZATION Menendez"}},
		{"control: a company's one-word name", "The steel market weakened in March.\n\nNucor said it would cut shifts at two mills.",
			[]string{"ORGANIZATION Nucor"}},
	})
}

// TestInstrumentAcronym: an acronym the article introduces after the name of a law or a programme,
// in brackets or after "or", names that law, no organization (actors/instrumentacronym.go).
// Controls: the acronym of a body introduced the same way stays the body's. Sentences are
// invented.
func TestInstrumentAcronym(t *testing.T) {
	runCases(t, []exCase{
		{"an act, or its acronym", "The Senate renewed the Coastal Fisheries Protection Act, or CFPA, on Tuesday. Critics said CFPA would hurt small fleets.",
			[]string{"!actor CFPA"}},
		{"a programme in lower case, or its acronym", "The Rural Broadband Access program, or RBAP, ends in June, and RBAP has paid for 200 towers.",
			[]string{"!actor RBAP"}},
		{"control: a body's acronym", "The Coastal Fisheries Council (CFC) said the quotas were too low.",
			[]string{"ORGANIZATION Coastal Fisheries Council", "alias Coastal Fisheries Council = CFC"}},
	})
}

// TestJointPollName: two names joined by a slash or a hyphen before "poll" or "survey" name a
// poll's joint sponsors, no organization (actors/pollname.go). Controls: a station's call sign
// with its -TV suffix, and one pollster's name, stay organizations. Sentences are invented.
func TestJointPollName(t *testing.T) {
	runCases(t, []exCase{
		{"slash-joined sponsors", "A CBX/Vance University survey of 800 likely voters put the senator at 12 percent.",
			[]string{"!actor CBX/Vance University"}},
		{"hyphen-joined sponsors", "The Dalton Herald-KQRT News survey found that most voters backed the levy.",
			[]string{"!actor Dalton Herald-KQRT News"}},
		{"control: a call sign with its suffix", "She anchored the news at KQRT-TV for ten years, and KQRT-TV said she would retire.",
			[]string{"ORGANIZATION KQRT-TV"}},
	})
}

// TestAttributivePersonClass: a capitalized noun of a kind of person written before a lower-case
// noun classifies it and names no organization (actors/personclass.go). Controls: a company's
// one-word name that also premodifies a noun, and a name that opens with such a noun, stay.
// Sentences are invented.
func TestAttributivePersonClass(t *testing.T) {
	runCases(t, []exCase{
		{"a people's noun before a noun", "Both campaigns court the Latino vote in Nevada, where turnout fell in 2014.",
			[]string{"!actor Latino"}},
		{"control: a company's name, once as a premodifier", "Nucor said on Monday it would hire 200 workers at its mill, and Nucor shares rose.",
			[]string{"ORGANIZATION Nucor"}},
		{"control: a name opening with the noun", "Texan Airlines said on Monday it would add flights to Denver.",
			[]string{"ORGANIZATION Texan Airlines"}},
		{"control: a newspaper's name after a capitalized The", "The senator will skip the dinner, and The Arizonan first reported the decision on Sunday.",
			[]string{"ORGANIZATION Arizonan"}},
		{"control: a newspaper's name opening the sentence", "The Arizonan first reported the decision on Sunday.",
			[]string{"ORGANIZATION Arizonan"}},
	})
}
