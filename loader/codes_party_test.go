package loader

import "testing"

// TestPartyMembersCountry: a party named without a country takes the one country of the persons
// the article makes its members (codes_party.go); members of two countries give none. The
// coordinated designation before a name may hold a name's genitive ("the Farmers' Party of …",
// actor_titlechain.go), and each of its titles makes the person a member. Sentences written for
// this test (invented parties and people).
func TestPartyMembersCountry(t *testing.T) {
	runCases(t, []exCase{
		{"a party's chairman of a stated country", "Kenyan senator Joseph Mwangi, chairman of the Green Lantern Party, said the fuel tax was unfair.",
			[]string{"MEMBER_OF Joseph Mwangi -> Green Lantern Party", "country Green Lantern Party = KEN"}},
		{"coordinated titles with a genitive in the first body's name",
			"Chairman of the Farmers' Party of Lestria and Speaker of the National Assembly of Kenya Joseph Mwangi is visiting Uganda from June 19 to 20.",
			[]string{"MEMBER_OF Joseph Mwangi -> Farmers' Party of Lestria", "country Farmers' Party of Lestria = KEN"}},
		{"near miss: members of two countries", "Kenyan senator Joseph Mwangi, chairman of the Green Lantern Party, met Ugandan minister Grace Akello, deputy chair of the Green Lantern Party, in Kampala.",
			[]string{"!country Green Lantern Party = KEN", "!country Green Lantern Party = UGA"}},
		{"near miss: no party head", "Kenyan senator Joseph Mwangi, chairman of the Green Lantern Foundation, said the fuel tax was unfair.",
			[]string{"!country Green Lantern Foundation = KEN"}},
	})
}
