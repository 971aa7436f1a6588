package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// behalfPrincipal reads "on behalf of" right after a title's speaker ("Statement by High
// Representative X on behalf of the EU on …", "Declaration by the Spokesperson on behalf of the
// Government of Osland"): the agent speaks as the principal's representative, and the
// statement is the principal's (Quirk et al. 1985, §9.10, "on behalf of", a complex
// preposition: 'as the representative of'; the Council of the EU's usage, under which a
// "Declaration by the High Representative on behalf of the EU" states the Union's position). It
// returns the actor named after "of" (after "the"), or nil when the title has no such phrase or
// it names no actor, and the agent then speaks as before.
func behalfPrincipal(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if u.Rule != "title:speaker" || u.Speaker.Empty() {
		return nil
	}
	for _, st := range d.Sents {
		if st.S.Start > u.Speaker.End || st.S.End < u.Speaker.End {
			continue
		}
		k := 0
		for k < len(st.Toks) && st.Toks[k].Start < u.Speaker.End {
			k++
		}
		if k+3 >= len(st.Toks) || st.Toks[k].Lower != "on" || st.Toks[k+1].Lower != "behalf" || st.Toks[k+2].Lower != "of" {
			return nil
		}
		k += 3
		if st.Toks[k].Lower == "the" {
			k++
		}
		m := actors.MentionAt(d, st, k)
		if m == nil || !doc.ActorKind(m.Ent) || m.Ts != k || st.Toks[m.Ts].Kind != text.Word {
			return nil
		}
		return m.Ent.Final()
	}
	return nil
}
