package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// classifiedInstitution reports "the Kenyan cricket board", "Nigeria's football federation", "the
// Brazilian chess association": token i is a singular institution noun of orgwords.txt (an
// ORGANIZATION head) that Phoenix.agents.txt lists as the head of compound agents (ADVISORY_BOARD,
// TOURIST_BOARD [~GOV]; MEDICAL_ASSOCIATION [~HLH], PRESS_ASSOCIATION [~MED];
// WORKERS_FEDERATION [~LAB]), and the word before it a lower-case common noun that classifies it
// (Quirk et al. 1985, 17.104–17.108: "a cricket board" is a board, of the kind the noun names).
// Such a phrase is an agent whose classifier need be no agent of the dictionary, as the miners'
// union's genitive need not (agentPhraseEndingAt); the head gives no sector of its own, so the
// actor is coded by its country alone. descriptiveAgents then ties it to the nationality or
// possessor before it and keeps it only when it takes part in a relation; the checks there leave
// "the rugby board elections" (the head modifies a noun) alone.
func classifiedInstitution(d *doc.Doc, st *doc.Sent, i int) bool {
	toks := st.Toks
	if i < 2 || d.Phx == nil || toks[i].Kind != text.Word || toks[i].Cap {
		return false
	}
	h := toks[i].Lower
	if k, ok := d.Lx.OrgWords[h]; !ok || k != graph.Organization || !d.Phx.AgentEnd(h) {
		return false
	}
	p := toks[i-1]
	if p.Kind != text.Word || p.Cap || st.Ment[i-1] >= 0 || !d.Lx.Common[p.Lower] || d.Lx.Stop[p.Lower] || d.Lx.BeForms[p.Lower] || isCueWord(d.Lx, p.Lower) || Determiners.Has(p.Lower) {
		return false
	}
	if _, ok := d.Phx.Agent(p.Lower); ok {
		return false // an agent noun of its own ("police union"): the dictionary's compounds decide
	}
	return true
}
