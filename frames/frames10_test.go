package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestApprovalOfMeasure (issue 13, frames10): a verb of approval whose object names a coercive
// measure or act ("supports sanctions against", "backs a military intervention") approves that
// measure (PLOVER SUPPORT "approve policy, action"); the dictionary's pattern codes the measure's
// own event (SUPPORT * SANCTIONS 1312, THREATEN), which the subject does not commit to.
func TestApprovalOfMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Denmark supports targeted sanctions against the militia leaders.", graph.Supports, "Denmark", "sanctions", "", true, onlyAsserted | ruleKnown},
		{"Denmark supports targeted sanctions against the militia leaders.", graph.Threatens, "Denmark", "*", "", false, onlyAsserted | ruleKnown},
		{"Austria backed tougher sanctions on the regime.", graph.Supports, "Austria", "sanctions", "", true, onlyAsserted | ruleKnown},
		{"Austria backed tougher sanctions on the regime.", graph.Threatens, "Austria", "*", "", false, onlyAsserted | ruleKnown},
		{"Chad endorsed a military intervention in the north.", graph.Supports, "Chad", "intervention", "", true, onlyAsserted | ruleKnown},
		{"Chad endorsed a military intervention in the north.", graph.Threatens, "Chad", "*", "", false, onlyAsserted | ruleKnown},
		// a particle sense keeps its pattern: "backed down" is a concession, no approval
		{"Chad backed down from its demands.", graph.Supports, "Chad", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestCannotAssent (issue 13, frames10): "cannot accept", "could not endorse": a verb of assent
// (modality.txt assent) under a negated modal of ability is a refusal (PLOVER REJECT "refuse to
// assent"), as "will not accept" is; a material act under it stays inability.
func TestCannotAssent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Uruguay cannot accept the new import quotas.", graph.Opposes, "Uruguay", "quotas", "", true, onlyAsserted | ruleKnown},
		{"Latvia could not accept the revised budget.", graph.Opposes, "Latvia", "budget", "", true, onlyAsserted | ruleKnown},
		{"Peru can't endorse the final declaration.", graph.Opposes, "Peru", "declaration", "", true, onlyAsserted | ruleKnown},
		{"Uruguay cannot accept the new import quotas.", graph.Offers, "Uruguay", "*", "", false, onlyAsserted | ruleKnown},
		// controls: the will-future refusal, and inability to give aid (a material act)
		{"Latvia will not accept the revised budget.", graph.Opposes, "Latvia", "budget", "", true, onlyAsserted | ruleKnown},
		{"Malawi cannot provide more aid to the refugees.", graph.Opposes, "Malawi", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestVoteOn (issue 13, frames10): "vote on" a measure puts it to a decision (CAMEO.2.0.txt VOTE
// * (ON CHANGES) [014], consider a policy option) and is no offer, announced or not; the vote's
// direction is the stance.
func TestVoteOn(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The senate will vote on the water treaty in June.", graph.Offers, "senate", "*", "", false, onlyAsserted | ruleKnown},
		{"The assembly is expected to vote on the budget in May.", graph.Offers, "assembly", "*", "", false, onlyAsserted | ruleKnown},
		{"The assembly voted on the budget on Friday.", graph.Offers, "assembly", "*", "", false, onlyAsserted | ruleKnown},
		// controls: the direction of a vote
		{"The assembly voted for the water treaty.", graph.Supports, "assembly", "treaty", "", true, onlyAsserted | ruleKnown},
		{"The assembly voted against the water treaty.", graph.Opposes, "assembly", "treaty", "", true, onlyAsserted | ruleKnown},
	})
}

// TestReportedWarning (issue 13, frames10): a verb of saying whose content clause says that an
// act of another would or will carry repercussions (CAMEO.2.0.txt WARN * CONSEQUENCES, * (OF
// RESPONSE), * {SEVERE REPRISALS}: 130) warns of them, a threat (PLOVER THREATEN "coercive or
// forceful warnings with serious potential repercussions"); a clause without the modal, or about
// the speaker's own act, is none.
func TestReportedWarning(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Greece told Ankara that any incursion would have grave consequences.", graph.Threatens, "Greece", "*", "", true, onlyAsserted | ruleKnown},
		{"Vietnam has made clear to Beijing that any further drilling will bring a firm response.", graph.Threatens, "Vietnam", "*", "", true, onlyAsserted | ruleKnown},
		{"Japan said further missile launches would trigger severe reprisals.", graph.Threatens, "Japan", "*", "", true, onlyAsserted | ruleKnown},
		// controls: a past fact, and a speaker's own hardship
		{"Greece said the incursion had grave consequences.", graph.Threatens, "Greece", "*", "", false, onlyAsserted | ruleKnown},
		{"Greece said it would face grave consequences.", graph.Threatens, "Greece", "*", "", false, onlyAsserted | ruleKnown},
		// a definite subject: a forecast of an event's effects, not a warning of an act
		{"The bank said the reforms would have positive consequences.", graph.Threatens, "bank", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestExtendAid (issue 13, frames10): "extend" with an object naming aid of a kind the
// dictionary's EXTEND patterns do not list ("emergency aid", "assistance") provides it, CAMEO
// 070 (cue-classes.txt); the listed kinds keep their patterns.
func TestExtendAid(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Norway extended emergency aid to Malawi.", graph.Offers, "Norway", "aid", "", true, onlyAsserted | ruleKnown},
		{"Korea will extend emergency assistance to Fiji.", graph.Offers, "Korea", "assistance", "", true, onlyAsserted | ruleKnown},
		{"Korea has decided to extend a grant to Fiji.", graph.Offers, "Korea", "grant", "", true, onlyAsserted | ruleKnown},
		{"Norway extended economic aid to Malawi.", graph.Offers, "Norway", "aid", "", true, onlyAsserted | ruleKnown},
		// control: extending a deadline or a ban is no aid
		{"Norway extended the deadline for Malawi.", graph.Offers, "Norway", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestCannotAgreeOn (issue 13, frames10): "could not agree on" is a failure of parties to reach
// agreement, no refusal (agree is not in modality.txt assent).
func TestCannotAgreeOn(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The committee could not agree on a date.", graph.Opposes, "committee", "*", "", false, onlyAsserted | ruleKnown},
	})
}
