package loader

import "testing"

// TestEventNominalJudged: in a statement's own voice, a copular judgement of a noun of action made
// from a CAMEO event verb (eventNominal: intrusion ← intrude, invasion ← invade, abduction ←
// abduct, seizure ← seize) judges that act: OPPOSES the phrase, whatever the tense or modal and
// whether the predicate is an adjective or a noun. Near misses: a noun of no event verb ("the
// situation", "the development" ← develop, a CAMEO verb of no event), a judgement in the story's
// own narration, a noun whose stem is no verb ("the condition of the roads").
func TestEventNominalJudged(t *testing.T) {
	head := "Statement by the Ministry of Foreign Affairs of Norway on the border\n\nOSLO, 2 May 2031\n\n"
	runCases(t, []exCase{
		{"adjective, present", head + "The intrusion of the survey ship is regrettable.",
			[]string{"OPPOSES Ministry of Foreign Affairs of Norway -> intrusion of the survey ship"}},
		{"possessor, modal would", head + "Veldland's invasion of Ostmark would be unacceptable.",
			[]string{"OPPOSES Ministry of Foreign Affairs of Norway -> invasion"}},
		{"noun predicate, past", head + "The abduction of the fishermen was a flagrant violation of international law.",
			[]string{"OPPOSES Ministry of Foreign Affairs of Norway -> abduction"}},
	})
	runCases(t, []exCase{
		{"no event verb", head + "The situation in the region is regrettable. The development of the coast is regrettable. " +
			"The condition of the roads is unacceptable.",
			[]string{"!OPPOSES Ministry of Foreign Affairs of Norway"}},
		{"narration", "Border talks stall\n\nOSLO, 2 May 2031\n\nThe intrusion of the survey ship was regrettable, a local paper wrote on Sunday.",
			[]string{"!OPPOSES -> intrusion"}},
	})
}
