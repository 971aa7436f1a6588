package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// OfficialsVoiceCountry is the state a group of a state's officials (stateOfficials: "[Senior
// administration official]:", "SENIOR GOVERNMENT OFFICIAL:") speaks for in its own turns, read
// by the one rule a spokesperson's "we" is read by (homeCountry): the group's own country, the
// page's government domain, the one named executive (officialsCountry); else the publisher's
// stated country (--outlet), the state body whose name alone makes a line of the transcript's
// header (headerBodyCountry: "THE WHITE HOUSE" / "Office of the Press Secretary" above a
// background call), the dateline's country when the article names it more than any other, or
// the state its own turns bind "we" to or name as the subject of their positions
// (answerSelfCountry). Officials briefing on background speak for their government as its
// spokesperson does (the White House's ground rules: "attributable to senior administration
// officials", i.e. to the administration), and CAMEO and PLOVER code a government speaking
// through its officials as that government (Schrodt 2012, CAMEO manual §1.2). Nil when none.
func OfficialsVoiceCountry(d *doc.Doc, sp *doc.Entity) *lexicon.Country {
	if c := actors.OfficialsCountry(d, sp); c != nil {
		return c
	}
	if _, c := d.OutletBody(); c != nil {
		return c
	}
	if c := headerBodyCountry(d); c != nil {
		return c
	}
	if c := actors.DatelineLeading(d, true); c != nil {
		return c
	}
	return answerSelfCountry(d, sp)
}

// headerBodyCountry is the stated country of the state body (a GOVERNMENT actor whose country
// the dictionary or the text gives, not a guess) whose name alone, after at most an article,
// makes one of the lines of the document's header: the sentences before its first turn, answer,
// question, moderator's turn or block, at most eight (the publication notice README's speakers
// section reads to its end). A page's letterhead names its issuer (Merriam-Webster,
// "letterhead"); the issuer of a government transcript is a body of that state. Nil when no such
// line, or when two lines give two states.
func headerBodyCountry(d *doc.Doc) *lexicon.Country {
	var one *lexicon.Country
	for i, st := range d.Sents {
		if i >= 8 || st.Unit != nil && st.Unit.Role != discourse.Narrative && st.Unit.Role != discourse.Titled {
			break
		}
		for _, mi := range d.BySent[i] {
			m := d.Mentions[mi]
			if m.Ent == nil || !headerWhole(st, m.Ts, m.Te) {
				continue
			}
			e := m.Ent.Final()
			if e.Kind != graph.Government || e.Country == nil || e.Guessed {
				continue
			}
			if one != nil && one != e.Country {
				return nil
			}
			one = e.Country
		}
	}
	return one
}

// headerWhole reports tokens [ts, te) as the whole of sentence st but for an article before them
// ("THE WHITE HOUSE") and punctuation after them.
func headerWhole(st *doc.Sent, ts, te int) bool {
	if ts == 1 && st.Toks[0].Lower != "the" || ts > 1 {
		return false
	}
	for k := te; k < len(st.Toks); k++ {
		if st.Toks[k].Kind == text.Word {
			return false
		}
	}
	return true
}
