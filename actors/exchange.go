package actors

import (
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// exchangeOf is the question-and-answer exchange of sentence s in a transcript: the index of the
// last question turn (discourse.Question, "Q:" or a questioner's label) at or before s, or -1
// before the first question and in a text with no question turns. Each question sets the topic
// of its exchange, and a description alone ("relevant parties", "all sides") refers by the
// situation its exchange sets up (Quirk et al. 1985, 5.30-5.33 on situational reference of
// the definite description), so it names different parties under different questions.
func exchangeOf(d *doc.Doc, s int) int {
	if s >= len(d.Sents) {
		s = len(d.Sents) - 1
	}
	for k := s; k >= 0; k-- {
		if u := d.Sents[k].Unit; u != nil && u.Role == discourse.Question && u.Index >= 0 {
			return u.Index
		}
	}
	return -1
}

// exchangeScope is the local scope of a group named by a description alone in exchange x of the
// article: its identity holds within one question and its answer (exchangeOf).
func exchangeScope(articleID string, x int) string {
	return "article:" + articleID + "/exchange:" + strconv.Itoa(x)
}

// ExchangeLocal reports whether scope is one exchange's (exchangeScope): such a group is not
// joined with the article's other groups of its name.
func ExchangeLocal(scope string) bool {
	return strings.Contains(scope, "/exchange:")
}

// SplitExchanges gives a group named by a description alone (rule group:unnamed, no country,
// not local yet) one entity per question-and-answer exchange of a transcript its mentions fall
// in (exchangeOf): the mentions of the first exchange keep the entity, each other exchange's
// take a copy of it, local to that exchange (exchangeScope). Mentions before the first question
// keep the article's scope, and the relations made so far follow their sentence's exchange. It
// returns ents with the copies added. A group that speaks a turn of the transcript ("SENIOR
// ADMINISTRATION OFFICIAL:", turnSpeaker) is one of the event's own participants, the same
// under every question, and is left whole.
func SplitExchanges(d *doc.Doc, ents []*doc.Entity) []*doc.Entity {
	var out []*doc.Entity
	for _, e := range ents {
		if e.Kind != graph.Group || e.Country != nil || e.Rule != "group:unnamed" || e.LocalScope != "" || e.Merged != nil || TurnSpeaker(d, e) {
			continue
		}
		byX := map[int]*doc.Entity{}
		first := true
		for _, m := range d.Mentions {
			if m.Ent == nil || m.Ent.Final() != e {
				continue
			}
			x := exchangeOf(d, m.Sent)
			g, ok := byX[x]
			if !ok {
				if first {
					g = e
				} else {
					c := *e
					c.Aliases = append([]string(nil), e.Aliases...)
					c.Roles = append(e.Roles[:0:0], e.Roles...)
					g = &c
					d.Ents = append(d.Ents, g)
					out = append(out, g)
				}
				first = false
				if x >= 0 {
					g.LocalScope = exchangeScope(d.C.Article.ID, x)
				}
				byX[x] = g
			}
			m.Ent = g
		}
		if len(byX) < 2 {
			e.LocalScope = "" // one exchange: the article's scope (codes_assign.go), as before
			continue
		}
		// the relations made before the codes stage follow their sentence's exchange
		for _, r := range d.AllRels() {
			if g := byX[exchangeOf(d, r.Sent)]; g != nil && r.Src != nil && r.Src.Final() == e {
				r.Src = g
			}
			if g := byX[exchangeOf(d, r.Sent)]; g != nil && r.Tgt != nil && r.Tgt.Final() == e {
				r.Tgt = g
			}
		}
	}
	return append(ents, out...)
}

// TurnSpeaker reports whether e speaks a turn or block of the document: the speaker its label
// or lead-in names (unitSpeaker, resolved by the claims stage into d.speakers).
func TurnSpeaker(d *doc.Doc, e *doc.Entity) bool {
	for _, sp := range d.Speakers {
		if sp != nil && sp.Final() == e {
			return true
		}
	}
	return false
}
