package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// roleLabel reports a speaker label that is a title in title case at the start of st
// ("Spokesperson: Good afternoon", "Minister: We have no comment"): one title word and a colon.
func roleLabel(lx *lexicon.Lexicons, st *doc.Sent) bool {
	toks := st.Toks
	if len(toks) < 3 || toks[1].Text != ":" || !toks[0].Cap || toks[0].Kind != text.Word {
		return false
	}
	t := lx.Titles[toks[0].Lower]
	return t != nil && t.Class != "honorific"
}

// LabelledVoice returns the speaker of a briefing transcript named by a role label in its header
// ("Spokesperson: Dewi Ananta, Head of the Public Relations Bureau"): within the first eight
// sentences, a role label followed by a person's name; nil unless exactly one person is so named
// (rule coref:transcript-voice, with findVoice).
func LabelledVoice(d *doc.Doc) *doc.Entity {
	var p *doc.Entity
	for _, st := range d.Sents {
		if st.Idx >= 8 {
			break
		}
		if !roleLabel(d.Lx, st) {
			continue
		}
		m := labelName(d, st)
		if m == nil {
			continue
		}
		if p != nil && p != m.Ent.Final() {
			return nil
		}
		p = m.Ent.Final()
	}
	return p
}

// labelName returns the person named right after a role label ("Spokesperson: Dewi Ananta, Head
// of …"): the first mention before a comma, with at most one unknown name word before it.
func labelName(d *doc.Doc, st *doc.Sent) *doc.Mention {
	for k := 2; k < len(st.Toks) && k <= 3; k++ {
		if st.Toks[k].Kind != text.Word || !st.Toks[k].Cap {
			return nil
		}
		if m := actors.MentionAt(d, st, k); m != nil && m.Ent.Final().Kind != "" {
			if doc.ActorKind(m.Ent) && m.Ent.Final().Kind == graph.Person {
				return m
			}
			return nil
		}
	}
	return nil
}
