package loader

import "testing"

// Round 20 of issue 14 (actors: codes, countries, identity): sentences written for these rules.

func TestRound20ContinentalAmerica(t *testing.T) {
	runCases(t, []exCase{
		{"a bank named after North America is of no one state", "The North American Development Bank approved the loan for the border towns.",
			[]string{"ORGANIZATION North American Development Bank", "country North American Development Bank = "}},
		{"the same with Central America", "The Central American Bank for Economic Integration rejected the request from Honduras.",
			[]string{"country Central American Bank for Economic Integration = "}},
		{"Latin American governments are no US group", "Latin American governments rejected the plan, and the United States welcomed it.",
			[]string{"!MEMBER_OF American governments -> United States"}},
		{"South America is a place, not the United States", "Brazil and its South American neighbours criticized the tariffs on soy.",
			[]string{"!actor United States"}},
		{"American alone stays the United States", "The American Chamber of Commerce criticized the tariffs.",
			[]string{"country American Chamber of Commerce = USA"}},
		{"a longer country name that opens with a compass word is kept", "South African President Cyril Ramaphosa rejected the plan.",
			[]string{"country Cyril Ramaphosa = ZAF"}},
	})
}
