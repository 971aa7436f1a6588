package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/frames"
)

// TestDescriptorName: a close apposition parsed descriptor-headed (GUM's annotation, "app" obj,
// "Zintra" its appos) is read name-headed (EWT's: "Zintra" obj, "app" its compound, the
// determiner and the postmodifier the name's); a loose apposition after a comma and a name with
// a determiner of its own are left as parsed. The extraction then reads the name as the target.
func TestDescriptorName(t *testing.T) {
	tok := func(form, upos string, head int, rel string) frames.Token {
		return frames.Token{Form: form, UPOS: upos, Head: head, DepRel: rel}
	}
	// Brazil blocked the video app Zintra on Monday .
	fs := &frameSentence{toks: []frames.Token{
		tok("Brazil", "PROPN", 1, "nsubj"), tok("blocked", "VERB", -1, "root"), tok("the", "DET", 4, "det"),
		tok("video", "NOUN", 4, "compound"), tok("app", "NOUN", 1, "obj"), tok("Zintra", "PROPN", 4, "appos"),
		tok("on", "ADP", 7, "case"), tok("Monday", "PROPN", 4, "nmod"), tok(".", "PUNCT", 1, "punct"),
	}}
	descriptorName(fs)
	want := []struct {
		i, head int
		rel     string
	}{{5, 1, "obj"}, {4, 5, "compound"}, {2, 5, "det"}, {3, 4, "compound"}, {7, 5, "nmod"}}
	for _, w := range want {
		if g := fs.toks[w.i]; g.Head != w.head || g.DepRel != w.rel {
			t.Errorf("%s: head %d %s, want %d %s", g.Form, g.Head, g.DepRel, w.head, w.rel)
		}
	}
	// near misses: "the app, Zintra," (loose) and "the app the Zintra" (a determiner of its own)
	for _, toks := range [][]frames.Token{
		{tok("blocked", "VERB", -1, "root"), tok("the", "DET", 2, "det"), tok("app", "NOUN", 0, "obj"), tok(",", "PUNCT", 4, "punct"), tok("Zintra", "PROPN", 2, "appos")},
		{tok("blocked", "VERB", -1, "root"), tok("the", "DET", 2, "det"), tok("app", "NOUN", 0, "obj"), tok("the", "DET", 4, "det"), tok("Zintra", "PROPN", 2, "appos")},
	} {
		fs := &frameSentence{toks: toks}
		descriptorName(fs)
		if fs.toks[4].DepRel != "appos" || fs.toks[2].DepRel != "obj" {
			t.Errorf("%v: rewritten", toks)
		}
	}
	checkExpect(t, extractText(t, "Brazil blocked the video app Zintra after the company ignored court orders."), []string{"SANCTIONS Brazil -> Zintra"})
}
