package surface

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// DescribedSpeaker is the person an inverted verb of saying k names in a non-restrictive
// appositive after the descriptive noun phrase it takes as subject ("“…,” said another
// appellate lawyer, Ana Ruiz.", "…, said the firm's chief executive, Ana Ruiz"), or nil. The
// second part of a non-restrictive apposition identifies the referent the first describes
// (Quirk et al. 1985, 17.72-17.75), and the subject of a reporting clause after the reported
// clause may follow its verb (14.30). The shape: after k an article, "another" or a possessive
// determiner, one to eight words (no quotation mark, relative word or finite verb) ending in a
// noun of persons or a title (actors.PersonNoun, titles.txt), a comma, and a person's mention
// that is no possessor ("said the lawyer, Ana Ruiz's brother": the brother). Offsets are token
// indices of st.
func DescribedSpeaker(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	toks := st.Toks
	if k+2 >= len(toks) {
		return nil
	}
	if w := toks[k+1].Lower; w != "a" && w != "an" && w != "the" && w != "another" && !possessiveDeterminers.Has(w) {
		return nil
	}
	for c := k + 2; c < len(toks) && c <= k+10; c++ {
		t := toks[c]
		if t.Text == "," {
			h := toks[c-1]
			if c == k+2 || h.Kind != text.Word || !actors.PersonNoun(h.Lower) && d.Lx.Titles[h.Lower] == nil {
				return nil
			}
			m := actors.MentionAt(d, st, c+1)
			if m == nil || m.Ts != c+1 || !doc.ActorKind(m.Ent) || m.Ent.Final().Kind != graph.Person {
				return nil
			}
			if m.Te < len(toks) && (toks[m.Te].Lower == "'s" || toks[m.Te].Lower == "\u2019s") {
				return nil
			}
			return m.Ent.Final()
		}
		if t.Kind == text.Quote || t.Kind != text.Word && t.Lower != "'s" && t.Lower != "\u2019s" || relativeWords.Has(t.Lower) || actors.FiniteVerbAt(d, st, c) {
			return nil
		}
	}
	return nil
}
