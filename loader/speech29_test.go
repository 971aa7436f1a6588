package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPremodifiedTitleInversion (speech29): after an inverted verb of saying, a titled name whose
// title is premodified ("former", "longtime") or whose description opens with a possessive
// determiner is the speaker (surface.RoleApposedSpeaker). Must not: a participle or a relative
// clause before the titled name makes it the object of another verb.
func TestPremodifiedTitleInversion(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"\"The harbor tolls will pay for the new bridge,\" said former Lisbon mayor Tomas Verin.", "Tomas Verin", "harbor tolls", graph.Claims, "quote:after", true},
		{"\"Nobody expected the turnout we saw in the valley,\" said longtime Dale strategist Mark Penner.", "Mark Penner", "turnout", graph.Claims, "quote:after", true},
		{"\"We are closing the gap in the rural counties,\" added her campaign manager Pete Sorrel.", "Pete Sorrel", "closing the gap", graph.Claims, "quote:after", true},
		// must not
		{"\"The harbor plan is dead,\" shouted protesters confronting Senator Ruth Ames.", "Ruth Ames", "", graph.Claims, "", false},
		{"\"The harbor plan is dead,\" said protesters who met Senator Ruth Ames.", "Ruth Ames", "", graph.Claims, "", false},
	})
}

// TestCataphoricShortName (speech29): a surname short form written before every namesake's full
// name ("Mr. Varga's vineyard" in the opening, then Peter Varga, then his daughter Anna Varga) is
// the first of them, and what "Mr. Varga" says later is Peter Varga's (actors.NamesakesFit). Must
// not: two namesakes both introduced before the short form leave it ambiguous.
func TestCataphoricShortName(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"A look at Mr. Varga's vineyard shows where its value lies.\n\nOf all his ventures, Peter Varga is proudest of the vineyard near Eger.\n\nHis daughter, Anna Varga, runs the cellar and the shop.\n\nMr. Varga said the harvest was the best in twenty years.", "Peter Varga", "harvest", graph.Claims, "", true},
		// must not
		{"Of all his ventures, Peter Varga is proudest of the vineyard near Eger.\n\nHis daughter, Anna Varga, runs the cellar and the shop.\n\nVarga said the harvest was the best in twenty years.", "Peter Varga", "harvest", graph.Claims, "", false},
		{"Of all his ventures, Peter Varga is proudest of the vineyard near Eger.\n\nHis daughter, Anna Varga, runs the cellar and the shop.\n\nVarga said the harvest was the best in twenty years.", "Anna Varga", "harvest", graph.Claims, "", false},
	})
}

// TestQuoteAppositiveSubject (speech29): after a quotation, a name with a long non-restrictive
// appositive before its verb of saying is the speaker (claims/appositivesubject.go). Must not: a
// second, coordinated name after the appositive is no single speaker.
func TestQuoteAppositiveSubject(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"\"Turnout in the river towns decided the race,\" Dora Falk, director of research at the Vela Institute in Porto, said on Friday.", "Dora Falk", "river towns", graph.Claims, "quote:after", true},
		{"\"The bridge will be finished before the winter,\" Ivo Marsh, an engineer who has worked on three of the city's bridges, told reporters.", "Ivo Marsh", "bridge", graph.Claims, "quote:after", true},
		// must not
		{"\"The county is ours,\" Dora Falk, the mayor, and Ivo Marsh, her deputy, said.", "Ivo Marsh", "county", graph.Claims, "quote:after", false},
	})
}

// TestSubordinateOpeningReported (speech29): a reported sentence that opens with an adverbial
// clause and closes with its reporting clause is reported whole (claims/protasis.go). Must not:
// an adverbial clause alone before the reporting clause reports nothing.
func TestSubordinateOpeningReported(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"If the ferry stops running in winter, the island will lose its only school, Mara Lind said.", "Mara Lind", "lose its only school", graph.Claims, "speech:inverted", true},
		{"Because the dam was built upstream, the delta has been shrinking for decades, Ivo Marsh told the council.", "Ivo Marsh", "delta", graph.Claims, "speech:inverted", true},
		// must not
		{"When asked about the ferry schedule on the island, Mara Lind said.", "Mara Lind", "", graph.Claims, "", false},
	})
}

// TestDescribedSpeakerApposition (speech29): an inverted verb of saying whose subject is a
// description with the person's name in non-restrictive apposition after it credits the person
// (surface.DescribedSpeaker). Must not: a possessor in the appositive ("the lawyer, Ana Ruiz's
// brother") is not the speaker.
func TestDescribedSpeakerApposition(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"\"The river towns will decide the county,\" said another veteran pollster, Dora Falk of the Vela Institute.", "Dora Falk", "river towns", graph.Claims, "quote:after", true},
		{"The harbor tolls will pay for the bridge, said the port's chief engineer, Ivo Marsh.", "Ivo Marsh", "harbor tolls", graph.Claims, "speech:inverted", true},
		// must not
		{"\"The harbor tolls will pay for the bridge,\" said the engineer, Dora Falk's brother.", "Dora Falk", "", graph.Claims, "", false},
	})
}

// TestPostingVerbAfterQuote (speech29): a posting verb after a quotation ("“…,” tweeted X")
// attributes it as a verb of saying does (claims/claim.go). Must not: a posting verb with a noun
// object ("posted a photo") reports no quotation inside that object.
func TestPostingVerbAfterQuote(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"\"The ferry will run again by Friday,\" tweeted harbor spokesman Ivo Marsh.", "Ivo Marsh", "ferry", graph.Claims, "quote:after", true},
		// must not
		{"Ivo Marsh posted a photo of the \"ferry will run\" banner on the pier.", "Ivo Marsh", "ferry will run", graph.Claims, "", false},
	})
}
