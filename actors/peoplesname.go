package actors

import "github.com/claimgraph/claimgraph/doc"

// peoplesGenitive reports a nation's name at ns, ending at ts, that premodifies "People's", the
// first word of the known body's name at ts ("the Myanmar People's Liberation Army", "the Laos
// People's Army"), and takes back the mention the nation's name took as a unit. The name is one
// noun phrase whose genitive is "the Myanmar People's": the nation's name is a premodifier inside
// that genitive noun phrase (Quirk et al. 1985, 5.115-5.123, 17.2), the head of no noun phrase of
// the clause, so it names no actor of its own; the whole run is the body's name, as the Phoenix
// actor dictionaries list such names whole ("Sudan People's Liberation Army" SDNREB, "Turkish
// People's Liberation Army" TURREB, "Eritrean People's Liberation Front"; data/lexicons/phoenix/
// actors.txt). Without it the subject "Delegates of the Myanmar People's Liberation Army" is read
// as Myanmar, and a walk-out from talks with "the Naypyidaw government" a self-relation.
func peoplesGenitive(d *doc.Doc, st *doc.Sent, ns, ts int) bool {
	toks := st.Toks
	if ts+1 >= len(toks) || !(toks[ts].Lower == "people" && toks[ts+1].Lower == "'s") {
		return false
	}
	m := MentionAt(d, st, ns)
	if m == nil {
		return true
	}
	if m.Ts != ns || m.Te != ts {
		return false
	}
	Unmention(st, m)
	m.Ent = DroppedMention()
	return true
}
