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
