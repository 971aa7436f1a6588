package discourse

import "testing"

// TestRevClockedLabels: Rev's transcripts set the recording's clock between the speaker's name and
// the colon, on a line of its own above the turn ("Ana Ruiz (00:03):"); "Speaker 1 (00:45):" is a
// questioner the transcript numbers (TestNumberedSpeakerLabels). Must-nots: a parenthesis of words stays the
// questioner's outlet ("Q (Reuters):"), a year in parentheses is no clock ("Budget (2031):" is
// no label of a person), and a clock before the name keeps its old reading. Invented wordings.
func TestRevClockedLabels(t *testing.T) {
	doc := "Press Secretary Ana Ruiz Briefing Transcript\n\n" +
		"Ana Ruiz (00:03):\n\nGood afternoon. The ministry welcomes the truce.\n\n" +
		"Speaker 1 (00:45):\n\nDid the minister call Lima?\n\n" +
		"Ana Ruiz (00:49):\n\nShe did. We expect Peru to keep its word.\n\n" +
		"Q (Reuters): Will the truce hold?\n\n" +
		"[00:01:12] Ana Ruiz: We believe it will."
	wantUnits(t, doc, []string{"-",
		"turn turn:label [Ana Ruiz] *", "turn turn:label [Ana Ruiz]",
		"question turn:question [Speaker 1] *", "question turn:question [Speaker 1]",
		"turn turn:label [Ana Ruiz] *", "turn turn:label [Ana Ruiz]",
		"question turn:question [Q]", "turn turn:label [Ana Ruiz]"})
	if k, m := timestampBeforeColon(tokenize("Budget (2031): the figures", 0), 0); m != 0 {
		t.Errorf("timestampBeforeColon(year) = %d, %d", k, m)
	}
}
