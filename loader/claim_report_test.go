package loader

import "testing"

// TestReportedThat: "X reported that CLAUSE" is X's claim (speech.txt kind speech-that; new-user
// trial 13 finding 6, reports), in several wordings and with a time adjunct before "that"; near
// misses: "reported" over a noun phrase of figures, or over a clause with no "that", and the noun
// "reports", give no claim of the subject.
func TestReportedThat(t *testing.T) {
	runCases(t, []exCase{
		{"outlet", "Bloomberg reported that the ministry was considering new curbs on chip exports.",
			[]string{"CLAIMS Bloomberg -> considering new curbs"}},
		{"newspaper", "The newspaper Le Figaro reported that Morocco had recalled its ambassador.",
			[]string{"CLAIMS Le Figaro -> recalled its ambassador"}},
		{"time adjunct", "Xinhua reported on Tuesday that the two sides had agreed to resume talks.",
			[]string{"CLAIMS Xinhua -> agreed to resume talks"}},
		{"figures", "Samsung Electronics reported a 12 percent rise in quarterly profits.",
			[]string{"!CLAIMS Samsung Electronics"}},
		{"no that", "The carmaker Stellantis has reported about 20% of its sales were in Brazil.",
			[]string{"!CLAIMS Stellantis"}},
		{"noun", "Reports from Reuters said the ministry had recalled its ambassador.",
			[]string{"!CLAIMS Reuters"}},
	})
}
