package loader

import (
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/graph"
)

// dropQuestionerLabels drops every actor named only in the label of a questioner's turn: the
// label of a question turn up to where its words start ("AFP:", "BLOOMBERG NEWS:", "Q (Kyodo
// News):", "Q: Nordic Wire:" — the first sentence's tokens before bodyStart) and the label of a
// printed interview's interviewer ("DER SPIEGEL:", interviewerOutlet). Such a label only
// identifies who asks: the journalist's outlet, which speaks for no party of the talk and does
// nothing in it (Clayman & Heritage 2002, The News Interview, ch. 4 on the questioner's footing).
// The conventions are those of briefing transcripts: the PRC Ministry of Commerce names each
// asker by outlet ("Xinhua News Agency: …", "CNBC: …", corpus 016), the PRC Foreign Ministry
// writes "Q:" and, on some days, the outlet after it ("Q: Reuters: …"); the White House writes
// "Q" with the outlet in brackets on some transcripts ("Q (Fox News)"). An entity with any
// mention outside such labels — the text names the outlet as acting or speaking ("Reuters
// reported that …") — stays, and so does the label's mention of it.
func (d *doc) dropQuestionerLabels() {
	inLabel, outside := map[*entity]bool{}, map[*entity]bool{}
	for _, st := range d.sents {
		end := 0 // tokens [0, end) of st are the questioner's label
		if u := st.unit; u != nil && (u.Role == discourse.Question || u.Role == discourse.Turn && d.interviewerOutlet(u)) {
			end = bodyStart(st)
		}
		for _, mi := range d.bySent[st.idx] {
			m := d.mentions[mi]
			if m.ent == nil {
				continue
			}
			if m.te <= end {
				inLabel[m.ent.final()] = true
			} else {
				outside[m.ent.final()] = true
			}
		}
	}
	for e := range inLabel {
		// a questioner named as a person with a title, role or honorific ("Senator WEXFORD:" of
		// a hearing, "MR. CHONG:") is a member who asks and stays; a bare two-word name is a
		// name's shape only, as an outlet's is ("Q: Nordic Wire:")
		if !outside[e] && (e.kind != graph.Person || e.rule == "person:name" && len(e.roles) == 0 && !e.hon) {
			e.dropped = true
		}
	}
}
