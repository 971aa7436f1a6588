package coref

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// supplementaryRelativeEnd returns the token after the closing comma of a supplementary
// (non-restrictive) relative clause that opens at the comma at token i after a name: ", which is
// based in Dubai and claims 30 million users," (CGEL ch. 12 §4: a supplementary relative is
// set off by commas and is parenthetical, so the name before it is still the subject of the
// verb after it); 0 when no such clause closes within 30 tokens or a quotation or sentence end
// comes first.
func supplementaryRelativeEnd(st *doc.Sent, i int) int {
	toks := st.Toks
	if i+2 >= len(toks) || toks[i].Text != "," || (toks[i+1].Lower != "which" && toks[i+1].Lower != "who") {
		return 0
	}
	for k := i + 2; k < len(toks) && k < i+32; k++ {
		switch {
		case toks[k].Text == ",":
			return k + 1
		case toks[k].Text == "." || toks[k].Text == ";" || toks[k].Kind == text.Quote:
			return 0
		}
	}
	return 0
}

// writtenWithHead reports a mention of an organization or body whose words end in the head noun
// w: "the European Union's observer mission" for "the mission". Anaphoric "the" with the
// antecedent's own head noun is the plainest direct anaphora (Quirk et al. 1985, 5.28), whatever
// the antecedent's name is.
func writtenWithHead(d *doc.Doc, m *doc.Mention, w string) bool {
	e := m.Ent.Final()
	if e.Kind != graph.Organization && e.Kind != graph.Government || m.Te-m.Ts < 2 {
		return false
	}
	return d.Sents[m.Sent].Toks[m.Te-1].Lower == w
}
