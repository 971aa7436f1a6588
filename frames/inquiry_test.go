package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestInquiryAsk (events30b): ask requests only with what is asked for (to-infinitive,
// for-phrase, mandative that-clause, a thing as object); as a question it demands nothing
// (inquiry.go, Huddleston & Pullum 2002, 11.5.2 and 14.1).
func TestInquiryAsk(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The senator asked the governor to withdraw the nominee.", graph.Demands, "senator", "governor", "", true, anyMatch},
		{"The mayor asked the council for more money.", graph.Demands, "mayor", "council", "", true, anyMatch},
		{"The union asked that the contract be reopened.", graph.Demands, "union", "reopened", "", true, anyMatch},
		// must not: questions
		{"The host asked the senator about her tax plan.", graph.Demands, "host", "*", "", false, anyMatch},
		{"The reporter asked the minister a question about the budget.", graph.Demands, "reporter", "*", "", false, anyMatch},
		{"When asked about the strike, the governor said nothing.", graph.Demands, "*", "*", "", false, anyMatch},
		{"The moderator asked the candidates whether they would raise taxes.", graph.Demands, "moderator", "*", "", false, anyMatch},
	})
}

// TestInquiryAskParsed: requests whose to-infinitive the parser hangs elsewhere stay requests.
func TestInquiryAskParsed(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Two Senate panels asked the attorney general on Friday to look into whether the mayor had lied.", graph.Demands, "*", "*", "", true, anyMatch},
	})
}
