package loader

import "testing"

// TestGroupInCountry checks that a plural group head followed by "in" and a country names that
// country's group (actor_groupplace.go), on sentences written for the test; near misses: envoys
// posted in a country, coordinated countries, and a nationality already given.
func TestGroupInCountry(t *testing.T) {
	runCases(t, []exCase{
		{"local officials in a country",
			"Local officials in Sudan rejected the truce on Monday.",
			[]string{"GROUP Local officials in Sudan", "country Local officials in Sudan = SDN", "!MEMBER_OF Local officials in Sudan -> Sudan"}},
		{"the parties in a country, as a stance's target",
			"Kenya lodged protests with the relevant parties in Somalia over the attacks.",
			[]string{"country relevant parties in Somalia = SOM"}},
		{"diplomats in a country are the sending state's",
			"Western diplomats in Sudan rejected the truce on Monday.",
			[]string{"!actor Western diplomats in Sudan", "!country Western diplomats = SDN"}},
		{"coordinated countries name no one country",
			"Local officials in Chile and Peru rejected the merger on Monday.",
			[]string{"!actor Local officials in Chile"}},
		{"a capitalized collective after a dateline stays in the name",
			"Sudanese opposition digs in\n\nKHARTOUM (AFP) — Opposition parties in Sudan rejected the truce on Monday.",
			[]string{"GROUP Opposition parties in Sudan", "!actor parties in Sudan"}},
		{"a nationality outranks the place",
			"Indian officials in Sudan rejected the truce on Monday.",
			[]string{"GROUP Indian officials", "country Indian officials = IND"}},
	})
}
