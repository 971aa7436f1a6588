package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// instrumentDefinition reports an acronym at token i that the sentence introduces as the short
// form of a law's, agreement's or programme's name: right after that name, in brackets ("the Iran
// Sanctions Act (ISA)") or as an appositive after "or" ("the Iran Sanctions Act, or ISA", "the
// Deferred Action for Childhood Arrivals program, or DACA"; "or" of reformulation marks an
// appositive naming the same thing, Quirk et al. 1985, 17.80-17.84). The name is that thing's
// when it ends in a capitalized head of a law or agreement (instrumentHeads, schemeHeads:
// OntoNotes 5.0 LAW; "Act", "Treaty", "Agreement") or in a lower-case policy noun after a
// capitalized run ("program", "plan", "policy": policywords.txt), which classifies the name before it as
// a common noun does (Quirk et al. 1985, 17.104-17.108: "the Medicare program"). A body whose name
// ends in a capitalized word that may head a programme run by a body ("the Clinton Global
// Initiative (CGI)", "the World Food Programme (WFP)") is no law: those heads are in neither
// class.
func instrumentDefinition(d *doc.Doc, st *doc.Sent, i int) bool {
	toks := st.Toks
	if !acronymName(toks[i].Text) || i < 2 {
		return false
	}
	var h int // the token that ends the name
	switch {
	case toks[i-1].Text == "(" && i+1 < len(toks) && toks[i+1].Text == ")":
		h = i - 2
	case toks[i-1].Lower == "or" && i >= 3 && toks[i-2].Text == "," && (i+1 == len(toks) || toks[i+1].Kind != text.Word):
		h = i - 3
	default:
		return false
	}
	head := toks[h]
	if head.Kind != text.Word {
		return false
	}
	if head.Cap {
		return h > 0 && toks[h-1].Cap && (instrumentHeads.Has(head.Lower) || schemeHeads.Has(head.Lower))
	}
	return h > 0 && toks[h-1].Cap && toks[h-1].Kind == text.Word && d.Lx.PolicyHead[head.Lower]
}
