package loader

import "testing"

// TestReportNounContent: the that-clause of a noun of report, belief or hearsay is what is
// rumoured, reported or feared, not an act asserted (relation_conjecture.go; dev13 class
// rumours, new-user trial 13 finding 6), whatever the parser makes of a sentence it opens.
// Near misses that must fire: the main clause beside such a noun ("Amid reports that …, Peru
// expelled …"), and a verb of saying whose medium is such a noun ("said in a statement that it
// supported …").
func TestReportNounContent(t *testing.T) {
	runCases(t, []exCase{
		{"rumours", "Rumours that Nigeria had banned imports of Ghanaian rice circulated on social media, but officials in Abuja said no such order existed.",
			[]string{"!SANCTIONS Nigeria"}},
		{"rumors", "Rumors that Kenya had banned maize imports from Uganda spread quickly.",
			[]string{"!SANCTIONS Kenya"}},
		{"speculation", "Speculation that Russia will cut gas supplies to Moldova grew.",
			[]string{"!SANCTIONS Russia"}},
		{"main clause", "Amid reports that Chile had seized a fishing boat, Peru expelled the Chilean ambassador.",
			[]string{"SANCTIONS Peru -> ambassador"}},
		{"medium", "The retailer Lindex said in a statement that it supported fair wage negotiations.",
			[]string{"SUPPORTS Lindex -> wage negotiations"}},
		{"medium 2", "The Andean Council said in a letter that it strongly opposed the new border fees.",
			[]string{"OPPOSES Andean Council -> border fees"}},
	})
}
