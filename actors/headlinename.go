package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// headlineNameEnd is where the personal name after a title in a headline ends: before the first
// word of [ts, te) that is a common lower-case English word (SCOWL commonwords.txt) which the
// article never capitalizes in its body. Headline style capitalizes every content word, verbs
// included (AP Stylebook, "headlines"; CMOS 17th ed. 8.159), so "Big-Name Senator Endorsed
// Walters", "Cabinet Speaker Announcement" and "Mayor Ross Some Of The Worst News" run past the
// name into the predicate; the body, written in sentence case, capitalizes only the name's words.
// A word the body capitalizes ("Rice" in "Susan Rice said", "BERG" in a turn label) stays in the
// name, and so do a Phoenix given name and the word after it ("Heather Nauert", "Omar Nadir":
// given names and surnames are common words too). Only the article's title line is read so (input's headline): other title-case lines are
// often a speaker's name and office ("Prime Minister Anna Berg"). It returns te when no word ends
// the name early, ts when the first word does.
func headlineNameEnd(d *doc.Doc, st *doc.Sent, ts, te int) int {
	if d.C.Article.Title == "" || st.S.Paragraph != 0 {
		return te // only the article's title line: a heading in title case elsewhere is often a speaker's name line
	}
	for i := ts; i < te; i++ {
		t := st.Toks[i]
		if i == ts+1 && givenNameFirst(d.Phx, st.Toks[ts].Text) {
			continue // the surname after a given name: "Heather Nauert", "Omar Nadir"
		}
		if t.Kind == text.Word && d.Lx.Common[t.Lower] && !givenNameFirst(d.Phx, t.Text) && !bodyCapitalized(d, st, t.Text) {
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
			if !t.Cap || !strings.EqualFold(t.Text, w) {
				continue
			}
			if k > 0 || k+1 < len(o.Toks) && o.Toks[k+1].Cap && o.Toks[k+1].Kind == text.Word {
				return true
			}
		}
	}
	return false
}
