package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestJoinedAgent (args32, coagent.go): the object of "join" (OED "to take part with (a person)
// in some action") is an agent of the in-gerund's act as well as the subject, also through a
// with-phrase. Must-nots: a first-person object of an appeal ("join us in opposing") is no agent
// of a done act, and a time phrase or a gerund with no "in" adds no one.
func TestJoinedAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The mayor is joining Governor Smith in calling for a special prosecutor.", graph.Demands, "Smith", "prosecutor", "frames:verb-adjunct", true, anyMatch},
		{"The mayor is joining Governor Smith in calling for a special prosecutor.", graph.Demands, "mayor", "prosecutor", "frames:verb-adjunct", true, anyMatch},
		{"The mayor joined with the unions in opposing the new tax.", graph.Opposes, "unions", "tax", "frames:verb-adjunct", true, anyMatch},
		// must-nots
		{"We call on other firms to join us in opposing the new tax.", graph.Opposes, "us", "*", "", false, anyMatch},
		{"The mayor joined the council in 2010, calling for a special prosecutor.", graph.Demands, "council", "*", "", false, anyMatch},
		{"The mayor met the unions before opposing the new tax.", graph.Opposes, "unions", "*", "", false, anyMatch},
	})
}

// TestDefendedComment (args32, cue-classes.txt defend): remarks, a statement or a decision
// defended is CAMEO 052 "defend verbally" (SUPPORTS), as CAMEO.2.0.txt codes DEFEND * COMMENT.
// Must-not: a place defended is the block's military protection, no stance.
func TestDefendedComment(t *testing.T) {
	checkMatches(t, []matchCase{
		{"He defended Smith's remarks on trade when the senator came under attack last year.", graph.Supports, "He", "remarks", "class/verb/defend", true, anyMatch},
		{"The governor defended the minister's statements on the budget.", graph.Supports, "governor", "statements", "class/verb/defend", true, anyMatch},
		{"The governor defended the minister's statements on the budget.", graph.Offers, "governor", "*", "", false, anyMatch},
		// must-not
		{"The army defended the city.", graph.Supports, "army", "*", "", false, anyMatch},
	})
}

// TestSeriesConjunct (args32, seriesconj.go): a finite verb of a series of predicates that the
// parser hung on the object before it shares the series' subject (Quirk et al. 1985, 13.5,
// 13.57), also after a non-restrictive relative clause. Must-nots: a passive participle on the
// object stays its modifier, and a name in apposition between them keeps the reading it had.
func TestSeriesConjunct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Smith has criticized the plan, urged the council to reject it and threatened to sue.", graph.Demands, "Smith", "council", "frames:verb-conj", true, anyMatch},
		{"Smith has criticized the plan, urged the council to reject it and threatened to sue.", graph.Demands, "plan", "*", "", false, anyMatch},
		{"Smith, who criticized the plan, also called for a new vote.", graph.Demands, "Smith", "vote", "", true, anyMatch},
		{"Smith, who criticized the plan, also called for a new vote.", graph.Demands, "plan", "*", "", false, anyMatch},
		// must-nots
		{"He cited the report, published by the ministry on Monday, and urged calm.", graph.Demands, "ministry", "*", "", false, anyMatch},
		{"The county board adopted a rule that would close every night shelter; Gov. Mary Smith, who opposes closures, vetoed the rule because she said it was cruel.", graph.Opposes, "board", "rule", "", false, anyMatch},
	})
}

// TestNotOnly (args32, notonly.go): the "not" of the correlative "not only … but (also)" negates
// nothing (Quirk et al. 1985, 13.42; Huddleston & Pullum 2002, 15.2.5). Must-nots: a plain "not",
// and "not" before "but" with no "only", still negate.
func TestNotOnly(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Smith not only criticized the plan but also urged the council to reject it.", graph.Opposes, "Smith", "plan", "", true, onlyUnnegated},
		{"Not only did Smith criticize the plan, but he also urged the council to reject it.", graph.Opposes, "Smith", "plan", "", true, onlyUnnegated},
		// must-nots
		{"Smith did not criticize the plan.", graph.Opposes, "Smith", "plan", "", false, onlyUnnegated},
		{"Smith did not criticize the plan but praised the mayor.", graph.Opposes, "Smith", "plan", "", false, onlyUnnegated},
	})
}
