package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// concede20Case is one sentence with the relation it must (want) or must not give.
type concede20Case struct {
	text string
	typ  graph.RelType
	src  string
	tgt  string
	want bool
}

func checkConcede20(t *testing.T, cases []concede20Case) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == c.typ && m.Asserts() && form(toks, m.Source) == c.src && (c.tgt == "*" || form(toks, m.Target) == c.tgt) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s→%s: want %v;%s", c.text, c.typ, c.src, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestParticleBeforeObject (issue 13, concede20 K1/K2): the particle of a phrasal verb the
// dictionary lists, read by the parser as a preposition before the object ("called [off the
// strike]"), is the verb's particle and the noun its object (Quirk et al. 1985, 16.4), so the
// verb–object patterns apply: CANCEL "- * STRIKE" (a strike called off is given up, CAMEO 08),
// not CALL_OFF's bare default [160]; brush aside/off over a statement is a rejection (CAMEO 12,
// cue-classes.txt). Near misses: a verb the dictionary lists with no such particle keeps its
// prepositional phrase ("ran off the road"), brushing aside a thing is no rejection, and talks
// called off stay CALL_OFF's reduction of relations.
func TestParticleBeforeObject(t *testing.T) {
	checkConcede20(t, []concede20Case{
		{"The dockworkers called off the strike.", graph.Offers, "dockworkers", "strike", true},
		{"The dockworkers called off the strike.", graph.Sanctions, "dockworkers", "strike", false},
		{"The Iranian foreign minister brushed aside the criticism.", graph.Opposes, "minister", "criticism", true},
		{"Pyongyang brushed off the warnings from Seoul.", graph.Opposes, "Pyongyang", "warnings", true},
		{"The senator brushed aside the allegations.", graph.Opposes, "senator", "allegations", true},
		// near misses
		{"The guard brushed aside the branches.", graph.Opposes, "guard", "*", false},
		{"The convoy ran off the road.", graph.Opposes, "convoy", "*", false},
		{"The convoy ran off the road.", graph.Offers, "convoy", "*", false},
		{"The ministry called off the talks.", graph.Offers, "ministry", "*", false},
	})
}

// TestDissentCalledOff (issue 13, concede20 K1): a verb of ending (modality.txt reversal, with
// the phrasal call_off) over the subject's own act of dissent (modality.txt dissent: CAMEO 14's
// strike, demonstration, march, rally) is CAMEO 082 "ease political dissent", PLOVER CONCEDE,
// OFFERS — not CALL_OFF's bare [160] reduction of relations; a protest noun that is a cue of its
// own is retracted through its noun frame. Near misses: another party's strike ended by a court,
// a demonstration ended by force, a plain reversal over a thing that is no dissent.
func TestDissentCalledOff(t *testing.T) {
	checkConcede20(t, []concede20Case{
		{"The workers called off the demonstration.", graph.Offers, "workers", "demonstration", true},
		{"The workers called off the demonstration.", graph.Sanctions, "workers", "*", false},
		{"The farmers called off their rally.", graph.Offers, "farmers", "rally", true},
		{"Opposition parties called off their protest.", graph.Offers, "parties", "protest", true},
		{"Opposition parties called off their protest.", graph.Opposes, "their", "*", false},
		{"The nurses have suspended their walkout.", graph.Offers, "nurses", "walkout", true},
		// near misses
		{"The court suspended the dockers' strike.", graph.Offers, "court", "*", false},
		{"Police ended the demonstration by force.", graph.Offers, "Police", "*", false},
		{"The workers ended the shift.", graph.Offers, "workers", "*", false},
		{"The ministry called off the talks.", graph.Offers, "ministry", "*", false},
	})
}

// TestSuspendedMembership (issue 13, concede20 K3): a body suspending a member's membership or
// participation (cue-classes.txt suspend; CAMEO 16, PLOVER SANCTION) sanctions the member its
// genitive or of-phrase names (modality.txt membership; Quirk et al. 1985, 17.40), not the
// membership, and not the cause in the over-phrase. Near misses: a pronoun genitive is left as
// it is ("its membership": the noun stays the target), and a membership granted is no sanction.
func TestSuspendedMembership(t *testing.T) {
	checkConcede20(t, []concede20Case{
		{"The African Union suspended Niger's membership over the coup.", graph.Sanctions, "Union", "Niger", true},
		{"The Commonwealth suspended the membership of Fiji.", graph.Sanctions, "Commonwealth", "Fiji", true},
		{"The Arab League has suspended Syria's participation in its meetings.", graph.Sanctions, "League", "Syria", true},
		{"The African Union suspended the membership of Guinea after the coup.", graph.Sanctions, "Union", "Guinea", true},
		// near misses
		{"The African Union suspended Niger's membership over the coup.", graph.Sanctions, "Union", "coup", false},
		{"The bloc suspended its membership fees.", graph.Sanctions, "bloc", "*", false},
		{"The African Union granted Morocco's membership.", graph.Sanctions, "Union", "*", false},
	})
}

// TestRefusedUnless (issue 13, concede20 K2): "refused to V unless P" refuses V and, since "not V
// unless P" is "V only if P" (Quirk et al. 1985, 15.36), demands P of the unless clause's
// subject, as a negated commitment on an unless condition does (unlessDemands; CAMEO 10, PLOVER
// DEMAND). Near misses: a refusal with no unless clause, and a refusal to comment.
func TestRefusedUnless(t *testing.T) {
	checkConcede20(t, []concede20Case{
		{"Hamas refused to release the hostages unless Israel ends the war.", graph.Demands, "Hamas", "Israel", true},
		{"Hamas refused to release the hostages unless Israel ends the war.", graph.Opposes, "Hamas", "release", true},
		{"The Taliban refused to hand over the suspects unless Washington provides evidence.", graph.Demands, "Taliban", "Washington", true},
		// near misses
		{"Hamas refused to release the hostages.", graph.Demands, "Hamas", "*", false},
		{"The minister refused to comment unless asked.", graph.Demands, "minister", "*", false},
	})
}
