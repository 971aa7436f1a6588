package loader

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Intergovernmental bodies named after their seat. A capital opening an organization's name
// gives it its seat's country ("the London Stock Exchange", GBR), but a body that states join
// is intergovernmental — an IGO is a body whose members are states (Union of International
// Associations, Yearbook of International Organizations, "types of organization"; the CAMEO
// codebook codes such bodies IGO whatever their seat) — and is no more French for meeting in
// Paris than the UN is American: "urged China to join the Paris Club", "Brazil became a member
// of the Lima Group". igoByMembership takes such a body's seat country away and codes it IGO.

// joinVerbs are the forms of "join" and "rejoin", which take the body as object
// (data/wordclasses/joinverbs.txt).
var joinVerbs = lexicon.WordClass("joinverbs")

// igoByMembership: see above. It runs in assignCodes, before codes are computed.
func (d *doc) igoByMembership(ents []*entity) {
	for _, e := range ents {
		if !e.Seat || e.Kind != graph.Organization || e.Country == nil {
			continue
		}
		for _, m := range d.Mentions {
			if m.Ent == nil || m.Ent.Final() != e {
				continue
			}
			if d.stateJoins(d.Sents[m.Sent], m.Ts) {
				e.Country, e.Cameo = nil, "IGO"
				break
			}
		}
	}
}

// stateJoins reports whether the body mentioned from token i is the object of a state's joining:
// "[Country] … join(s/ed/ing) [the] BODY", "[Country] … accede(s/d) to [the] BODY", "[Country] … a
// member of [the] BODY", with the country at most four words before the verb and no other actor
// between them.
func (d *doc) stateJoins(st *sent, i int) bool {
	toks := st.Toks
	k := i - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch {
	case joinVerbs.Has(toks[k].Lower):
	case toks[k].Lower == "to" && k > 0 && (toks[k-1].Lower == "accede" || toks[k-1].Lower == "accedes" || toks[k-1].Lower == "acceded" || toks[k-1].Lower == "acceding"):
		k--
	case toks[k].Lower == "of" && k > 0 && (toks[k-1].Lower == "member" || toks[k-1].Lower == "members" || toks[k-1].Lower == "membership"):
		k--
		if k > 0 && (toks[k-1].Lower == "a" || toks[k-1].Lower == "full") {
			k--
		}
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].Text == "." || toks[j].Text == ";" {
			return false
		}
		if m := d.mentionAt(st, j); m != nil {
			return m.Ent.Final().Kind == graph.Country
		}
	}
	return false
}
