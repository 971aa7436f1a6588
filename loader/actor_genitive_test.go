package loader

import "testing"

// TestDescriptiveGenitive (issue 14): a plural common noun's genitive before an agent noun
// classifies it ("the pilots' union", "a growers' association"; Quirk et al. 1985, 17.44), so the
// phrase is one descriptive actor with the head's determiner, with or without a country.
func TestDescriptiveGenitive(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"The pilots' union threatened to walk out over the new rosters.", "THREATENS union"},
		{"A growers' association rejected the new water tariffs.", "OPPOSES association -> tariffs"},
		{"A fishermen's group in Senegal condemned the licensing deal.", "OPPOSES group -> deal"},
		{"A traders' group in Chile condemned the fuel tax.", "OPPOSES group -> tax"},
		// control: a named possessor is no classifying genitive
		{"The ministry rejected the pilots' demands.", "!OPPOSES pilots"},
	})
}

// TestPlacePostmodifier (issue 14): an unnamed agent with a locative "in X" postmodifier ("rebels
// in Idlib", "nurses in Mombasa"; Quirk et al. 1985, 17.37) is one description up to its verb,
// the place's words included.
func TestPlacePostmodifier(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Nurses in Mombasa rejected the new contracts.", "OPPOSES Nurses in Mombasa -> contracts"},
		{"Fishermen in Kerala demanded compensation for the oil spill.", "DEMANDS Fishermen in Kerala -> compensation"},
	})
}
