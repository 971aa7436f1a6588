package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestNoStanceBlocks050 (events30a): PETRARCH2 files three verb blocks under 050 "engage in
// diplomatic cooperation" whose verbs are no stance towards their object: DISCLOSE (reveal,
// admit, confess: CAMEO 01 statements, the block's own markers [010]/[015]), COORDINATE
// (organize, coordinate with: CAMEO 06 material cooperation) and INFLUENCE (persuade,
// influence); cameo-types.txt rows 050@DISCLOSE and 050@INFLUENCE, and cue-classes.txt organize,
// orchestrate, integrate (the thing or group organized is no partner). Must-nots: a coded
// pattern of the block keeps its code (ADMIT * (AS MEMBER) [054]), coordinating with a partner
// keeps 050, and the 050 SUPPORT block is untouched.
func TestNoStanceBlocks050(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The newspaper revealed that the mayor had sold the land.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The minister admitted the plan had failed.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The mayor did not admit wrongdoing.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The union is organizing rallies in three provinces.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The party organized the teachers of the province.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The agency coordinates the transition.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The senator persuaded the donors to give more.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The lobby tried to influence the council's budget.", graph.Supports, "*", "*", "", false, anyMatch},
		// must-nots: a coded pattern of the block, and the SUPPORT block
		{"The council admitted Latvia as a member.", graph.Supports, "council", "Latvia", "", true, anyMatch},
		{"The farmers' union backed the governor.", graph.Supports, "union", "governor", "", true, anyMatch},
		{"Tunisia coordinated its position with Algeria.", graph.Supports, "Tunisia", "*", "", true, anyMatch},
	})
}

// TestClaimNoDisapproval (events30a): claim with an object or infinitive is OED claim v. "to
// demand or take as one's due" or "to assert" ("claimed the nomination", "claims to be a
// reformer"), no disapproval of the object; only allege says the content is a wrong
// (cue-classes.txt claim). Must-nots: allege keeps CAMEO 110, and the coded pattern CLAIM *
// VICTORY AGAINST + [111] is untouched.
func TestClaimNoDisapproval(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The governor claimed the nomination on Tuesday.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The challenger claimed momentum after the vote.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The mayor claims to be a reformer.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The defendant claimed self-defense.", graph.Opposes, "*", "*", "", false, anyMatch},
		// must-nots
		{"The prosecutor alleged fraud by the contractor.", graph.Opposes, "prosecutor", "fraud", "", true, anyMatch},
	})
}

// TestArgueDifferContrast (events30a): verbs of the VERBAL_CONFLICT block [110] in senses that
// oppose nothing named (cue-classes.txt): argue + that-clause or object is maintaining a claim
// (OED argue v.), and argue for is no opposition (advocacy or a circumstance); differ on a matter names the matter, not a
// party; contrast compares. Must-nots: argue against, differ with and disagree with keep 110.
func TestArgueDifferContrast(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The minister argued that the pipeline would fail.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The lawyer argued a dozen cases before the tribunal.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The two governors differed on immigration.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The premier contrasted her record with the rival's.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The mayor argued for a new tax on tourists.", graph.Opposes, "*", "*", "", false, anyMatch},
		// must-nots
		{"The mayor argued against the new tax.", graph.Opposes, "mayor", "tax", "", true, anyMatch},
		{"The senator differed with the governor.", graph.Opposes, "senator", "governor", "", true, anyMatch},
		{"The senator disagreed with the governor on taxes.", graph.Opposes, "senator", "governor", "", true, anyMatch},
	})
}

// TestRecognizeGreet (events30a): recognize is praise or recognition (CAMEO 051/054) only of a
// named actor or with an as-phrase; with a clause or a thing it is cognition (Quirk et al.
// 1985, 16.31). greet is a salutation, no praise (cue-classes.txt). Must-nots: recognizing a
// named state, recognizing someone as something, and praise.
func TestRecognizeGreet(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The minister recognized that the vote was lost.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The governor did not recognize the significance of the ruling.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The mayor greeted hundreds of voters in the square.", graph.Supports, "*", "*", "", false, anyMatch},
		// must-nots
		{"Sweden recognized Palestine in 2014.", graph.Supports, "Sweden", "Palestine", "", true, anyMatch},
		{"Norway greeted the truce plan as a first step toward peace.", graph.Supports, "Norway", "plan", "", true, anyMatch},
		{"The council recognized the rebels as the legitimate government.", graph.Supports, "council", "rebels", "", true, anyMatch},
		{"The mayor praised the firefighters.", graph.Supports, "mayor", "firefighters", "", true, anyMatch},
	})
}

// TestRefusalToComment (events30a): decline/refuse + an infinitive of a verb of communication
// (Levin 1993, 37) is a withheld comment, no rejection (cue-classes.txt). Must-nots: a refusal
// of another's demand or of an act keeps CAMEO 12.
func TestRefusalToComment(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The governor declined to comment on the report.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The aide declined to be identified.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The minister refused to speculate about the vote.", graph.Opposes, "*", "*", "", false, anyMatch},
		// must-nots
		{"The governor declined to sign the bill.", graph.Opposes, "governor", "*", "", true, anyMatch},
		{"The union refused to accept the offer.", graph.Opposes, "union", "*", "", true, anyMatch},
	})
}

// TestPreventRegretEncourageRally (events30a): prevent + an event opposes no party, preventing a named
// party keeps 120; regret + -ing is one's own act (Quirk et al. 1985, 16.40); encourage promotes
// an act (SUPPORTS) or, with object + to-infinitive, appeals (DEMANDS; Quirk 16.63); the other
// ENCOURAGE verbs (rouse, reassure, inspire) and holding a rally are no stance
// (cameo-types.txt 051@ENCOURAGE, 141@CONFINE).
func TestPreventRegretEncourageRally(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The new law will prevent further floods in the valley.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The senator regretted making those remarks.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The governor roused the crowd with a fiery speech.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The envoy sought to reassure the allies.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The candidate held a rally in the capital on Saturday.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The bishop encouraged the parishioners to vote.", graph.Demands, "bishop", "*", "", true, anyMatch},
		// must-nots
		{"The council encouraged the use of bicycles.", graph.Supports, "council", "use", "", true, anyMatch},
		{"The mayor regretted the court's decision.", graph.Opposes, "mayor", "decision", "", true, anyMatch},
		{"The senators tried to prevent Governor Lamb from closing the port.", graph.Opposes, "senators", "*", "", true, anyMatch},
		{"Farmers protested against the new tax.", graph.Opposes, "Farmers", "tax", "", true, anyMatch},
	})
}

// TestArgueForWithClause (events30a): a for-phrase beside argue is as often a circumstance
// ("argued for the third time that …") as the thing advocated: neither support nor opposition.
func TestArgueForWithClause(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The mayor argued for the third time that the tax was unfair.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The mayor argued for the third time that the tax was unfair.", graph.Opposes, "mayor", "time", "", false, anyMatch},
	})
}

// TestAgreeThat (events30a): agree + that-clause is assent to a proposition (OED agree v.), no
// support (cue-classes.txt). Must-nots: agree with a party, agree to an act.
func TestAgreeThat(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The two governors agreed that the reform was difficult.", graph.Supports, "*", "*", "", false, anyMatch},
		{"Most economists agree the deficit has grown.", graph.Supports, "*", "*", "", false, anyMatch},
		// must-nots
		{"The senator agreed with the governor.", graph.Supports, "senator", "governor", "", true, anyMatch},
		{"The union agreed to end the strike.", graph.Offers, "union", "*", "", true, anyMatch},
	})
}

// TestApologizeBotherLecture (events30a): apologize supports only the party apologized to (its
// to-phrase, CAMEO 055), not its own offence; bother + infinitive is taking the trouble; lecture on
// a topic is teaching (cue-classes.txt). Must-nots: apologizing to a party, lecturing a person.
func TestApologizeBotherLecture(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The senator apologized for his remarks.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The ministry made no apology for the raids.", graph.Supports, "*", "raids", "", false, anyMatch},
		{"The governor has not bothered to answer the letter.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The judge has lectured on antitrust law at the university.", graph.Opposes, "*", "*", "", false, anyMatch},
		// must-nots
		{"The senator apologized to the governor for his remarks.", graph.Supports, "senator", "governor", "", true, anyMatch},
		{"The president lectured the ministers about waste.", graph.Opposes, "president", "ministers", "", true, anyMatch},
	})
}

// TestAgreeThatShould (events30a): agree + a that-clause with a deontic, future or conditional
// modal is an agreement on a course of action (needs factual, factual.go), not mere assent, so
// the agree line that drops assent does not apply.
func TestAgreeThatShould(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Kenyan and Ugandan officials agreed that their countries should cooperate on the border.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"Most economists agree the deficit is large.", graph.Supports, "*", "*", "", false, anyMatch},
	})
	lx, sm := lexiconAndParser(t)
	toks := parsed(sm, "Kenyan and Ugandan officials agreed that their countries should cooperate on the border.")
	if len(lx.Match(toks)) == 0 {
		t.Errorf("agreed that … should cooperate: no match; want the agreement kept")
	}
}
