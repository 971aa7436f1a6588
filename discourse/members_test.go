package discourse

import (
	"fmt"
	"testing"
)

// TestMemberStatementTurn: in a hearing, a member who questions the witness ("MS. OKAFOR:") also
// makes statements; a turn of hers that ends in an assertion is her own turn, one that ends in a
// question stays a question. An outlet's or "Q:" questioner keeps every turn a question.
func TestMemberStatementTurn(t *testing.T) {
	hearing := "Standing Committee on Fisheries\n\n" +
		"CHAIR LAMBERT: The committee will come to order.\n\n" +
		"DEPUTY MINISTER HOLM: Thank you. The department supports the new quota.\n\n" +
		"MS. OKAFOR: Thank you, Chair. Why was the quota cut without consultation?\n\n" +
		"DEPUTY MINISTER HOLM: The consultation took place in May.\n\n" +
		"MS. OKAFOR: My party rejects the quota. We urge the minister to restore it.\n\n" +
		"DEPUTY MINISTER HOLM: We will review it."
	got := describe(hearing)
	want := []string{"-", "turn turn:label [CHAIR LAMBERT]", "turn turn:label [DEPUTY MINISTER HOLM]",
		"question turn:question [MS. OKAFOR]", "turn turn:label [DEPUTY MINISTER HOLM]",
		"turn turn:label [MS. OKAFOR]", "turn turn:label [DEPUTY MINISTER HOLM]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("hearing\n  got %q\n want %q", got, want)
	}
	briefing := "Regular Press Briefing\n\n" +
		"SPOKESPERSON: Good afternoon.\n\n" +
		"CNBC: Will the ministry retaliate?\n\n" +
		"SPOKESPERSON: We will respond firmly.\n\n" +
		"CNBC: Thank you. The market fell today.\n\n" +
		"SPOKESPERSON: Next question."
	got = describe(briefing)
	if got[4] != "question turn:question [CNBC]" {
		t.Errorf("an outlet questioner's turn ending in an assertion: got %q, want it a question", got[4])
	}
}
