package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// DepartmentStateRule is the suffix of the unit's rule on a claim or stance that DepartmentState
// gave to the state ("title:speaker+department-state").
const DepartmentStateRule = "department-state"

// DepartmentState returns the state a department's titled statement speaks for, or nil: when the
// heading names a department or other body of one state (sp: not a person, not the state itself,
// its Country set) and the statement's own sentences (actors.IssuerVoice) name that state as
// their subject — by its name or as its government ("The Government of Chile has requested …",
// "Chile remains committed …": actors.SubjectState) — and never the department itself, the
// statement's voice is the state's: the department is the channel that issues the text and the
// state, which the statement itself names as the one that acts and holds the position, is the
// party that asserts it (analysis26 8a: the department is PART_OF the state). A statement that
// names the department as its subject ("The Ministry notes …") speaks in the department's own
// name, and one whose subjects name another state is about that state: nil.
func DepartmentState(d *doc.Doc, u *discourse.Unit, sp *doc.Entity) *doc.Entity {
	if u == nil || u.Rule != "title:speaker" || sp == nil {
		return nil
	}
	sp = sp.Final()
	if sp.Kind == graph.Person || sp.Kind == graph.Country || sp.Country == nil {
		return nil
	}
	tu := actors.TitleUnit(d)
	if tu == nil {
		return nil
	}
	own := false
	for _, st := range d.Sents {
		if st.Unit == nil || st.Unit.Furniture || !actors.IssuerVoice(d.Lx, st, tu) {
			continue
		}
		if c, k := actors.SubjectState(d, st); c != nil && k < len(st.Toks) && st.Toks[k].Kind == text.Word && !st.Toks[k].Cap {
			// the state's name before a verb, not a place line ("Nairobi, 4 August 2031")
			if c != sp.Country {
				return nil
			}
			own = true
			continue
		}
		a := doc.BodyStart(st)
		if a < len(st.Toks) && st.Toks[a].Lower == "the" {
			a++
		}
		if m := actors.MentionAt(d, st, a); m != nil && m.Ts == a && (m.Ent.Final() == sp || m.Ent.Final().Kind != graph.Country && strings.HasPrefix(sp.Name, m.Ent.Final().Name+" ")) {
			// "The Ministry notes …", "The Ministry of Foreign Affairs has summoned …" (its name
			// without the state's "of Chile"): the department speaks in its own name
			return nil
		}
	}
	if !own {
		return nil
	}
	return actors.CountryEntity(d, sp.Country)
}
