package loader

import "testing"

// TestNO23DPostingVerbs: a verb of posting online (post, tweet; Merriam-Webster post v. "to
// publish (something, such as a message) in an online forum", tweet v.) with an explicit
// that-clause reports its subject's statement as say does (lexicons/speech.txt speech-that,
// modality.txt report), so an evaluative predicate in the clause is the poster's stance;
// classesNO23 N18. Their noun-phrase objects (troops, a photo) report nothing.
func TestNO23DPostingVerbs(t *testing.T) {
	runCases(t, []exCase{
		{"posted", "Senator Ruth Okafor later posted that the tariff deal was disastrous.",
			[]string{"OPPOSES Ruth Okafor -> tariff deal", "CLAIMS Ruth Okafor -> tariff deal"}},
		{"tweeted", "Mayor Pavel Brandt tweeted that the pension reform was disastrous.",
			[]string{"OPPOSES Pavel Brandt -> pension reform"}},
		{"posted troops", "General Ruth Okafor posted troops at the border crossing.",
			[]string{"!CLAIMS Ruth Okafor -> troops"}},
		{"tweeted a photo", "Mayor Pavel Brandt tweeted a photo of the flooded bridge.",
			[]string{"!CLAIMS Pavel Brandt -> photo", "!OPPOSES Pavel Brandt -> bridge"}},
	})
}

// TestNO23DDefendAs: defend / justify + object + as-complement (Quirk et al. 1985, 16.47, the
// judge-as frame of describe and regard) is the subject's evaluation of the object: a positive
// adjective supports it (Merriam-Webster defend v. "to maintain or support in the face of
// argument or hostile criticism"; OED justify v.); classesNO23 N13. Without the as-complement,
// or with an evaluatively neutral one, the frame says nothing.
func TestNO23DDefendAs(t *testing.T) {
	runCases(t, []exCase{
		{"defended as", "Premier Ilse Varga defended the new water levy as fair.",
			[]string{"SUPPORTS Ilse Varga -> water levy"}},
		{"justified as", "Minister Tomas Berg justified the curfew as reasonable and proportionate.",
			[]string{"SUPPORTS Tomas Berg -> curfew"}},
		{"defended a title", "Champion Ilse Varga defended her title in Oslo.",
			[]string{"!SUPPORTS Ilse Varga -> title"}},
	})
}

// TestNO23DCourtRuled: a court that ruled or found that a state had violated a law states it
// (Merriam-Webster rule v., find v.; PLOVER DISAPPROVE "find guilty or liable at a court of
// law"): the violation is the court's OPPOSES of the state, as under said; classesNO23 O11.
// "ruled out" is the phrasal verb of rejection, not a ruling.
func TestNO23DCourtRuled(t *testing.T) {
	runCases(t, []exCase{
		{"ruled that", "The Inter-American Court ruled that Peru had violated the convention by expelling two reporters.",
			[]string{"OPPOSES Inter-American Court -> Peru"}},
		{"found that", "The East African Court of Justice found that Kenya had breached the treaty by closing the border.",
			[]string{"OPPOSES East African Court of Justice -> Kenya"}},
		{"ruled out", "The Inter-American Court ruled out any delay to the hearing.",
			[]string{"!OPPOSES Inter-American Court -> Peru"}},
	})
}
