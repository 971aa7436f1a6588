package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestParticleBeforeObject (issue 13, concede20 K1/K2): the particle of a phrasal verb the
// dictionary lists, read by the parser as a preposition before the object ("called [off the
// strike]"), is the verb's particle and the noun its object (Quirk et al. 1985, 16.4), so the
// verb–object patterns apply: CANCEL "- * STRIKE" (a strike called off is given up, CAMEO 08),
// not CALL_OFF's bare default [160]; brush aside/off over a statement is a rejection (CAMEO 12,
// cue-classes.txt). Near misses: a verb the dictionary lists with no such particle keeps its
// prepositional phrase ("ran off the road"), brushing aside a thing is no rejection, and talks
// called off stay CALL_OFF's reduction of relations.
func TestParticleBeforeObject(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The dockworkers called off the strike.", graph.Offers, "dockworkers", "strike", "", true, onlyAsserted},
		{"The dockworkers called off the strike.", graph.Sanctions, "dockworkers", "strike", "", false, onlyAsserted},
		{"The Iranian foreign minister brushed aside the criticism.", graph.Opposes, "minister", "criticism", "", true, onlyAsserted},
		{"Pyongyang brushed off the warnings from Seoul.", graph.Opposes, "Pyongyang", "warnings", "", true, onlyAsserted},
		{"The senator brushed aside the allegations.", graph.Opposes, "senator", "allegations", "", true, onlyAsserted},
		// near misses
		{"The guard brushed aside the branches.", graph.Opposes, "guard", "*", "", false, onlyAsserted},
		{"The convoy ran off the road.", graph.Opposes, "convoy", "*", "", false, onlyAsserted},
		{"The convoy ran off the road.", graph.Offers, "convoy", "*", "", false, onlyAsserted},
		{"The ministry called off the talks.", graph.Offers, "ministry", "*", "", false, onlyAsserted},
	})
}

// TestDissentCalledOff (issue 13, concede20 K1): a verb of ending (modality.txt reversal, with
// the phrasal call_off) over the subject's own act of dissent (modality.txt dissent: CAMEO 14's
// strike, demonstration, march, rally) is CAMEO 082 "ease political dissent", PLOVER CONCEDE,
// OFFERS — not CALL_OFF's bare [160] reduction of relations; a protest noun that is a cue of its
// own is retracted through its noun frame. Near misses: another party's strike ended by a court,
// a demonstration ended by force, a plain reversal over a thing that is no dissent.
func TestDissentCalledOff(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The workers called off the demonstration.", graph.Offers, "workers", "demonstration", "", true, onlyAsserted},
		{"The workers called off the demonstration.", graph.Sanctions, "workers", "*", "", false, onlyAsserted},
		{"The farmers called off their rally.", graph.Offers, "farmers", "rally", "", true, onlyAsserted},
		{"Opposition parties called off their protest.", graph.Offers, "parties", "protest", "", true, onlyAsserted},
		{"Opposition parties called off their protest.", graph.Opposes, "their", "*", "", false, onlyAsserted},
		{"The nurses have suspended their walkout.", graph.Offers, "nurses", "walkout", "", true, onlyAsserted},
		// near misses
		{"The court suspended the dockers' strike.", graph.Offers, "court", "*", "", false, onlyAsserted},
		{"Police ended the demonstration by force.", graph.Offers, "Police", "*", "", false, onlyAsserted},
		{"The workers ended the shift.", graph.Offers, "workers", "*", "", false, onlyAsserted},
		{"The ministry called off the talks.", graph.Offers, "ministry", "*", "", false, onlyAsserted},
	})
}

// TestSuspendedMembership (issue 13, concede20 K3): a body suspending a member's membership or
// participation (cue-classes.txt suspend; CAMEO 16, PLOVER SANCTION) sanctions the member its
// genitive or of-phrase names (modality.txt membership; Quirk et al. 1985, 17.40), not the
// membership, and not the cause in the over-phrase. Near misses: a pronoun genitive is left as
// it is ("its membership": the noun stays the target), and a membership granted is no sanction.
func TestSuspendedMembership(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The African Union suspended Niger's membership over the coup.", graph.Sanctions, "Union", "Niger", "", true, onlyAsserted},
		{"The Commonwealth suspended the membership of Fiji.", graph.Sanctions, "Commonwealth", "Fiji", "", true, onlyAsserted},
		{"The Arab League has suspended Syria's participation in its meetings.", graph.Sanctions, "League", "Syria", "", true, onlyAsserted},
		{"The African Union suspended the membership of Guinea after the coup.", graph.Sanctions, "Union", "Guinea", "", true, onlyAsserted},
		// near misses
		{"The African Union suspended Niger's membership over the coup.", graph.Sanctions, "Union", "coup", "", false, onlyAsserted},
		{"The bloc suspended its membership fees.", graph.Sanctions, "bloc", "*", "", false, onlyAsserted},
		{"The African Union granted Morocco's membership.", graph.Sanctions, "Union", "*", "", false, onlyAsserted},
	})
}

// TestRefusedUnless (issue 13, concede20 K2): "refused to V unless P" refuses V and, since "not V
// unless P" is "V only if P" (Quirk et al. 1985, 15.36), demands P of the unless clause's
// subject, as a negated commitment on an unless condition does (unlessDemands; CAMEO 10, PLOVER
// DEMAND). Near misses: a refusal with no unless clause, and a refusal to comment.
func TestRefusedUnless(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Hamas refused to release the hostages unless Israel ends the war.", graph.Demands, "Hamas", "Israel", "", true, onlyAsserted},
		{"Hamas refused to release the hostages unless Israel ends the war.", graph.Opposes, "Hamas", "release", "", true, onlyAsserted},
		{"The Taliban refused to hand over the suspects unless Washington provides evidence.", graph.Demands, "Taliban", "Washington", "", true, onlyAsserted},
		// near misses
		{"Hamas refused to release the hostages.", graph.Demands, "Hamas", "*", "", false, onlyAsserted},
		{"The minister refused to comment unless asked.", graph.Demands, "minister", "*", "", false, onlyAsserted},
	})
}
