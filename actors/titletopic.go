package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// topicPreps join a statement's heading to its topic: "Statement by Foreign Minister X on the
// arrests in Armenia" (Quirk et al. 1985, 9.61, prepositions of subject matter).
var topicPreps = lexicon.WordClass("topicpreps") // data/wordclasses/topicpreps.txt

// TitleTopicCountry reports whether country c is named in the topic phrase of the document's
// title speaker heading: the heading discourse marks title:speaker ("Statement by <office> <Name>
// on <events> in <country>"; the document's first sentence or a furniture paragraph), a country,
// demonym or capital of c after the heading's first topic preposition and before a comma (a
// title's place-and-date tail, "…, Beijing, 3 May 2026", names where it is issued). A statement is about its topic; the state it
// names there is the one addressed or described, never by that alone the issuer's (Quirk et al.
// 1985, 9.61; the convention of foreign ministries' statements on events abroad). So the
// article's one named country is no guess of the heading's office (titleCountry), and no later
// step may give the office's body or holder that country unguessed on its strength.
func TitleTopicCountry(d *doc.Doc, c *lexicon.Country) bool {
	if c == nil {
		return false
	}
	for _, st := range d.Sents {
		if st.Unit == nil || st.Unit.Rule != "title:speaker" || !st.Unit.Furniture && st.Idx != 0 {
			continue
		}
		topic := -1
		for i, t := range st.Toks {
			if topicPreps.Has(t.Lower) && i > 0 {
				topic = i
				break
			}
		}
		if topic < 0 {
			continue
		}
		for i := topic + 1; i < len(st.Toks); i++ {
			if st.Toks[i].Text == "," {
				break // "… on the Fishing Dispute, Beijing, 3 May 2026": the heading's place line, not its topic
			}
			if !st.Toks[i].Cap {
				continue
			}
			if em, ok := MatchNamesEndingAt(d, st, i); ok && em.country == c {
				return true
			}
		}
	}
	return false
}
