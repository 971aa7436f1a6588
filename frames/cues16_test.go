package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCallOnInfinitive (issue 13, cues16): the noun call takes its verb's complementation, an
// on/upon addressee with a to-infinitive (CAMEO.2.0.txt CALL "- * (ON)" [020]; Quirk et al.
// 1985, 16.63), whether the noun is a support verb's object or the subject; the addressee is the
// target. Without the infinitive "a call on the issue" is a decision and names no addressee.
func TestCallOnInfinitive(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Egypt reiterated its call on Ethiopia to reach a binding deal on the dam.", graph.Demands, "Egypt", "Ethiopia", "", true, anyMatch},
		{"The Nigerian president's call upon the rebels to lay down their arms went unanswered.", graph.Demands, "president", "rebels", "", true, anyMatch},
		{"Kenya's call on the issue came too late.", graph.Demands, "Kenya", "issue", "", false, anyMatch},
		{"The referee's call on the penalty was disputed by Ghana.", graph.Demands, "referee", "penalty", "", false, anyMatch},
		// the for-phrase line is untouched
		{"Turkey repeated its call for a ceasefire in Syria.", graph.Demands, "Turkey", "ceasefire", "", true, anyMatch},
	})

	knownParserMiss(t, "to withdraw xcomp of renewed (UD acl of call; the old pair's advcl was read as the noun's)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Mali renewed its call on France to withdraw its soldiers.", graph.Demands, "Mali", "France", "", true, anyMatch},
		})
	})
}

// TestInformerOfIntent (issue 13, cues16; a new user's "The Administration notified Congress of
// its intent to start trade negotiations with the U.K.", which gave Congress OFFERS the U.K.):
// after a verb of informing (Levin 1993, 37.9) the possessive pronoun on a noun of intent in its
// of/about/on complement is the informer's (Quirk et al. 1985, 6.28); after a verb of judging it
// is the one judged, the verb's object ("criticized Russia over its plan": Russia's plan; holders31
// judged.go, Levin 1993, 33).
func TestInformerOfIntent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Administration notified Congress on October 16, 2018 of its intent to start trade negotiations with the U.K. once it leaves the EU in March.", graph.Offers, "Administration", "U.K.", "", true, anyMatch},
		{"The Administration notified Congress on October 16, 2018 of its intent to start trade negotiations with the U.K. once it leaves the EU in March.", graph.Offers, "its", "U.K.", "", false, anyMatch},
		{"Canada notified the WTO of its intention to impose duties on Chinese steel.", graph.Threatens, "Canada", "*", "", true, anyMatch},
		{"The Treasury informed Congress of its plan to impose tariffs on Mexico.", graph.Threatens, "Treasury", "Mexico", "", true, anyMatch},
		{"The committee criticized Russia over its plan to impose tariffs on Georgia.", graph.Threatens, "Russia", "Georgia", "", true, anyMatch},
		{"The committee criticized Russia over its plan to impose tariffs on Georgia.", graph.Threatens, "committee", "Georgia", "", false, anyMatch},
	})
}

// TestCitedLegalText (issue 13, cues16): a text of law or agreement is cited as authority (the
// contract's CITES "invokes as evidence or authority"; modality.txt evidence), so the
// participial ", citing X" adjunct keeps it; a reason that is no text stays no citation.
func TestCitedLegalText(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Citing the new constitution, Senegal's president said he would not run again.", graph.Cites, "president", "constitution", "", true, anyMatch},
		{"Citing the 1994 charter, Norway said the vote was invalid.", graph.Cites, "Norway", "charter", "", true, anyMatch},
		{"Quoting a clause of the accord, Peru said the debt was void.", graph.Cites, "Peru", "clause", "", true, anyMatch},
		{"Citing security concerns, Senegal said it would not hold the vote.", graph.Cites, "Senegal", "concerns", "", false, anyMatch},
		{"Citing bad weather, Chile said it would not hold the vote.", graph.Cites, "Chile", "weather", "", false, anyMatch},
	})
}

// TestSupplementiveOnSubject (issue 13, cues16): an -ing clause between the subject and its verb,
// hung by the parser on the subject, is predicated of the subject (Quirk et al. 1985, 15.60).
func TestSupplementiveOnSubject(t *testing.T) {
	checkMatches(t, []matchCase{
		// "South Africa": the last word heads the name (UD EWT compound; the EWT-only pair made
		// "South" the head with "Africa" flat)
		{"South Africa, invoking the Genocide Convention, asked the court to order a halt.", graph.Cites, "Africa", "Convention", "", true, anyMatch},
	})
}

// TestCommaParticipleCitation (issue 13, cues16): ", citing X," read by the parser as an
// adjective on X is a supplementive participle clause (Quirk et al. 1985, 15.60; an attributive
// adjective stands inside its noun phrase, 7.17): X is cited by the matrix subject. Recorded
// images are evidence (modality.txt evidence); a reason that is no text is not cited.
func TestCommaParticipleCitation(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Israel, citing video footage, said the gunmen had crossed the border.", graph.Cites, "Israel", "footage", "", true, anyMatch},
		{"The Kenyan government said, citing police figures, that 40 people had died.", graph.Cites, "government", "figures", "", true, anyMatch},
		{"Citing satellite images, the Ukrainian military said Russian ships had left the port.", graph.Cites, "military", "images", "", true, anyMatch},
		{"Citing bad weather, Chile said it would not hold the vote.", graph.Cites, "Chile", "weather", "", false, anyMatch},
	})
}

// TestAppositiveThatClause (issue 13, cues16): a that-clause after a noun of demand is its content
// even where the parser reads it as a relative clause, when "that" is no constituent of it (Quirk
// et al. 1985, 17.26); a true relative clause ("the demand that Kenya made") is no content.
func TestAppositiveThatClause(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Saudi demand that Qatar close the channel angered Doha.", graph.Demands, "Saudi", "close", "", true, anyMatch},
		{"The demand that Kenya made last week was rejected.", graph.Demands, "", "made", "", false, anyMatch},
	})

	knownParserMiss(t, "demand iobj and the that-clause ccomp of repeated (UD acl of demand)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Turkey repeated its demand that Sweden extradite the suspects.", graph.Demands, "Turkey", "extradite", "", true, anyMatch},
		})
	})
}
