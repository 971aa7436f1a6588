package loader

import "testing"

// TestSupport18VerbalNoun (issue 13, support18): a verbal noun after a genitive with an of-phrase
// is a noun cue even where the tagger reads a gerund (retag.VerbalNoun): "X's backing of Y" is X's
// support of Y (cue-classes.txt backing, CAMEO 051).
func TestSupport18VerbalNoun(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Norway's backing of the Colombian peace deal was decisive.", "SUPPORTS Norway -> Colombian peace deal"},
		{"Tokyo's backing of Manila has angered Beijing.", "SUPPORTS Japan -> Manila"},
	})
}

// TestSupport18IntendedAct (issue 13, support18): an intended act of cooperation under a word of
// willingness or promise that names no party ("is ready to mediate", "promised to help") is
// itself what is offered (frames args.go; PLOVER AGREE "indicate willingness … to cooperate"), as
// "offered to mediate" is. An announced act of another kind stays as it was: "vowed to
// retaliate" is a threat, no offer.
func TestSupport18IntendedAct(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Norway is willing to mediate.", "OFFERS Norway -> mediating"},
		{"Switzerland promised to help.", "OFFERS Switzerland -> helping"},
		{"The Vatican said it stood ready to mediate.", "OFFERS Vatican -> mediating"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Iran vowed to retaliate.", "!OFFERS Iran"},
		{"Norway is not willing to mediate.", "!OFFERS Norway"},
	})
}
