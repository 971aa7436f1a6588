package coref

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// possessorTitleEnd returns the end of a singular title of a person (titles.txt, no honorific)
// that the possessor mention m determines ("Iran ['s] foreign minister"), at most three
// lower-case words after the genitive, with no name, comma-and-name or "of" phrase after it (a
// named holder is the name rules'), or -1.
func possessorTitleEnd(d *doc.Doc, st *doc.Sent, m *doc.Mention) int {
	if !actors.PossessorMention(st, m) {
		return -1
	}
	end := -1
	for j := m.Te + 1; j < len(st.Toks) && j <= m.Te+3; j++ {
		t := st.Toks[j]
		if t.Kind != text.Word || t.Cap || st.Ment[j] >= 0 {
			break
		}
		phrase := d.SpanText(st, m.Te+1, j+1)
		if tl := d.Lx.Titles[phrase]; tl != nil && tl.Class != "honorific" {
			end = j + 1
		} else if tl := d.Lx.Titles[t.Lower]; tl != nil && tl.Class != "honorific" {
			end = j + 1 // "Pakistan's army chief": a premodifier before the title's head
		}
	}
	if end < 0 || !actors.OfficeTail(st, m.Te+1, end) {
		return -1
	}
	return end
}

// firstMentionOf reports whether m is the first mention of its sentence (the subject position of
// a sentence opening with it, as markSubjects reads it).
func firstMentionOf(d *doc.Doc, m *doc.Mention) bool {
	ms := d.BySent[m.Sent]
	return len(ms) > 0 && d.Mentions[ms[0]] == m
}
