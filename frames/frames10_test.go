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
	checkFrames8(t, []frames8Case{
		{"Denmark supports targeted sanctions against the militia leaders.", graph.Supports, "Denmark", true, "sanctions"},
		{"Denmark supports targeted sanctions against the militia leaders.", graph.Threatens, "Denmark", false, ""},
		{"Austria backed tougher sanctions on the regime.", graph.Supports, "Austria", true, "sanctions"},
		{"Austria backed tougher sanctions on the regime.", graph.Threatens, "Austria", false, ""},
		{"Chad endorsed a military intervention in the north.", graph.Supports, "Chad", true, "intervention"},
		{"Chad endorsed a military intervention in the north.", graph.Threatens, "Chad", false, ""},
		// a particle sense keeps its pattern: "backed down" is a concession, no approval
		{"Chad backed down from its demands.", graph.Supports, "Chad", false, ""},
	})
}

// TestCannotAssent (issue 13, frames10): "cannot accept", "could not endorse": a verb of assent
// (modality.txt assent) under a negated modal of ability is a refusal (PLOVER REJECT "refuse to
// assent"), as "will not accept" is; a material act under it stays inability.
func TestCannotAssent(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Uruguay cannot accept the new import quotas.", graph.Opposes, "Uruguay", true, "quotas"},
		{"Latvia could not accept the revised budget.", graph.Opposes, "Latvia", true, "budget"},
		{"Peru can't endorse the final declaration.", graph.Opposes, "Peru", true, "declaration"},
		{"Uruguay cannot accept the new import quotas.", graph.Offers, "Uruguay", false, ""},
		// controls: the will-future refusal, and inability to give aid (a material act)
		{"Latvia will not accept the revised budget.", graph.Opposes, "Latvia", true, "budget"},
		{"Malawi cannot provide more aid to the refugees.", graph.Opposes, "Malawi", false, ""},
	})
}

// TestVoteOn (issue 13, frames10): "vote on" a measure puts it to a decision (CAMEO.2.0.txt VOTE
// * (ON CHANGES) [014], consider a policy option) and is no offer, announced or not; the vote's
// direction is the stance.
func TestVoteOn(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"The senate will vote on the water treaty in June.", graph.Offers, "senate", false, ""},
		{"The assembly is expected to vote on the budget in May.", graph.Offers, "assembly", false, ""},
		{"The assembly voted on the budget on Friday.", graph.Offers, "assembly", false, ""},
		// controls: the direction of a vote
		{"The assembly voted for the water treaty.", graph.Supports, "assembly", true, "treaty"},
		{"The assembly voted against the water treaty.", graph.Opposes, "assembly", true, "treaty"},
	})
}

// TestReportedWarning (issue 13, frames10): a verb of saying whose content clause says that an
// act of another would or will carry repercussions (CAMEO.2.0.txt WARN * CONSEQUENCES, * (OF
// RESPONSE), * {SEVERE REPRISALS}: 130) warns of them, a threat (PLOVER THREATEN "coercive or
// forceful warnings with serious potential repercussions"); a clause without the modal, or about
// the speaker's own act, is none.
func TestReportedWarning(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Greece told Ankara that any incursion would have grave consequences.", graph.Threatens, "Greece", true, ""},
		{"Vietnam has made clear to Beijing that any further drilling will bring a firm response.", graph.Threatens, "Vietnam", true, ""},
		{"Japan said further missile launches would trigger severe reprisals.", graph.Threatens, "Japan", true, ""},
		// controls: a past fact, and a speaker's own hardship
		{"Greece said the incursion had grave consequences.", graph.Threatens, "Greece", false, ""},
		{"Greece said it would face grave consequences.", graph.Threatens, "Greece", false, ""},
		// a definite subject: a forecast of an event's effects, not a warning of an act
		{"The bank said the reforms would have positive consequences.", graph.Threatens, "bank", false, ""},
	})
}

// TestExtendAid (issue 13, frames10): "extend" with an object naming aid of a kind the
// dictionary's EXTEND patterns do not list ("emergency aid", "assistance") provides it, CAMEO
// 070 (cue-classes.txt); the listed kinds keep their patterns.
func TestExtendAid(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Norway extended emergency aid to Malawi.", graph.Offers, "Norway", true, "aid"},
		{"Korea will extend emergency assistance to Fiji.", graph.Offers, "Korea", true, "assistance"},
		{"Korea has decided to extend a grant to Fiji.", graph.Offers, "Korea", true, "grant"},
		{"Norway extended economic aid to Malawi.", graph.Offers, "Norway", true, "aid"},
		// control: extending a deadline or a ban is no aid
		{"Norway extended the deadline for Malawi.", graph.Offers, "Norway", false, ""},
	})
}

// TestCannotAgreeOn (issue 13, frames10): "could not agree on" is a failure of parties to reach
// agreement, no refusal (agree is not in modality.txt assent).
func TestCannotAgreeOn(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"The committee could not agree on a date.", graph.Opposes, "committee", false, ""},
	})
}
