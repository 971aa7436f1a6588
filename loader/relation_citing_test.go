package loader

import "testing"

// TestCitingParticiple: "X, citing/quoting Y, said …" is X CITES Y (dev13 class reports, new-user
// trial 13 finding 6): the participle clause between commas is headed by its verb even when the
// parser reads "citing testimony" as a noun phrase (wire_split.go parseInserted: a supplementive participle re-rooted), "quote" names
// a source as "cite" does (cue-classes.txt), the clause is no appositive of X (no PART_OF Y), and
// "quoted X as saying …" cites X, not "X as saying" (asReported). Invented wordings, several
// outlets and bodies.
func TestCitingParticiple(t *testing.T) {
	runCases(t, []exCase{
		{"citing", "Human Rights Watch, citing testimony from refugees, said the militia had burned villages.",
			[]string{"CITES Human Rights Watch -> testimony", "!PART_OF Human Rights Watch"}},
		{"quoting", "Xinhua, quoting the National Bureau of Statistics, said industrial output grew 6 percent in May.",
			[]string{"CITES Xinhua -> Statistics", "!PART_OF Xinhua"}},
		{"reported", "Al Arabiya, citing Sudanese health officials, reported that 30 people were killed.",
			[]string{"CITES Al Arabiya -> health officials", "!PART_OF Al Arabiya"}},
		{"as saying", "Kyodo News quoted a senior diplomat as saying the summit would be postponed.",
			[]string{"CITES Kyodo News -> diplomat", "!CITES Kyodo News -> as saying"}},
	})
}
