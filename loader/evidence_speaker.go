package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
)

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
// too: his "we" is that state. So is whatever his "we" is by firstPerson (a capital-labelled
// spokesperson of a ministry the heading names, a briefing host, a page's author). The unnamed
// officials of a background call ("SENIOR ADMINISTRATION OFFICIAL:", a group of a state's
// officials, officialsVoice) are who voiced it too: the rules on background attribution let the
// press name a source only by such a description (AP Stylebook, "anonymous sources"; the White
// House's "attributable to senior administration officials"), so that group is the speaker, as
// a named spokesperson would be, when their "we" is the state (firstPerson).
func (d *doc) evidenceSpeaker(st *sent, typ graph.RelType, src *entity) string {
	if typ == graph.MemberOf || typ == graph.PartOf {
		return ""
	}
	voices, _ := speakers.SentenceVoice(d.Doc, st.Idx)
	if len(voices) != 1 || src == nil {
		return ""
	}
	sp := voices[0].Final()
	if sp == nil || sp == src || !(sp.Kind == graph.Person || officialsVoice(sp)) || !actors.Emit(sp) {
		return ""
	}
	if speaksForSource(d, sp, src) {
		return actors.NodeID(sp)
	}
	if we := speakers.FirstPerson(d.Doc, sp, "we", st.Unit); we != nil && we.Final() != sp && we.Final() == src {
		// the state or body his "we" is (firstPerson: the one rule that makes a spokesperson's
		// "We urge …" his state's) is the state he voices in every sentence of his turn, "we"
		// or not ("Yesterday, Kenya recalled its ambassador …"): the source and the speaker
		// come from the same rule, so a briefing never gives the state without its speaker
		return actors.NodeID(sp)
	}
	if u := st.Unit; u != nil && src.Kind == graph.Country && src.Country != nil && speakers.UnitSpeaker(d.Doc, u) != nil && speakers.UnitSpeaker(d.Doc, u).Final() == sp {
		// "Statement by Foreign Minister X" over "We reject …": the titled minister's "we" is the
		// state authorHomeCountry gives (ctry19), voiced by him as a spokesperson's is (nu19 D5b)
		if c := speakers.AuthorHomeCountry(d.Doc, sp, u); c != nil && c == src.Country {
			return actors.NodeID(sp)
		}
	}
	return ""
}

// attributedSpeaker is the person named in the trailing attribution of sentence st ("Brazil
// agreed to the terms, Finance Minister Mailson da Nobrega said": a reporting clause in final
// position, Quirk et al. 1985, 14.33; the AP Stylebook's "said" attribution of wire copy) when he
// speaks for src, the relation's source, as evidenceSpeaker requires of a turn's speaker: src is
// the state of his role (speakerState) or the organization of one of his roles. The attribution
// is the CLAIMS relation of the sentence whose source is a person and whose cue comes after the
// stance's cue (cueStart); several such persons give "". Structural relations give "".
func (d *doc) attributedSpeaker(st *sent, typ graph.RelType, src *entity, cueStart int, claims []*relCand) string {
	if typ == graph.MemberOf || typ == graph.PartOf || typ == graph.Claims || src == nil {
		return ""
	}
	var sp *entity
	for _, r := range claims {
		if r.Typ != graph.Claims || r.Sent != st.Idx || r.Src == nil || r.CueStart <= cueStart {
			continue
		}
		p := r.Src.Final()
		if p == nil || p.Kind != graph.Person || !actors.Emit(p) {
			continue
		}
		if sp != nil && sp != p {
			return ""
		}
		sp = p
	}
	if sp == nil || sp == src {
		return ""
	}
	if speaksForSource(d, sp, src) || bareStateTitle(d, sp, src) {
		return actors.NodeID(sp)
	}
	return ""
}

// bareStateTitle reports a person sp whose only state office names no state ("Foreign Minister
// Karl Hessler" → the bare "Foreign Ministry", rule title:implied-body, no country) attributing
// a stance whose source src is a state: "Germany warned Moscow …, Foreign Minister Karl Hessler
// said." A definite role noun with no possessor is anchored by the context (associative
// anaphora: Hawkins 1978, Definiteness and Indefiniteness, ch. 3; Clark 1975 on bridging), and
// the one state the attributed clause is about is its subject, so the minister speaks for it. A
// person with a known state (speakerState) is judged by speaksForSource alone.
func bareStateTitle(d *doc, sp, src *entity) bool {
	if src.Kind != graph.Country || speakers.SpeakerState(d.Doc, sp) != nil {
		return false
	}
	for _, r := range sp.Roles {
		if r.Org != nil && r.Org.Final().Kind == graph.Government && r.Org.Final().Country == nil {
			return true
		}
	}
	return false
}

// speaksForSource: person sp speaks for src when src is the state of his role (speakerState)
// or the organization of one of his roles; evidenceSpeaker and attributedSpeaker ask it.
func speaksForSource(d *doc, sp, src *entity) bool {
	if s := speakers.SpeakerState(d.Doc, sp); s != nil && s.Final() == src {
		return true
	}
	for _, r := range sp.Roles {
		if r.Org != nil && r.Org.Final() == src {
			return true
		}
	}
	return false
}

// officialsVoice reports a group of a state's unnamed officials ("administration officials",
// "State Department officials": actors.StateOfficials), who speak a background call's turns.
func officialsVoice(e *entity) bool {
	return e.Kind == graph.Group && actors.StateOfficials(e)
}
