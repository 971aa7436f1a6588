package speakers

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// titlePhraseLabel resolves a turn label that repeats the office words the document's heading
// sets before its speaker's name ("NATO Secretary General:" under "Press conference by NATO
// Secretary General Anders Kvalheim …", NATO's transcript convention; "Foreign Press Secretary
// Suzuki:" is the other way round, a name after the office) to that speaker: the label's words are
// a run of the heading's speaker phrase that a name follows, and the label ends with a title of
// titles.txt. A premodified office names its holder, not the body that premodifies it (Quirk et
// al. 1985, 17.102–17.104 on premodifying nouns: "NATO Secretary General" is a kind of secretary
// general, not NATO), so the label is no name of the body (labelGroup). Only a person is
// returned.
func titlePhraseLabel(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Role != discourse.Turn && u.Role != discourse.Answer || len(words) < 2 || d.Lx.Titles[words[len(words)-1]] == nil && titleWordsAt(d.Lx, words, len(words)-2) != 2 {
		return nil
	}
	for i := range d.Units {
		t := &d.Units[i]
		if t.Rule != "title:speaker" || !t.Furniture || t.Speaker.Empty() {
			continue
		}
		var tw []string
		for _, w := range strings.Fields(strings.ToLower(t.Label)) {
			tw = append(tw, strings.Trim(w, ".,"))
		}
		at := -1
		for k := 0; k+len(words) < len(tw); k++ {
			if slices.Equal(tw[k:k+len(words)], words) {
				at = k
				break
			}
		}
		if at < 0 {
			return nil
		}
		tu := *t
		tu.Role = discourse.Titled
		if e := UnitSpeaker(d, &tu); e != nil && e.Final().Kind == graph.Person {
			return e.Final()
		}
		return nil
	}
	return nil
}
