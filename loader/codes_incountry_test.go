package loader

import "testing"

// TestInCountryBodies checks that a body whose name ends in a country after "in" takes that
// country (codes_incountry.go), on names written for the test, with near misses: a city after
// "in", a country after the name that is no part of it.
func TestInCountryBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a committee named for investment in a country",
			"The Committee on Farm Investment in Senegal (CFIS) blocked the purchase on Monday.",
			[]string{"GOVERNMENT Committee on Farm Investment in Senegal", "country Committee on Farm Investment in Senegal = SEN"}},
		{"an association of exporters in a country written with the",
			"The Association of Cocoa Exporters in the Ivory Coast (ACEIC) opposed the export ban.",
			[]string{"country Association of Cocoa Exporters in the Ivory Coast = CIV"}},
		{"a city after in gives no country",
			"The Chamber of Traders in Shanghai (CTS) criticized the new rules.",
			[]string{"ORGANIZATION Chamber of Traders", "!country Chamber of Traders = CHN"}},
		{"a country after the name is no part of it",
			"The Wetland Trust (TWT) criticized the investment in Senegal.",
			[]string{"ORGANIZATION The Wetland Trust", "!country The Wetland Trust = SEN"}},
	})
}
