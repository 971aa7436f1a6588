package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
)

// turnStateVoice is the source of a judgement, accusation or appeal that a main clause of a
// speaker's own turn makes with no subject of saying ("The Indonesian side violated the
// memorandum.", "The principle needs to be observed by all parties."): the state the turn's
// speaker sp voices, when his "we" is a state (speakers.FirstPerson: a ministry's spokesperson,
// a minister whose role is at a country, the author of a state body's statement), else sp. The
// words of a spokesperson's answer are his state's position in every sentence of the turn, as the
// turn's stances with a subject are ("Vietnam rejects …") and evidenceSpeaker keeps him as the
// speaker (issue 12, "'we'/'our' in a ministry's answer is that ministry's country's
// government"; Heritage & Clayman 2010, ch. 17, on the spokesperson's institutional footing).
// A legislator's or a witness's "we" (a chamber, a department) is no state, and a person with no
// role at an executive body (executiveBodyRole) keeps his own voice.
func (d *doc) turnStateVoice(st *sent, sp *entity) *entity {
	if sp == nil || sp.Final().Kind != graph.Person || st.Unit == nil {
		return sp
	}
	if !executiveBodyRole(sp.Final()) {
		return sp
	}
	if we := speakers.FirstPerson(d.Doc, sp.Final(), "we", st.Unit); we != nil && we.Final() != sp.Final() && we.Final().Kind == graph.Country {
		return we.Final()
	}
	return sp
}

// executiveBodyRole reports a role of p at a government body (its country may be set only later,
// by the codes stage; FirstPerson asks for it) that is no legislature (its CAMEO
// code has no LEG agent: a ministry, a department, a presidency): the office whose spokesperson or
// head speaks the state's position. A legislator speaks for himself (CAMEO codes the member of
// a legislature ~LEG, a body apart from the government, ~GOV).
func executiveBodyRole(p *entity) bool {
	for _, r := range p.Roles {
		if r.Org == nil {
			continue
		}
		if o := r.Org.Final(); o.Kind == graph.Government && !strings.Contains(o.Code, "LEG") {
			return true
		}
	}
	return false
}
