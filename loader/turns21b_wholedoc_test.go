package loader

import "testing"

// TestWholeDocTurns21b loads whole briefing transcripts (invented, in
// testdata/wholedoc21/turns21b) and checks gold.tsv: a ministry's regular press conference with
// "Q:"/"A:" and no briefer named (the answers are the office the heading names), one with
// "QUESTION:"/"ANSWER:" under "Spokesperson's press briefing" and a letterhead line, one with
// "Q."/"A." under "… media briefing by the Ministry …", a State Department-style briefing with
// "MS WHITFIELD:" labels, "QUESTION:" and "MODERATOR:", a stakeout with "AMBASSADOR NDLOVU:"
// under a header naming the ambassador and a "PRESS BRIEFING:" heading line (near miss), a briefer
// who introduces himself in the opening paragraph ("I am X, spokesperson of …") and answers
// unlabelled after "Q:" questions, one introduced by "X briefed the press …", and a news story
// quoting a "Q:"/"A:" exchange (near miss: no office answers).
func TestWholeDocTurns21b(t *testing.T) {
	wholeDocGold(t, "testdata/wholedoc21/turns21b")
}
