package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
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
// "Q" with the outlet in brackets on some transcripts ("Q (Fox News)"); the operator of a
// telephone briefing gives the floor by outlet ("We'll go to the line of Reuters."), so a news
// outlet (newsOutlet: Phoenix MED code) named in a moderator's turn counts as such a label
// too, and so does the asker's self-introduction ("Q: Jane Roe, Bloomberg. …", questionerIntro) or the outlet alone ("Q: Bloomberg. …",
// questionerOutlet), and a paragraph that is only a news service's
// name ("AFP" on a line of its own, outletLine). An entity with any mention outside such labels — the text names the outlet as acting or
// speaking ("Reuters reported that …") — stays, and so does the label's mention of it.
func dropQuestionerLabels(d *doc.Doc) {
	inLabel, outside := map[*doc.Entity]bool{}, map[*doc.Entity]bool{}
	nth := 0 // st's index among its turn's sentences
	for i, st := range d.Sents {
		if i > 0 && st.Unit == d.Sents[i-1].Unit {
			nth++
		} else {
			nth = 0
		}
		end := 0 // tokens [0, end) of st are the questioner's label
		if u := st.Unit; u != nil && (u.Role == discourse.Question || u.Role == discourse.Turn && interviewerOutlet(d.Phx, u)) {
			end = doc.BodyStart(st)
		}
		if questionerIntro(st, nth) || questionerOutlet(d, st, nth) || outletLine(d, st) {
			end = len(st.Toks) // "Q: Jane Roe, Bloomberg." (speaker_selfintro.go)
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if m.Ent == nil {
				continue
			}
			e := m.Ent.Final()
			// the moderator who gives the floor names the asker's outlet ("Our next question comes
			// from the line of Reuters."): an outlet (newsOutlet) there identifies the asker too
			if m.Te <= end || st.Unit != nil && st.Unit.Role == discourse.Moderator && actors.NewsOutlet(d.Phx, e) ||
				floorGiving(st) && (e.Kind == graph.Organization || e.Kind == graph.Person) ||
				actors.NewsOutlet(d.Phx, e) && journalistAfter(st, m.Te) {
				inLabel[e] = true
			} else {
				outside[e] = true
			}
		}
	}
	dropLabelCapitalOrgs(d)
	for e := range inLabel {
		// a questioner named as a person with a title, role or honorific ("Senator WEXFORD:" of
		// a hearing, "MR. CHONG:") is a member who asks and stays; a bare two-word name is a
		// name's shape only, as an outlet's is ("Q: Nordic Wire:")
		if !outside[e] && (e.Kind != graph.Person || e.Rule == "person:name" && len(e.Roles) == 0 && !e.Hon) {
			e.Dropped = true
		}
	}
}

// dropLabelCapitalOrgs drops an organization the actor layer made by its shape alone (rule
// org:head-word or org:acronym) from the words of a speaker's turn label in capitals ("DEPUTY
// PRESS SECRETARY DALTON:" gave "DEPUTY PRESS", a head word "Press" before the title): a label
// in capitals names the person or office who takes the turn, and its capitals are the
// transcript's typography for labels, not the spelling of a name (ordinaryCase; the White
// House's and State Department's transcripts set every label in capitals), so a capital run of
// it is no evidence of a name. The label's speaker itself ("KENYA DEFENCE FORCES:" speaking),
// a body the dictionaries know ("SPOKESPERSON OF THE AFRICAN UNION X:", rule lexicon:actors),
// and an organization mentioned anywhere outside such labels stay.
func dropLabelCapitalOrgs(d *doc.Doc) {
	inLabel, outside := map[*doc.Entity]bool{}, map[*doc.Entity]bool{}
	for _, st := range d.Sents {
		end := 0
		u := st.Unit
		if u != nil && u.Role == discourse.Turn && u.Label != "" && strings.ToUpper(u.Label) == u.Label {
			end = doc.LabelEnd(st)
		}
		var sp *doc.Entity
		if end > 0 {
			if sp = UnitSpeaker(d, u); sp != nil {
				sp = sp.Final()
			}
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if m.Ent == nil {
				continue
			}
			e := m.Ent.Final()
			if m.Te <= end && e != sp && (e.Kind == graph.Organization || e.Kind == graph.Government) &&
				(e.Rule == "org:head-word" || e.Rule == "org:acronym") {
				inLabel[e] = true
			} else {
				outside[e] = true
			}
		}
	}
	for e := range inLabel {
		if !outside[e] {
			e.Dropped = true
		}
	}
}

// nameCase writes a personal name given in capitals in its ordinary case (ordinaryCase): each
// word, and each part of a hyphenated word, with a capital initial ("OKONJO-IWEALA" →
// "Okonjo-Iweala", "JEAN-PIERRE" → "Jean-Pierre"): every element of a hyphenated surname or
// given name is itself a name and keeps its capital (Chicago Manual of Style, 8.3–8.5 on
// personal names; AP Stylebook, "hyphen": compound names are written with the capitals of each
// part). text.TitleCase, which organizations' headings use, capitalizes only word initials.
func nameCase(s string) string {
	parts := strings.Split(text.TitleCase(s), "-")
	for i, p := range parts {
		if i > 0 && p != "" {
			r := []rune(p)
			parts[i] = strings.ToUpper(string(r[0])) + string(r[1:])
		}
	}
	return strings.Join(parts, "-")
}
