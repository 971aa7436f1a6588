package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestTitledOfficeVoice: a statement titled by an office alone ("Statement from the President
// on …", "Statement by the Prime Minister …") with no holder named and no sign-off is the
// office's, of the state its heading lines give (a line that is a state body's name alone: "The
// White House") or its page's government domain (www.gov.uk): its "I" sentences are the
// office's claims and its stances the office's. Near misses: with no state given the office is
// nobody's; a title naming the holder keeps the person; a third-person story under the same
// title names no voice.
func TestTitledOfficeVoice(t *testing.T) {
	body := "Last week I signed an order on steel imports. These duties protect our workers.\n\n" +
		"I strongly oppose the new export subsidies of Veldland. We urge Veldland to end the subsidies."
	wh := "Statement by the President on the Steel Agreement\n\nThe White House\n\n" + body
	runCases(t, []exCase{
		{"heading line", wh, []string{"CLAIMS President (United States) -> These duties protect", "OPPOSES President (United States) -> subsidies"}},
		{"no state", "Statement by the President on the Steel Agreement\n\n" + body, []string{"!actor President (United States)", "!CLAIMS President"}},
		{"holder named", "Statement by President Ana Ruiz on the Steel Agreement\n\nThe White House\n\n" + body,
			[]string{"CLAIMS Ana Ruiz -> These duties protect", "!actor President (United States)"}},
		{"third person", "Statement by the President on the Steel Agreement\n\nThe White House\n\n" +
			"The president signed an order on steel imports last week. The duties protect workers, officials said.",
			[]string{"!CLAIMS President (United States)"}},
	})
	runCases(t, []exCase{
		{"dateline", "Statement by the Prime Minister on the Fisheries Agreement\n\nOSLO, 3 March 2031 – Norway welcomes the agreement. " +
			"I strongly oppose the new quotas of Veldland on Norwegian cod. Norway will defend its fishermen.",
			[]string{"OPPOSES Prime Minister (Norway) -> quotas"}},
		// (a statement about another state names it more often than its own: the dateline of a
		// document whose heading names its speaker is the issuer's all the same, when the text
		// is a capital; nodes20, actor_issuervoice.go ownDocumentState)
		{"dateline outnumbered", "Statement by the Prime Minister on the Fisheries Agreement\n\nOSLO, 3 March 2031 – Sweden and Denmark welcome the agreement. " +
			"I strongly oppose the new quotas of Sweden on Norwegian cod. Sweden must lift them.",
			[]string{"OPPOSES Prime Minister (Norway) -> quotas"}},
		{"a dateline of no capital", "Statement by the Prime Minister on the Fisheries Agreement\n\nBERGEN, 3 March 2031 – Sweden and Denmark welcome the agreement. " +
			"I strongly oppose the new quotas of Sweden on Norwegian cod. Sweden must lift them.",
			[]string{"!actor Prime Minister (Norway)"}},
	})
	g := view(extractDoc(t, input.Document{Source: "test", URL: "https://www.gov.uk/government/news/pm-statement-on-fisheries",
		Text: "Statement from the Prime Minister on the Fisheries Agreement\n\nI welcome the agreement on fishing quotas.\n\n" +
			"We oppose any new quotas on Norwegian cod."}))
	if n := g.node("Prime Minister (United Kingdom)"); n == nil || n.Country != "GBR" {
		g.dump(os.Stderr)
		t.Errorf("office node = %+v, want Prime Minister (United Kingdom), GBR", n)
	}
}
