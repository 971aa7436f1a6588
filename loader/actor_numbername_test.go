package loader

import "testing"

// TestNumberOpensName: after a country's genitive, a capitalized number word that a capitalized
// word follows opens the name of what the country possesses ("Brazil's Three Lakes Corporation"),
// which then takes the possessor's country; followed by a lower-case word it opens no name. The
// sentences name a second country, so that no guess from the article's one country decides.
// Sentences written for this test.
func TestNumberOpensName(t *testing.T) {
	runCases(t, []exCase{
		{"a number word opens a company's name", "Brazil's Three Lakes Corporation is offering 2 billion euros for a stake in a copper mine in Chile.",
			[]string{"country Three Lakes Corporation = BRA"}},
		{"near miss: a number word before a common noun", "Brazil's Three largest miners are offering 2 billion euros for a stake in a copper mine in Chile.",
			[]string{"!actor Three", "!actor Three largest miners"}},
	})
}
