package coref

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// premodifiedTitleHolder resolves "the <capitalized premodifiers> <title>" ending at token i of
// sentence s — "the Trade Commissioner", "the Fisheries Commissioner" — when the words are no
// title of titles.txt as a whole (titleDescription) but their head is: the description refers to
// the one person introduced before with the same premodifiers before that title ("Trade
// Commissioner Dr Aino Kask"). A definite description repeating the head noun and the
// premodifiers of an earlier mention is direct anaphora (Poesio & Vieira 1998; the anaphoric
// "the", Quirk et al. 1985, 5.30–5.33), and the premodifier restricts the head's reference
// (Quirk et al. 1985, 17.101), so a person who holds only the bare title, or the title with other
// premodifiers, is no antecedent. Two persons that fit make it ambiguous: nil. The antecedent is
// sought anywhere earlier in the document, as for titleHolder.
func premodifiedTitleHolder(d *doc.Doc, s, i int) *doc.Entity {
	st := d.Sents[s]
	w := st.Toks[i].Lower
	tl := d.Lx.Titles[w]
	if tl == nil || tl.Class == "honorific" || !st.Toks[i].Cap {
		return nil
	}
	j := i
	for j > 0 && i-j < 3 && st.Toks[j-1].Cap && st.Toks[j-1].Lower != "the" {
		j--
	}
	if j == i || j == 0 || st.Toks[j-1].Lower != "the" {
		return nil
	}
	premods := make([]string, 0, i-j)
	for k := j; k < i; k++ {
		premods = append(premods, st.Toks[k].Lower)
	}
	var found *doc.Entity
	ambiguous := false
	actors.EachMentionBack(d, s, j-1, s+1, func(m *doc.Mention) bool {
		e := m.Ent.Final()
		if e.Dropped || e.Kind != graph.Person || e == found {
			return true
		}
		held := false
		for _, r := range e.Roles {
			held = held || sameOffice(d.Lx, r.Title, tl)
		}
		if !held || !introducedWith(d, m, w, premods) {
			return true
		}
		if found != nil {
			ambiguous = true
			return false
		}
		found = e
		return true
	})
	if ambiguous {
		return nil
	}
	return found
}

// introducedWith reports a mention whose title word w (in the mention, or right before it) is
// preceded by exactly the premodifier words premods.
func introducedWith(d *doc.Doc, m *doc.Mention, w string, premods []string) bool {
	toks := d.Sents[m.Sent].Toks
	for p := max(0, m.Ts-1); p < m.Te && p < len(toks); p++ {
		if toks[p].Lower != w || p < len(premods) {
			continue
		}
		ok := true
		for k, pm := range premods {
			ok = ok && strings.EqualFold(toks[p-len(premods)+k].Text, pm)
		}
		if ok {
			return true
		}
	}
	return false
}
