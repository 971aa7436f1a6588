package loader

import "testing"

// TestGeneralizeCases holds rules of English news writing added to make the extractor carry over
// to unseen articles. Every row is a sentence written for the test (names fictional), never one of
// the evaluation articles; each rule has at least one row that fails without it.
func TestGeneralizeCases(t *testing.T) {
	runCases(t, []exCase{
		// speech: an appositive before the speaker is no reported clause
		{"preposed appositive before said",
			"Peru's trade minister, Luis Ortega, said his government would review the tariffs.",
			[]string{"CLAIMS Luis Ortega -> government would review the tariffs", "!CLAIMS Luis Ortega -> trade minister"}},
		{"possessive-pronoun appositive before said",
			"The Harbour Pilots Association met on Monday. Its chairman, Oskar Lind, said crews had not been paid for weeks.",
			[]string{"CLAIMS Oskar Lind -> crews had not been paid", "!CLAIMS Oskar Lind -> chairman"}},
		{"role appositive before said, past-tense clause",
			"Spain's ambassador, Lucia Mora, said the vote sent a strong signal to the rebels.",
			[]string{"CLAIMS Lucia Mora -> vote sent a strong signal", "!CLAIMS Lucia Mora -> ambassador"}},
		{"appositive after an inverted speaker",
			"Fuel prices will rise again before winter, said Marta Ilves, an analyst at the Baltic Energy Institute.",
			[]string{"CLAIMS Marta Ilves -> Fuel prices will rise again", "!CLAIMS Marta Ilves -> analyst"}},
	})
}
