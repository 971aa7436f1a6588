package loader

import "testing"

// TestQuestionOutletNoSource: the questioner's outlet after "Q:" ("Q: Reuters: …") names who asks
// and is no part of the question: never the source of an act reported in it, nor the antecedent
// of its pronouns. The act is the actor's the question names.
func TestQuestionOutletNoSource(t *testing.T) {
	runCases(t, []exCase{
		{"outlet label before a reported act", "Press Briefing by Ministry of Foreign Affairs Spokesperson Lin Hao, 3 May 2027\n\n" +
			"Lin Hao: Good morning. Foreign Minister Tomas Berg will travel to Geneva next week for the disarmament talks.\n\n" +
			"Q: Harbor Times: Japan has accused Russian patrol boats of harassing a fishing fleet near the Kuril Islands. Does Norway support Tokyo's position?\n\n" +
			"A: Norway is watching the incident closely. We urge both sides to show restraint.\n\n" +
			"Q: Reuters: Canada says it will send two more frigates to patrol the Arctic Sea. Oslo has not commented. Is Norway worried?\n\n" +
			"A: We are following the matter closely.",
			[]string{"!OFFERS Reuters -> two more frigates to patrol the Arctic Sea", "OFFERS Canada -> two more frigates to patrol the Arctic Sea"}},
	})
}
