package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPooledReductions (issue 13, frames22): a CAMEO 16x object of one reducing block is coded
// the same under the terminative blocks CANCEL and FREEZE (cmd/claimgraph-cues pooled.go), and
// 165 "halt mediation" takes the dictionary's &MEDIATION set; other objects of those verbs stay
// uncoded.
func TestPooledReductions(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Denmark halted its assistance to Eritrea.", graph.Sanctions, "Denmark", "*", "", true, onlyAsserted | ruleKnown},
		{"Chile froze its cooperation with Bolivia.", graph.Sanctions, "Chile", "*", "", true, onlyAsserted | ruleKnown},
		{"Kenya ended its mediation between the two factions.", graph.Sanctions, "Kenya", "*", "", true, onlyAsserted | ruleKnown},
		{"Oman suspended the dialogue with the rebels.", graph.Sanctions, "Oman", "*", "", true, onlyAsserted | ruleKnown},
		// not reductions: an ended match, a halted production line of the firm's own
		{"The referee ended the match early.", graph.Sanctions, "referee", "*", "", false, onlyAsserted | ruleKnown},
		{"The storm halted traffic on the bridge.", graph.Sanctions, "storm", "*", "", false, onlyAsserted | ruleKnown},
		{"Apple halted sales of the phone in China.", graph.Sanctions, "Apple", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestWithdrawObservers (issue 13, frames22): withdrawing inspectors, observers, monitors or
// staff ends their presence (CAMEO 1662/1663, PLOVER SANCTION); withdrawing troops is a retreat.
func TestWithdrawObservers(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The United Nations withdrew its observers from Kashmir.", graph.Sanctions, "Nations", "*", "", true, onlyAsserted | ruleKnown},
		{"Oxfam withdrew its staff from the camp.", graph.Sanctions, "Oxfam", "*", "", true, onlyAsserted | ruleKnown},
		{"Russia withdrew its troops from Kherson.", graph.Sanctions, "Russia", "*", "", false, onlyAsserted | ruleKnown},
		{"Russia withdrew its troops from Kherson.", graph.Offers, "Russia", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestWarnOfMeasure (issue 13, frames22): a warning to an actor of a coercive measure threatens
// it (PLOVER THREATEN); a warning of a danger does not. order + a measure imposes it.
func TestWarnOfMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ankara warned Athens of a military strike.", graph.Threatens, "Ankara", "Athens", "", true, onlyAsserted | ruleKnown},
		{"Brussels warned Google of heavy penalties.", graph.Threatens, "Brussels", "Google", "", true, onlyAsserted | ruleKnown},
		{"The agency warned farmers of heavy frost.", graph.Threatens, "agency", "*", "", false, onlyAsserted | ruleKnown},
		{"The governor ordered a curfew in the capital.", graph.Sanctions, "governor", "*", "", true, onlyAsserted | ruleKnown},
		{"The court ordered the army to withdraw.", graph.Sanctions, "court", "*", "", false, onlyAsserted | ruleKnown},
		{"The court ordered the army to withdraw.", graph.Demands, "court", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestRaisingScope (issue 13, frames22): the act of a subject raised by a predicate of
// likelihood or report is not asserted (modality.txt raising); a future act "according to X" is
// X's prediction, a past one stays asserted.
func TestRaisingScope(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Hungary is likely to veto the sanctions package.", graph.Opposes, "Hungary", "*", "", false, onlyAsserted | ruleKnown},
		{"Chad is unlikely to expel the French envoy.", graph.Sanctions, "Chad", "*", "", false, onlyAsserted | ruleKnown},
		{"Syria is believed to have rejected the proposal.", graph.Opposes, "Syria", "*", "", false, onlyAsserted | ruleKnown},
		{"Cuba is reported to have expelled two Canadian diplomats.", graph.Sanctions, "Cuba", "*", "", false, onlyAsserted | ruleKnown},
		{"Mexico imposed tariffs on Chinese cars, according to the ministry.", graph.Sanctions, "Mexico", "*", "", true, onlyAsserted | ruleKnown},
		// controls: said in the active, the speaker's own act; likely as an attribute of a noun
		{"Syria said it had rejected the proposal.", graph.Opposes, "it", "*", "", true, onlyAsserted | ruleKnown},
		{"Syria rejected the likely proposal.", graph.Opposes, "Syria", "*", "", true, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "analysts root with impose its ccomp (UD impose root, according to analysts obl)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Mexico will impose tariffs on Chinese cars, according to analysts.", graph.Threatens, "Mexico", "*", "", false, onlyAsserted | ruleKnown},
		})
	})
}

// TestOrFace (issue 13, frames22): a demand whose act is coordinated by "or" with face and a
// coercive measure or repercussion is an ultimatum, CAMEO 139 (PLOVER THREATEN); facing a mere
// hardship is no threat.
func TestOrFace(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Israel told Hamas to release the hostages by Friday or face a ground offensive.", graph.Threatens, "Israel", "Hamas", "", true, onlyAsserted | ruleKnown},
		{"Britain told Iran to release the tanker or face serious consequences.", graph.Threatens, "Britain", "Iran", "", true, onlyAsserted | ruleKnown},
		{"The court ordered the company to pay the debt or face penalties.", graph.Threatens, "court", "company", "", true, onlyAsserted | ruleKnown},
		{"The union told its members to vote early or face long queues.", graph.Threatens, "union", "*", "", false, onlyAsserted | ruleKnown},
		{"The union told its members to vote early or face long queues.", graph.Demands, "union", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestRefusalVerbs (issue 13, frames22): decline with an infinitive or object refuses (its
// subject acts; "exports declined" stays unaccusative); turn down and throw out a bill reject
// (PLOVER REJECT), throw out two diplomats does not.
func TestRefusalVerbs(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Switzerland declined to sell ammunition to Germany.", graph.Opposes, "Switzerland", "*", "", true, onlyAsserted | ruleKnown},
		{"Pakistan declined to share the intelligence with Kabul.", graph.Opposes, "Pakistan", "*", "", true, onlyAsserted | ruleKnown},
		{"Exports to Germany declined in May.", graph.Opposes, "Exports", "*", "", false, onlyAsserted | ruleKnown},
		{"Denmark turned down Ukraine's request for more artillery.", graph.Opposes, "Denmark", "request", "", true, onlyAsserted | ruleKnown},
		{"The parliament threw out the finance bill.", graph.Opposes, "parliament", "bill", "", true, onlyAsserted | ruleKnown},
		{"Iran threw out two British diplomats.", graph.Opposes, "Iran", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestWarnOfOthersAttack (issue 13, frames22): a warning of an attack whose doer is another
// (a by-phrase, a possessor) warns of a danger, no threat by the warner.
func TestWarnOfOthersAttack(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Kenya warned Uganda of an attack by the rebels.", graph.Threatens, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		{"Kenya warned Uganda of al-Shabaab's attacks.", graph.Threatens, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		{"Kenya warned Uganda of a military strike.", graph.Threatens, "Kenya", "Uganda", "", true, onlyAsserted | ruleKnown},
	})
}

// TestBreakOff (issue 13, frames22): break off relations, talks or contact terminates them
// (PLOVER SANCTION); break off a piece does not.
func TestBreakOff(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Mali broke off diplomatic relations with Algeria.", graph.Sanctions, "Mali", "*", "", true, onlyAsserted | ruleKnown},
		{"Oslo broke off all contacts with the junta.", graph.Sanctions, "Oslo", "*", "", true, onlyAsserted | ruleKnown},
		{"The boy broke off a piece of bread.", graph.Sanctions, "boy", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestAgreeTo (issue 13, frames22): agreeing to a ceasefire or elections commits the subject
// (PLOVER AGREE "agree to"; CAMEO AGREE * (TO &CEASEFIRE) 0356), an offer; agreeing with an
// actor stays approval.
func TestAgreeTo(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Azerbaijan agreed to a humanitarian ceasefire in Karabakh.", graph.Offers, "Azerbaijan", "*", "", true, onlyAsserted | ruleKnown},
		{"The junta agreed to early elections.", graph.Offers, "junta", "*", "", true, onlyAsserted | ruleKnown},
		{"Chile agreed with Peru on the need for talks.", graph.Offers, "Chile", "*", "", false, onlyAsserted | ruleKnown},
		{"Chile agreed with Peru on the need for talks.", graph.Supports, "Chile", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestHaltImports (issue 13, frames22): PROHIBIT's 16x objects pooled into CANCEL/FREEZE ("halted
// imports" as "banned imports", CAMEO 163); a suspended membership, a withdrawn accreditation.
func TestHaltImports(t *testing.T) {
	checkMatches(t, []matchCase{
		{"China halted imports of Japanese seafood.", graph.Sanctions, "China", "*", "", true, onlyAsserted | ruleKnown},
		{"Russia suspended exports of grain to Egypt.", graph.Sanctions, "Russia", "*", "", true, onlyAsserted | ruleKnown},
		{"The African Union suspended Niger's membership.", graph.Sanctions, "Union", "*", "", true, onlyAsserted | ruleKnown},
		{"Iran withdrew the accreditation of eight inspectors.", graph.Sanctions, "Iran", "*", "", true, onlyAsserted | ruleKnown},
		{"Iran withdrew its objection to the plan.", graph.Sanctions, "Iran", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestConditionTarget (issue 13, frames22): a threat with no target is aimed at the subject of
// its if/unless clause, also when the parser makes the clause a complement; no target from a
// pronoun or a passive.
func TestConditionTarget(t *testing.T) {
	checkMatches(t, []matchCase{
		{"China will retaliate if Lithuania opens a Taiwanese office.", graph.Threatens, "China", "Lithuania", "", true, onlyAsserted | ruleKnown},
		{"Beijing would retaliate if Washington imposed new curbs.", graph.Threatens, "Beijing", "Washington", "", true, onlyAsserted | ruleKnown},
		{"Russia will retaliate if it is attacked.", graph.Threatens, "Russia", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestWarnOfConsequences (issue 13, frames22): a warning to an actor of repercussions is aimed at
// the subject of its condition when it names one; the consequences of a cause are no threat.
func TestWarnOfConsequences(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Moscow warned Helsinki of a harsh response if Finland joined NATO.", graph.Threatens, "Moscow", "*", "", true, onlyAsserted | ruleKnown},
		{"Kenya warned Uganda of the consequences of the drought.", graph.Threatens, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestPatternTrailingWords (issue 13, frames22): a pattern's noun words after its object ("GIVE
// * &PKO {GREEN LIGHT}", a second object) must follow the verb, as PETRARCH2 matches every word.
func TestPatternTrailingWords(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Brazil granted the force a day off.", graph.Offers, "Brazil", "*", "", false, onlyAsserted | ruleKnown},
		{"Brazil gave the peacekeepers the green light.", graph.Offers, "Brazil", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestNearFuture (issue 13, frames22): "is set to", "is poised to", "is due to", "is about to"
// announce the act (Quirk et al. 1985, 4.47-4.49): a sanction so announced threatens.
func TestNearFuture(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The EU is set to expel two Russian diplomats.", graph.Sanctions, "EU", "*", "", false, onlyAsserted | ruleKnown},
		{"The EU is set to expel two Russian diplomats.", graph.Threatens, "EU", "*", "", true, onlyAsserted | ruleKnown},
		{"Canada is poised to impose tariffs on Chinese steel.", graph.Threatens, "Canada", "*", "", true, onlyAsserted | ruleKnown},
		{"Canada is about to ban Russian oil.", graph.Threatens, "Canada", "*", "", true, onlyAsserted | ruleKnown},
		{"Canada set new tariffs on Chinese steel.", graph.Threatens, "Canada", "*", "", false, onlyAsserted | ruleKnown},
		{"Canada is going to expel two Russian diplomats.", graph.Threatens, "Canada", "*", "", true, onlyAsserted | ruleKnown},
		{"Canada is going to expel two Russian diplomats.", graph.Sanctions, "Canada", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestStriveSense (issue 13, frames22): a verb of combat with a to-infinitive strives (OED fight
// v.), no use of force; with an object it fights.
func TestStriveSense(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Biden will fight to invest at home.", graph.Threatens, "Biden", "*", "", false, onlyAsserted | ruleKnown},
		{"The union battled to save the plant.", graph.Threatens, "union", "*", "", false, onlyAsserted | ruleKnown},
		{"The army will fight the rebels.", graph.Threatens, "army", "rebels", "", true, onlyAsserted | ruleKnown},
	})
}

// TestScrapAgreement (issue 13, frames22): scrapping or tearing up an agreement rejects it
// (CAMEO.2.0.txt REJECT * &TREATY 120, as abandon); scrapping a subsidy does not.
func TestScrapAgreement(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Seoul scrapped an intelligence-sharing pact with Tokyo.", graph.Opposes, "Seoul", "pact", "", true, onlyAsserted | ruleKnown},
		{"Washington has torn up the nuclear deal with Iran.", graph.Opposes, "Washington", "deal", "", true, onlyAsserted | ruleKnown},
		{"Ghana scrapped the fuel subsidy.", graph.Opposes, "Ghana", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestRelationPartner (issue 13, frames22): a reduced relation (ties, relations, dialogue,
// cooperation: modality.txt relation) is aimed at its with-party; other with-phrases stay.
func TestRelationPartner(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Paraguay severed diplomatic ties with Venezuela on Tuesday.", graph.Sanctions, "Paraguay", "Venezuela", "", true, onlyAsserted | ruleKnown},
		{"Somalia cut diplomatic relations with Kenya over the border dispute.", graph.Sanctions, "Somalia", "Kenya", "", true, onlyAsserted | ruleKnown},
		{"Mali broke off diplomatic relations with Algeria.", graph.Sanctions, "Mali", "Algeria", "", true, onlyAsserted | ruleKnown},
		{"Russia expelled two diplomats with Estonian passports.", graph.Sanctions, "Russia", "diplomats", "", true, onlyAsserted | ruleKnown},
	})
}

// TestStanceGivenUp (issue 13, frames22): a protest suspended is a concession whose target is the
// protest (PLOVER CONCEDE "suspending protests"); halt and stop undo a measure (CAMEO STOP *
// EMBARGO 085), while halted imports stay an embargo.
func TestStanceGivenUp(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Hamas suspended its protests at the border fence.", graph.Offers, "Hamas", "protests", "", true, onlyAsserted | ruleKnown},
		{"Ankara stopped the embargo on Armenia.", graph.Offers, "Ankara", "*", "", true, onlyAsserted | ruleKnown},
		{"China halted imports of Japanese seafood.", graph.Offers, "China", "*", "", false, onlyAsserted | ruleKnown},
	})
}
