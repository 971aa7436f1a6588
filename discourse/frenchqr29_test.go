package discourse

import "testing"

// TestFrenchAnswerLabel: the French foreign ministry's Q&A pages label the spokesperson's answer
// "R :" (réponse) after "Q :", with French typography's space before the colon; "R" is their
// "A". Must-nots: a senator's party and state in parentheses ("Sen. Mercer (R-Ohio):") stay
// part of his own label, and "Q :" stays a question. Invented wordings.
func TestFrenchAnswerLabel(t *testing.T) {
	wantUnits(t, "Sahel – Q&A – Excerpt from the daily press briefing (9 June 2031)\n\n"+
		"Q : Will France close its consulate in Bamako?\n\n"+
		"R : No decision has been taken at this stage. France regrets the expulsion.",
		[]string{"-", "question turn:question [Q]", "answer turn:answer"})
	wantUnits(t, "Hearing on rail safety\n\nSen. Mercer (R-Ohio): The budget falls short.\n\nQ : Will it pass?",
		[]string{"-", "turn turn:label [Sen. Mercer]", "question turn:question [Q]"})
}
