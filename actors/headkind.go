package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// memberForms are the heads that make a name an association of members, a company or a school
// (data/wordclasses/memberforms.txt).
var memberForms = lexicon.WordClass("memberforms")

// headFinalKinds corrects the kind of each name chunk whose GOVERNMENT came from a state word
// that does not head the name. readUnits gives a chunk the strongest kind of any organization word
// in it (orgwords.txt), but English names are head-final (CGEL 5.3; Quirk et al. 1985, 17.2): the
// kind is the head's, the last organization word before the name's complement ("of", "for",
// "on", "in"), and a state word among the premodifiers only classifies that head. Two heads are
// read so:
//   - an association of members, a company or a school (memberforms.txt) is an ORGANIZATION
//     though a premodifier is a state word: "the American Farm Bureau Federation", "the Police
//     Federation", "the Government Employees Union";
//   - "force" names a state's armed or police body only after the modifier the Phoenix agents
//     dictionary lists with it under a military or police code (AIR_FORCE, DEFENSE_FORCE,
//     POLICE_FORCE, SECURITY_FORCE [~MIL]/[~COP]); "the Financial Action Task Force" (a body of
//     whoever convenes it) and "Force Ouvrière" (a union, "force" not its English head) are
//     organizations.
//
// Other heads keep the chunk's kind: a committee, office or agency named after a state body is
// that body's part ("Senate Foreign Relations Committee").
func headFinalKinds(phx *lexicon.Actors, lx *lexicon.Lexicons, st *doc.Sent, units []unit) {
	for i := range units {
		u := &units[i]
		if u.kind != uChunk || u.org != graph.Government {
			continue
		}
		if k := headFinalKind(phx, lx, st, u.ts, u.te); k != "" {
			u.org = k
		}
	}
}

// headFinalKind is the kind the head of the name [ts, te) gives when it overrides a state word
// elsewhere in the name (see headFinalKinds), or "" when the name keeps its kind.
func headFinalKind(phx *lexicon.Actors, lx *lexicon.Lexicons, st *doc.Sent, ts, te int) graph.Kind {
	toks := st.Toks
	end := te
	for k := ts + 1; k < te; k++ {
		if w := toks[k].Lower; !toks[k].Cap && (w == "of" || w == "for" || w == "on" || w == "in") {
			end = k // the head precedes its complement: "Federal Bureau of Investigation"
			break
		}
	}
	head := -1
	for k := end - 1; k >= ts; k-- {
		if _, ok := lx.OrgWords[strings.TrimSuffix(toks[k].Lower, ".")]; ok {
			head = k
			break
		}
	}
	if head < 0 {
		return ""
	}
	w := strings.TrimSuffix(toks[head].Lower, ".")
	switch {
	case w == "force":
		if head > ts && securityForce(phx, toks[head-1].Lower) {
			return ""
		}
		return graph.Organization
	case memberForms.Has(w):
		return graph.Organization
	}
	return ""
}

// securityForce reports whether "<mod> force" is an armed or police body of a state in the Phoenix
// agents dictionary (MIL or COP code). The British spelling "defence" is read as "defense", the
// dictionary's (its DEFENCE_FORCE line is commented out).
func securityForce(phx *lexicon.Actors, mod string) bool {
	if phx == nil {
		return false
	}
	if mod == "defence" {
		mod = "defense"
	}
	a, ok := phx.Agent(mod + " force")
	return ok && (strings.HasPrefix(a.Code, "MIL") || strings.HasPrefix(a.Code, "COP"))
}
