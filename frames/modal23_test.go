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
	checkMatches(t, []matchCase{
		{"It is untrue that Ghana expelled the Togolese diplomats.", graph.Sanctions, "Ghana", "*", "", false, onlyOwn | onlyUnnegated},
		// near misses: the clause stays asserted
		{"It is true that Peru expelled the Chilean envoy.", graph.Sanctions, "Peru", "*", "", true, onlyOwn | onlyUnnegated},
		{"It is not surprising that Peru expelled the Chilean envoy.", graph.Sanctions, "Peru", "*", "", true, onlyOwn | onlyUnnegated},
	})

	knownParserMiss(t, "it nsubj of true/false and the extraposed that-clause ccomp of said (UD it expl, the clause csubj of the adjective)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Officials said it was not true that Peru had expelled the Chilean envoy.", graph.Sanctions, "Peru", "*", "", false, onlyOwn | onlyUnnegated},
			{"The ministry said it was false that Laos had expelled the Thai envoy.", graph.Sanctions, "Laos", "*", "", false, onlyOwn | onlyUnnegated},
		})
	})
}

// TestPostposedObjectDenial (issue 13, modal23): "dismissed as baseless reports that …" puts the
// heavy object after its as-complement (Quirk et al. 1985, 18.36, 16.47; postposedObject): the
// report noun is the object — CAMEO.2.0.txt DISMISS * REPORT/CLAIM is 016 "deny", none of our
// types — and the clause is that report's content, not asserted, and not what the denier
// opposes. With the object in place the verb keeps its reading.
func TestPostposedObjectDenial(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Canada dismissed as baseless reports that it had expelled Cuban diplomats.", graph.Opposes, "Canada", "*", "", false, onlyOwn | onlyUnnegated},
		{"Mexico dismissed as groundless claims that Peru had expelled its envoy.", graph.Opposes, "Mexico", "*", "", false, onlyOwn | onlyUnnegated},
		{"Mexico dismissed as groundless claims that Peru had expelled its envoy.", graph.Sanctions, "Peru", "*", "", false, onlyOwn | onlyUnnegated},
		// near miss: the object before its complement is read as before
		{"Chile dismissed as a formality the vote in the assembly.", graph.Opposes, "Chile", "*", "", true, onlyOwn | onlyUnnegated},
	})
}

// TestCitedCompoundHead (issue 13, modal23 class 3): ", citing a European Commission ruling"
// parsed as a clause "[a European Commission] ruling" — a gerund of a citable noun's form with
// nothing of a clause but its subject — is the noun phrase cited (Quirk et al. 1985, 17.104;
// compoundHeadClause). A real clause ("citing Peru ruling out talks") is not made a noun.
func TestCitedCompoundHead(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Italy halted the sale, citing a European Commission ruling.", graph.Cites, "Italy", "ruling", "", true, anyMatch},
		{"Poland said Chile was wrong, citing Peru ruling out talks.", graph.Cites, "Poland", "ruling", "", false, anyMatch},
	})

	knownParserMiss(t, "Commission obj of citing and ruling VBG xcomp (ruling VBG in both pairs; the old shape, Commission nsubj of ruling, is the one compoundHeadClause repairs)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Poland refused the shipment, citing a European Commission ruling.", graph.Cites, "Poland", "ruling", "", true, anyMatch},
		})
	})
}

// TestAnnouncedActionAgainst (issue 13, modal23 class 1): a light verb with a general noun of
// acting (modality.txt act), announced (will, would), aimed at a party by an against-phrase or
// by the named agent of its if/unless clause, is a threat (CAMEO.2.0.txt PLEDGE/PROMISE/CONSIDER
// * ACTION against [130]; PLOVER THREATEN). Near misses: against no party, a purpose instead of a
// party, and the act reported as done.
func TestAnnouncedActionAgainst(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Turkey will take steps against Greece if the drilling continues.", graph.Threatens, "Turkey", "*", "", true, onlyOwn | onlyUnnegated},
		{"Iran said it would take action against any ship that entered its waters.", graph.Threatens, "it", "*", "", true, onlyOwn | onlyUnnegated},
		{"Turkey said it would take steps if Greece continued the drilling.", graph.Threatens, "it", "*", "", true, onlyOwn | onlyUnnegated},
		{"The United States will take all necessary measures against Venezuela if it harms the diplomats.", graph.Threatens, "States", "*", "", true, onlyOwn | onlyUnnegated},
		{"The government will take steps against corruption.", graph.Threatens, "government", "*", "", false, onlyOwn | onlyUnnegated},
		{"Japan will take steps to cut emissions if the economy recovers.", graph.Threatens, "Japan", "*", "", false, onlyOwn | onlyUnnegated},
		{"Turkey took steps against Greece.", graph.Threatens, "Turkey", "*", "", false, onlyOwn | onlyUnnegated},
	})
}

// TestNotHesitateToRespond (issue 13, modal23 class 1): "will not hesitate to respond" warns of a
// response (cue-classes.txt hesitate, negated, hostile target; the counteraction verb respond,
// CAMEO.2.0.txt WARN * (OF RESPONSE) [130], counts as one when announced). Near misses: a
// response reported as made, one not warned of, respond deeper in the infinitive.
func TestNotHesitateToRespond(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Serbia will not hesitate to respond if Kosovo deploys troops.", graph.Threatens, "Serbia", "*", "", true, onlyOwn | onlyUnnegated},
		{"Ecuador would not hesitate to respond to any incursion.", graph.Threatens, "Ecuador", "*", "", true, onlyOwn | onlyUnnegated},
		{"Serbia did not hesitate to respond to the letter.", graph.Threatens, "Serbia", "*", "", false, onlyOwn | onlyUnnegated},
		{"Serbia will hesitate to respond.", graph.Threatens, "Serbia", "*", "", false, onlyOwn | onlyUnnegated},
		{"Serbia will not hesitate to ask how to respond.", graph.Threatens, "Serbia", "*", "", false, onlyOwn | onlyUnnegated},
	})
}
