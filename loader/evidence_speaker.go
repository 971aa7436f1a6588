package loader

import "github.com/claimgraph/claimgraph/graph"

// evidenceSpeaker is the node ID of the person who voiced sentence st's relation on behalf of
// its source, or "": the one speaker of the sentence's turn, statement or titled document
// (sentenceVoice) when the relation's source src is not that person but the state or body he
// speaks for — the state of speakerState, or the organization of one of his roles. A
// spokesperson's "We urge the US side to …" is the state's act (README "I and we": CAMEO and
// PLOVER code a government speaking through its official, Schrodt 2012, CAMEO manual §1.2), and
// the evidence keeps who spoke, so "stances voiced by Lu Kang" can be asked (nu19 D1). Joint
// statements (several speakers) and unresolved speakers give "". Structural relations (MEMBER_OF,
// PART_OF) give "": they are the writer's description of who belongs where, voiced by no one
// ("…, said Ruan Zongze, of the institute, the research arm of the Foreign Ministry"). The state
// of a titled minister's statement ("Statement by Foreign Minister X", authorHomeCountry) is his
// too: his "we" is that state.
func (d *doc) evidenceSpeaker(st *sent, typ graph.RelType, src *entity) string {
	if typ == graph.MemberOf || typ == graph.PartOf {
		return ""
	}
	voices, _ := d.sentenceVoice(st.Idx)
	if len(voices) != 1 || src == nil {
		return ""
	}
	sp := voices[0].Final()
	if sp == nil || sp == src || sp.Kind != graph.Person || !emit(sp) {
		return ""
	}
	if s := d.speakerState(sp); s != nil && s.Final() == src {
		return nodeID(sp)
	}
	for _, r := range sp.Roles {
		if r.Org != nil && r.Org.Final() == src {
			return nodeID(sp)
		}
	}
	if u := st.Unit; u != nil && src.Kind == graph.Country && src.Country != nil && d.unitSpeaker(u) != nil && d.unitSpeaker(u).Final() == sp {
		// "Statement by Foreign Minister X" over "We reject …": the titled minister's "we" is the
		// state authorHomeCountry gives (ctry19), voiced by him as a spokesperson's is (nu19 D5b)
		if c := d.authorHomeCountry(sp, u); c != nil && c == src.Country {
			return nodeID(sp)
		}
	}
	return ""
}
