package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestFalsityDenies (issue 13, modal23): a subject clause, extraposed or not, of an adjective of
// falsity ("false", "untrue", "baseless") or of a negated truth adjective ("not true") is denied
// (Quirk et al. 1985, 18.33, 10.55; modality.txt falsity, truth): its act is not the subject's
// own. A truth adjective without negation, and an adjective of other meaning negated ("not
// surprising"), leave the act asserted.
func TestFalsityDenies(t *testing.T) {
	checkNegated(t, []negCase{
		{"It is untrue that Ghana expelled the Togolese diplomats.", graph.Sanctions, "Ghana", false, false},
		// near misses: the clause stays asserted
		{"It is true that Peru expelled the Chilean envoy.", graph.Sanctions, "Peru", false, true},
		{"It is not surprising that Peru expelled the Chilean envoy.", graph.Sanctions, "Peru", false, true},
	})

	knownParserMiss(t, "it nsubj of true/false and the extraposed that-clause ccomp of said (UD it expl, the clause csubj of the adjective)", func(tb testing.TB) {
		checkNegated(tb, []negCase{
			{"Officials said it was not true that Peru had expelled the Chilean envoy.", graph.Sanctions, "Peru", false, false},
			{"The ministry said it was false that Laos had expelled the Thai envoy.", graph.Sanctions, "Laos", false, false},
		})
	})
}

// TestPostposedObjectDenial (issue 13, modal23): "dismissed as baseless reports that …" puts the
// heavy object after its as-complement (Quirk et al. 1985, 18.36, 16.47; postposedObject): the
// report noun is the object — CAMEO.2.0.txt DISMISS * REPORT/CLAIM is 016 "deny", none of our
// types — and the clause is that report's content, not asserted, and not what the denier
// opposes. With the object in place the verb keeps its reading.
func TestPostposedObjectDenial(t *testing.T) {
	checkNegated(t, []negCase{
		{"Canada dismissed as baseless reports that it had expelled Cuban diplomats.", graph.Opposes, "Canada", false, false},
		{"Mexico dismissed as groundless claims that Peru had expelled its envoy.", graph.Opposes, "Mexico", false, false},
		{"Mexico dismissed as groundless claims that Peru had expelled its envoy.", graph.Sanctions, "Peru", false, false},
		// near miss: the object before its complement is read as before
		{"Chile dismissed as a formality the vote in the assembly.", graph.Opposes, "Chile", false, true},
	})
}

// TestCitedCompoundHead (issue 13, modal23 class 3): ", citing a European Commission ruling"
// parsed as a clause "[a European Commission] ruling" — a gerund of a citable noun's form with
// nothing of a clause but its subject — is the noun phrase cited (Quirk et al. 1985, 17.104;
// compoundHeadClause). A real clause ("citing Peru ruling out talks") is not made a noun.
func TestCitedCompoundHead(t *testing.T) {
	checkArgs(t, []argCase{
		{"Italy halted the sale, citing a European Commission ruling.", graph.Cites, "Italy", "ruling", true},
		{"Poland said Chile was wrong, citing Peru ruling out talks.", graph.Cites, "Poland", "ruling", false},
	})

	knownParserMiss(t, "Commission obj of citing and ruling VBG xcomp (ruling VBG in both pairs; the old shape, Commission nsubj of ruling, is the one compoundHeadClause repairs)", func(tb testing.TB) {
		checkArgs(tb, []argCase{
			{"Poland refused the shipment, citing a European Commission ruling.", graph.Cites, "Poland", "ruling", true},
		})
	})
}

// TestAnnouncedActionAgainst (issue 13, modal23 class 1): a light verb with a general noun of
// acting (modality.txt act), announced (will, would), aimed at a party by an against-phrase or
// by the named agent of its if/unless clause, is a threat (CAMEO.2.0.txt PLEDGE/PROMISE/CONSIDER
// * ACTION against [130]; PLOVER THREATEN). Near misses: against no party, a purpose instead of a
// party, and the act reported as done.
func TestAnnouncedActionAgainst(t *testing.T) {
	checkNegated(t, []negCase{
		{"Turkey will take steps against Greece if the drilling continues.", graph.Threatens, "Turkey", false, true},
		{"Iran said it would take action against any ship that entered its waters.", graph.Threatens, "it", false, true},
		{"Turkey said it would take steps if Greece continued the drilling.", graph.Threatens, "it", false, true},
		{"The United States will take all necessary measures against Venezuela if it harms the diplomats.", graph.Threatens, "States", false, true},
		{"The government will take steps against corruption.", graph.Threatens, "government", false, false},
		{"Japan will take steps to cut emissions if the economy recovers.", graph.Threatens, "Japan", false, false},
		{"Turkey took steps against Greece.", graph.Threatens, "Turkey", false, false},
	})
}

// TestNotHesitateToRespond (issue 13, modal23 class 1): "will not hesitate to respond" warns of a
// response (cue-classes.txt hesitate, negated, hostile target; the counteraction verb respond,
// CAMEO.2.0.txt WARN * (OF RESPONSE) [130], counts as one when announced). Near misses: a
// response reported as made, one not warned of, respond deeper in the infinitive.
func TestNotHesitateToRespond(t *testing.T) {
	checkNegated(t, []negCase{
		{"Serbia will not hesitate to respond if Kosovo deploys troops.", graph.Threatens, "Serbia", false, true},
		{"Ecuador would not hesitate to respond to any incursion.", graph.Threatens, "Ecuador", false, true},
		{"Serbia did not hesitate to respond to the letter.", graph.Threatens, "Serbia", false, false},
		{"Serbia will hesitate to respond.", graph.Threatens, "Serbia", false, false},
		{"Serbia will not hesitate to ask how to respond.", graph.Threatens, "Serbia", false, false},
	})
}
