package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/text"
)

// Possessor-title holders as antecedents of "he"/"she" (issue 13, coref18 class D3). A
// specifying genitive is a definite determiner (Quirk et al. 1985, 5.115–5.116: "Iran's foreign
// minister" ≈ "the foreign minister of Iran"), so "<Country>'s <title>" with no name after it
// describes one person, the holder of the office, just as "the Iranian foreign minister" does
// (actor_offices.go, whose mention is singular so that he/she may take it). The text gives the
// holder no node of his own: the subject rule speaks for him through the possessor (rule
// possessor-title, surface_subject.go: "Cairo's security chief warned" → Cairo). A "he"/"she"
// in the next sentence refers to that holder (Halliday & Hasan 1976, 2.3, personal reference to
// a person introduced by a description), so it takes the possessor as the subject rule does;
// the salience is that of the head noun, not of a possessor (Lappin & Leass 1994: the head is
// the subject, the possessor only inside it).

// possessorTitleEnd returns the end of a singular title of a person (titles.txt, no honorific)
// that the possessor mention m determines ("Iran ['s] foreign minister"), at most three
// lower-case words after the genitive, with no name, comma-and-name or "of" phrase after it (a
// named holder is the name rules'), or -1.
func (d *doc) possessorTitleEnd(st *sent, m *mention) int {
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
func (d *doc) firstMentionOf(m *mention) bool {
	ms := d.BySent[m.Sent]
	return len(ms) > 0 && d.Mentions[ms[0]] == m
}
