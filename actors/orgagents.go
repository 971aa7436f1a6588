package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// OrgAgentsName is the group's name by its organization's own name, an alias beside the name as
// written ("UN peacekeepers" → "United Nations peacekeepers"): the owner written before token
// ownerEnd, the words between it and the head at token i (drop words, numbers and parentheses
// left out: "Montenegro Municipality Association (AKK) officials" → "… Association officials"),
// and the head's plural pl.
func OrgAgentsName(lx *lexicon.Lexicons, st *doc.Sent, owner *doc.Entity, ownerEnd, i int, pl string) string {
	toks := st.Toks
	words := []string{owner.Final().Name}
	inParen := false
	for k := ownerEnd; k >= 0 && k < i; k++ {
		if toks[k].Text == "(" || toks[k].Text == ")" {
			inParen = toks[k].Text == "("
			continue
		}
		if inParen || lx.GroupDrop[toks[k].Lower] || toks[k].Kind == text.Num || toks[k].Lower == "'s" || toks[k].Lower == "\u2019s" {
			continue
		}
		words = append(words, toks[k].Text)
	}
	return strings.Join(append(words, pl), " ")
}

// OrgAgentCodes gives each group of an organization's agents its CAMEO code (codes phase, after
// the organizations' codes are set): the organization's code with the sector of the head's
// Phoenix agent entry appended, unless the code already holds that sector; nothing when the
// organization has no code (the African Union is in no Phoenix list).
func OrgAgentCodes(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Kind != graph.Group || e.Rule != "group:org-agents" {
			continue
		}
		for _, r := range d.Structure {
			if r.Typ != graph.MemberOf || r.Rule != "group:owner" || r.Src == nil || r.Tgt == nil || r.Src.Final() != e {
				continue
			}
			t := r.Tgt.Final()
			if t.Cameo == "" {
				break
			}
			e.Cameo = t.Cameo
			if f := strings.Fields(strings.ToLower(e.Name)); d.Phx != nil && len(f) > 0 {
				if a, ok := d.Phx.Agent(f[len(f)-1]); ok && !hasCodeBlock(t.Cameo, lexicon.SectorOf(a.Code)) {
					e.Cameo += lexicon.SectorOf(a.Code)
				}
			}
			break
		}
	}
}

// hasCodeBlock reports whether the CAMEO code holds the three-letter block b at a block boundary
// (CAMEO actor codes are sequences of three-letter blocks: IGO UNO, PSE REB HMS).
func hasCodeBlock(code, b string) bool {
	for k := 0; k+3 <= len(code); k += 3 {
		if code[k:k+3] == b {
			return true
		}
	}
	return false
}
