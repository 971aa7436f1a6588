package loader

import "testing"

// TestDescriptorPersonName: a descriptor noun whose first WordNet sense is a person ("producer",
// "developer") before a name with a personal name's shape leaves a PERSON; an appositive's head
// is the noun before its of-phrase, so "the dean of the school" does not make an ORGANIZATION
// (actors/descriptorperson.go, actors/bodies.go). Must-nots: a descriptor before a name of no
// personal shape ("the developer Related Homes") and an appositive headed by an organization noun
// ("a unit of the bank") stay organizations.
func TestDescriptorPersonName(t *testing.T) {
	runCases(t, []exCase{
		{"producer before a given name", `The play opens in May with the film producer Charles Whitcombe in the cast.`,
			[]string{"PERSON Charles Whitcombe", "!ORGANIZATION Charles Whitcombe"}},
		{"developer before a given name and a middle initial", `Last year the developer Walter J. Mott bought the old rail yard downtown.`,
			[]string{"PERSON Walter J. Mott", "!ORGANIZATION Walter J. Mott"}},
		{"dean of a school", `Miriam Tolliver, the dean of the law school, said the review was complete.`,
			[]string{"PERSON Miriam Tolliver", "!ORGANIZATION Miriam Tolliver"}},
		{"must-not: a company after the descriptor", `Last year the developer Related Homes bought the old rail yard downtown.`,
			[]string{"!PERSON Related Homes"}},
		{"must-not: an appositive headed by an organization noun", `Orvale Capital, a unit of the bank, said it would close two offices.`,
			[]string{"ORGANIZATION Orvale Capital"}},
	})
}

// TestPluralPartyMembers: capitalized words ending in "Democrats" or "Republicans" (AP Stylebook,
// "party affiliation") are a GROUP of people, never a PERSON (actors/descriptorperson.go).
// Must-not: a person's name ending in a plural-looking surname stays a person.
func TestPluralPartyMembers(t *testing.T) {
	runCases(t, []exCase{
		{"chamber before party members", `House Republicans said on Thursday that they would block the spending bill.`,
			[]string{"!PERSON House Republicans", "GROUP House Republicans"}},
		{"state before party members", `Oregon Democrats met in Salem to choose their delegates, the chairwoman said.`,
			[]string{"!PERSON Oregon Democrats", "GROUP Oregon Democrats"}},
		{"must-not: a surname ending in s", `Karen Sellers said the county would appeal the ruling.`,
			[]string{"PERSON Karen Sellers"}},
	})
}
