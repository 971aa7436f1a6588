package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// joinVerbs are the forms of "join" and "rejoin", which take the body as object
// (data/wordclasses/joinverbs.txt).
var joinVerbs = lexicon.WordClass("joinverbs")

// IgoByMembership: see above. It runs in assignCodes, before codes are computed.
func IgoByMembership(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if !e.Seat || e.Kind != graph.Organization || e.Country == nil {
			continue
		}
		for _, m := range d.Mentions {
			if m.Ent == nil || m.Ent.Final() != e {
				continue
			}
			if stateJoins(d, d.Sents[m.Sent], m.Ts) {
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
func stateJoins(d *doc.Doc, st *doc.Sent, i int) bool {
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
		if m := MentionAt(d, st, j); m != nil {
			return m.Ent.Final().Kind == graph.Country
		}
	}
	return false
}
