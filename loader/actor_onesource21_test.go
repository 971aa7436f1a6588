package loader

import (
	"testing"
)

// TestWholeDocFixes21 loads the fixes21 whole documents (loader/testdata/wholedoc21/fixes21:
// three wire stories written for these rules) and checks their gold on the full text, as a load
// extracts it. Lines marked "open" are logged.
func TestWholeDocFixes21(t *testing.T) { wholeDocOpenGold(t, "fixes21") }

// TestOneSourceExecutive: a singular source after the indefinite article premodified by
// "government"/"administration" and naming no state (executiveModifier), and a bare plural
// source opening a wire sentence before a verb of saying (openingSource), are sources of the
// story's state. Near misses: no dateline; another verb; a country named; a bare "a spokesman".
func TestOneSourceExecutive(t *testing.T) {
	const dl = "Cabinet reshuffle talk\n\nNAIROBI, Feb 9 (Reuters) - "
	runCases(t, []exCase{
		{"trailing", dl + "Kenya will not raise fuel taxes this year, a government spokesman said.",
			[]string{"CLAIMS government spokesmen -> fuel taxes", "country government spokesmen = KEN"}},
		{"initial", dl + "An administration spokeswoman said the budget would be tabled in June.",
			[]string{"CLAIMS administration spokeswomen -> budget", "country administration spokeswomen = KEN"}},
		{"officials-open", dl + "Officials say the maize harvest has fallen by a third.",
			[]string{"CLAIMS officials -> maize harvest", "country officials = KEN"}},
		{"no-dateline", "Cabinet reshuffle talk\n\nOfficials say the maize harvest has fallen by a third.",
			[]string{"!CLAIMS officials"}},
		{"other-verb", dl + "Officials met farmers in Eldoret on Monday.",
			[]string{"!actor officials"}},
		{"country-named", dl + "Kenya will not raise fuel taxes, a Ugandan government spokesman said.",
			[]string{"CLAIMS Uganda -> fuel taxes", "!actor government spokesmen"}},
		{"bare-spokesman", dl + "Kenya will not raise fuel taxes this year, a spokesman said.",
			[]string{"!actor spokesmen"}},
	})
}

// TestEstablishRelations: "X established (diplomatic) relations with Y" is CAMEO 054 (ENACT *
// RELATIONS) with the with-phrase's partner as target, also when no other cue makes the sentence
// parsed (frames candidates.go assertedByPattern). Near miss: "established an agency in Y".
func TestEstablishRelations(t *testing.T) {
	runCases(t, []exCase{
		{"diplomatic", "Border accord\n\nPeru established diplomatic relations with Chile in 1822.", []string{"SUPPORTS Peru -> Chile"}},
		{"bare", "Border accord\n\nNamibia established relations with Cuba.", []string{"SUPPORTS Namibia -> Cuba"}},
		{"agency", "Border accord\n\nPeru established a trade agency in Chile.", []string{"!SUPPORTS Peru"}},
	})
}
