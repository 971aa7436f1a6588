package loader

import "testing"

// TestFix25SaidInName (fix25 a): a capitalized reporting verb (a speech verb of
// data/lexicons/speech.txt) between the words of a name in body text is a name word, not the
// verb (actors.reportingWordInName); in a headline or at a sentence's start it still ends the
// name. On invented sentences.
func TestFix25SaidInName(t *testing.T) {
	runCases(t, []exCase{
		{"middle name Said inside a body sentence", "Opposition leader Ali Said Mohamed told reporters on Monday that the election was rigged.",
			[]string{"PERSON Ali Said Mohamed", "!actor Ali"}},
		{"near miss: headline style capitalizes the verb, which ends the name", "Mohamed Says Election Rigged\n\nOpposition leader Ali Mohamed told reporters on Monday that the election was rigged.",
			[]string{"!actor Mohamed Says Election", "PERSON Ali Mohamed"}},
	})
}
