package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// headlineNameEnd is where the personal name after a title in a headline ends: before the first
// word of [ts, te) that is a common lower-case English word (SCOWL commonwords.txt) which the
// article never capitalizes in its body. Headline style capitalizes every content word, verbs
// included (AP Stylebook, "headlines"; CMOS 17th ed. 8.159), so "Big-Name Senator Endorsed
// Walters", "Cabinet Speaker Announcement" and "Mayor Ross Some Of The Worst News" run past the
// name into the predicate; the body, written in sentence case, capitalizes only the name's words.
// A word the body capitalizes ("Rice" in "Susan Rice said") stays in the name. It returns te when
// no word ends the name early, ts when the first word does.
func headlineNameEnd(d *doc.Doc, st *doc.Sent, ts, te int) int {
	for i := ts; i < te; i++ {
		t := st.Toks[i]
		if t.Kind == text.Word && d.Lx.Common[t.Lower] && !bodyCapitalized(d, st, t.Text) {
			return i
		}
	}
	return te
}

// bodyCapitalized reports that a sentence other than the headline st, and not itself in headline
// style, writes the word w as it is, capitalized, inside the sentence or at its start before
// another capitalized word (a name's first word: "Rice", "Hope Hicks said").
func bodyCapitalized(d *doc.Doc, st *doc.Sent, w string) bool {
	for _, o := range d.Sents {
		if o == st || o.Headline {
			continue
		}
		for k, t := range o.Toks {
			if t.Text != w {
				continue
			}
			if k > 0 || k+1 < len(o.Toks) && o.Toks[k+1].Cap && o.Toks[k+1].Kind == text.Word {
				return true
			}
		}
	}
	return false
}
