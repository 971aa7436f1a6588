package loader

import "testing"

// TestQuestionAntecedent (issuer22, class L10): in a transcript the judged "it" or "this" that
// opens an answer is the question's proposition (its statement, or the clause that statement
// reports), not an actor the question names. Near misses: a question with no statement gives
// nothing, and a "this" later in the answer is no answer-initial reference to the question.
// Invented documents.
func TestQuestionAntecedent(t *testing.T) {
	head := "Regular Press Conference of the Ministry of Foreign Affairs of Chile\n\nSantiago, 4 May 2031\n\n"
	runCases(t, []exCase{
		{"it after a reported statement", head + "Q: The Peruvian premier said the ports will close to foreign trawlers. Is that a concern to Santiago?\n\n" +
			"A: Naturally it is worrying, because our exporters use those ports.",
			[]string{"KNOWN parser: worrying VBG + aux is after 'it' (participial adjective, JJ + cop) | OPPOSES Ministry of Foreign Affairs of Chile -> ports will close", "!OPPOSES Ministry of Foreign Affairs of Chile -> Chile"}},
		{"this after a statement", head + "Q: Peru detained two Chilean trawlers on Sunday. What is your reaction?\n\n" +
			"A: This is deeply troubling.",
			[]string{"OPPOSES Ministry of Foreign Affairs of Chile -> trawlers"}},
		{"a verb's object", head + "Q: Peru detained two Chilean trawlers on Sunday. What is your reaction?\n\n" +
			"A: We condemn this in the strongest terms.",
			[]string{"OPPOSES Chile -> trawlers"}}, // the answering body's "we" is its state (speaker_ownbody.go)
		{"near miss: a question with no statement", head + "Q: Is the drought a concern for farmers?\n\nA: It is worrying.",
			[]string{"!OPPOSES Ministry of Foreign Affairs of Chile -> drought", "!OPPOSES Ministry of Foreign Affairs of Chile -> farmers"}},
		{"near miss: not the answer's first sentence", head + "Q: Peru detained two Chilean trawlers on Sunday. What is your reaction?\n\n" +
			"A: We are studying the report. This is troubling.",
			[]string{"!OPPOSES Ministry of Foreign Affairs of Chile -> trawlers"}},
	})
}
