package loader

import "testing"

// TestTurnStateVoice: a judgement or appeal in a spokesperson's answer turn with no subject of
// saying is his state's, as the turn's other stances are (relation_turnvoice.go); a legislator's
// in a hearing stays his own.
func TestTurnStateVoice(t *testing.T) {
	briefing := "Regular press briefing of the Department of Foreign Affairs\n\n" +
		"Manila, 2 April 2026\n\n" +
		"Good afternoon. I am Ana Reyes, spokesperson of the Department of Foreign Affairs of the Philippines. The Philippines thanks Japan for its support.\n\n" +
		"Q: Malaysian vessels entered the disputed waters again. What is your comment?\n\n" +
		"A: The Malaysian side violated the joint fisheries agreement. The ceasefire needs to be observed by all parties in Sudan.\n\n" +
		"Q: Will the Philippines attend the summit?\n\n" +
		"A: The Philippines welcomes the summit."
	runCases(t, []exCase{
		{"a spokesperson's judgement of a third party", briefing, []string{"OPPOSES Philippines -> Malaysia", "!OPPOSES Ana Reyes -> Malaysia",
			"!DEMANDS Ana Reyes -> ceasefire", "SUPPORTS Philippines -> summit"}},
	})
}
