package loader

import "testing"

// TestPossessorVoice: in a spokesperson's answer, an obligation stated as the content of "our
// <noun>" ("Our advice for the Philippine side is that the Philippines should …") is the stance of
// whom the turn's "we" is (his state): "our" is the genitive of "we" (Quirk et al. 1985, 6.2).
// Near misses: "my advice" stays the speaker's, as "I" is; a subject with no first-person
// possessive ("The best course for the Philippines is that …") keeps the turn's speaker.
func TestPossessorVoice(t *testing.T) {
	head := func(name, state string) string {
		return "Foreign Ministry Spokesperson " + name + "'s Regular Press Conference on May 2, 2031\n\n" +
			"Q: What is your comment on the incident at the reef?\n\n" +
			"A: " + state + " firmly opposes the provocation. " + state + " will take necessary measures. "
	}
	runCases(t, []exCase{
		{"our china", head("Tang Wei", "China") + "Our advice for the Philippine side is that the Philippines should withdraw its vessels at once.",
			[]string{"DEMANDS China -> withdraw", "!DEMANDS Tang Wei -> withdraw"}},
		{"our japan", head("Sato Kenji", "Japan") + "Our suggestion to the Russian side is that Russia should release the fishing boat without delay.",
			[]string{"DEMANDS Japan -> Russia releasing", "!DEMANDS Sato Kenji -> Russia releasing"}},
		{"my", head("Tang Wei", "China") + "My advice for the Philippine side is that the Philippines should withdraw its vessels at once.",
			[]string{"DEMANDS Tang Wei -> withdraw", "!DEMANDS China -> withdraw"}},
		{"no possessive", head("Tang Wei", "China") + "The best course for the Philippine side is that the Philippines should withdraw its vessels at once.",
			[]string{"DEMANDS Tang Wei -> withdraw", "!DEMANDS China -> withdraw"}},
	})
}
