package loader

import "testing"

// TestRepresentativeCollectives: a collective noun of a state's or a community's representatives
// (representativeheads.txt: delegation, union, team) after a nationality adjective or a possessor
// is a descriptive actor of that country (agent:descriptive): a GROUP, or an ORGANIZATION for
// "union" (orgwords.txt), with the sector of the head's Phoenix compounds (GOVERNMENT_DELEGATION
// [~GOV], LABOR_UNION [~LAB]); a possessor gives the country (the label is the head, as for
// every possessed descriptive actor today). Near misses: the same heads
// with no country ("the union of the two parties", "the team"). Invented sentences.
func TestRepresentativeCollectives(t *testing.T) {
	runCases(t, []exCase{
		{"demonym delegation", "CAIRO - The Kenyan delegation walked out of the talks and rejected the water-sharing plan on Monday.",
			[]string{"OPPOSES Kenyan delegation -> water-sharing plan", "country Kenyan delegation = KEN", "code Kenyan delegation = KENGOV"}},
		{"possessor delegation", "NAIROBI - Ghana's delegation rejected the draft communique after a long night of bargaining.",
			[]string{"OPPOSES delegation -> draft communique", "country delegation = GHA"}},
		{"union", "LIMA - The Peruvian union condemned the new mining law in a statement on Friday.",
			[]string{"actor Peruvian union", "country Peruvian union = PER", "code Peruvian union = PERLAB"}},
		{"team", "OSLO - The Norwegian team rejected the referee's decision and lodged an appeal.",
			[]string{"actor Norwegian team", "country Norwegian team = NOR"}},
		{"no country: union of", "ROME - The union of the two parties rejected the budget on Tuesday.",
			[]string{"!actor union of the two parties", "!actor union"}},
		{"no country: the team", "ROME - The team rejected the budget on Tuesday.",
			[]string{"!actor team"}},
	})
}
