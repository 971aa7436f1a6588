package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// An organization's agents (rule group:org-agents): a plural noun of persons who act for an
// organization, modified by the organization's name or acronym — "UN peacekeepers", "NATO
// troops", "EU officials", "African Union mediators", "IAEA inspectors", "Hamas fighters" — is a
// GROUP of that organization's agents (groups() in actor_structure.go finds it; the heads are
// groups.txt's head and orghead rows), named as written ("UN peacekeepers", numbers and
// determiners left out) with the organization's own name as an alias. PETRARCH codes such a
// phrase as the organization's actor with the agent's code appended (dictionaries.rst, "Agent
// Dictionary": a [~CODE] agent is added after the actor code; Phoenix.International.actors.txt
// lists U.N._MONITOR, UN_ENVOY and INDIAN_UN_PEACEKEEPER with the UN's own code IGOUNO). So the group is MEMBER_OF the
// organization, takes its country (none for an intergovernmental one) and its CAMEO code
// followed by the sector of the head's Phoenix agent entry (TROOP [~MIL]: NATO troops →
// IGOWSTNATMIL; FIGHTER [~UAF]: Hamas fighters → PSEREBHMSUAF) when the organization's code does
// not already hold that sector (PEACEKEEPING_TROOPS [IGO~] adds nothing to IGOUNO). Nouns that
// Phoenix does not list (peacekeepers, inspectors, mediators) keep the organization's code.

// orgAgentsName is the group's name by its organization's own name, an alias beside the name as
// written ("UN peacekeepers" → "United Nations peacekeepers"): the owner written before token
// ownerEnd, the words between it and the head at token i (drop words, numbers and parentheses
// left out: "Montenegro Municipality Association (AKK) officials" → "… Association officials"),
// and the head's plural pl.
func orgAgentsName(lx *lexicon.Lexicons, st *sent, owner *entity, ownerEnd, i int, pl string) string {
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

// orgAgentCodes gives each group of an organization's agents its CAMEO code (codes phase, after
// the organizations' codes are set): the organization's code with the sector of the head's
// Phoenix agent entry appended, unless the code already holds that sector; nothing when the
// organization has no code (the African Union is in no Phoenix list).
func (d *doc) orgAgentCodes(ents []*entity) {
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
