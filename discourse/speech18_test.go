package discourse

import (
	"strings"
	"testing"
)

// TestLongNoticeHeader (speech18): a speech or remarks page whose publication notice runs over
// four lines (letterhead, office, release line, date, a heading noun) before the byline that names
// the speaker: the byline is still the title speaker, not the office line above the heading noun.
// Near misses: a news story whose short opening lines are followed by sentences names no title
// speaker; a notice of more than eight lines is not read past its eighth. Invented wordings.
func TestLongNoticeHeader(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"U.S. EMBASSY OSLO\n\nOffice of Public Affairs\n\nFor Immediate Release\n\nSeptember 3, 2030\n\nREMARKS\n\nAmbassador Laura Penfield\n\nGood evening.\n\nWe condemn the arrest of the journalists in Minsk.", "Laura Penfield"},
		{"MINISTRY OF FOREIGN AFFAIRS\n\nPress Service\n\nEMBARGOED UNTIL DELIVERY\n\nLima, 12 May 2029\n\nSpeech\n\nSpeech by Foreign Minister Rosa Quispe at the Andean Forum\n\nWe reject the new tariffs on Peruvian copper.", "Rosa Quispe"},
	} {
		got := describe(c.doc)
		if len(got) == 0 || !strings.Contains(got[len(got)-1], "title:speaker [") || !strings.Contains(got[len(got)-1], c.want+"]") {
			t.Errorf("%q: got %q", c.doc[:25], got)
		}
	}
	for _, doc := range []string{
		// a story: its body paragraphs are sentences, the first person is in quotation marks
		"Border talks stall\n\nOslo\n\nMonday\n\nUPDATE\n\nNorway's envoy, Laura Penfield, left the talks on Monday.\n\n\u201cWe will not accept this,\u201d she said.",
	} {
		for _, g := range describe(doc) {
			if strings.Contains(g, "title:speaker") {
				t.Errorf("%q: a title speaker: %q", doc[:20], describe(doc))
				break
			}
		}
	}
}
