package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAbandonUnderstanding (issue 13, cues18): the nouns CAMEO.2.0.txt's REACH block codes as
// agreements beside &TREATY (deal, understanding, compromise, consensus) are agreements given up
// when abandoned, scrapped or torn up — a rejection (REJECT * &TREATY 120), not the ABANDON
// block's concession 080; other objects keep the block's own reading.
func TestAbandonUnderstanding(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ankara abandoned its understanding with Moscow on grain exports.", graph.Opposes, "Ankara", "understanding", "", true, onlyAsserted | ruleKnown},
		{"Ankara abandoned its understanding with Moscow on grain exports.", graph.Offers, "Ankara", "*", "", false, onlyAsserted | ruleKnown},
		{"The junta decided to abandon the consensus reached with the opposition.", graph.Opposes, "junta", "consensus", "", true, onlyAsserted | ruleKnown},
		{"Lima scrapped the compromise on fishing quotas.", graph.Opposes, "Lima", "compromise", "", true, onlyAsserted | ruleKnown},
		// near misses: a demand or a position given up is the block's concession, and a
		// consensus-building approach is an approach
		{"The rebels abandoned their demand for autonomy.", graph.Opposes, "rebels", "*", "", false, onlyAsserted | ruleKnown},
		{"The party abandoned its consensus-building approach.", graph.Opposes, "party", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestPlannedMeasure (issue 13, cues18): a noun of intent whose for- or of-phrase or
// to-infinitive names a cue is that act announced (CAMEO.2.0.txt PLAN * ATTACK 138, PLEDGE *
// BOYCOTT 1312: a plan is coded by what is planned): "announced plans for tariffs" threatens a
// sanction (CAMEO 1312, PLOVER THREATEN), and the generic ANNOUNCE * PLAN (032, an offer) is
// no act of its own; a plan naming no act keeps the pattern, and a verb acting on another's plan
// keeps its own act.
func TestPlannedMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ottawa unveiled plans for duties on Chinese aluminium.", graph.Threatens, "Ottawa", "aluminium", "", true, anyMatch},
		{"Ottawa unveiled plans for duties on Chinese aluminium.", graph.Sanctions, "Ottawa", "*", "", false, anyMatch},
		{"Ottawa unveiled plans for duties on Chinese aluminium.", graph.Offers, "Ottawa", "*", "", false, anyMatch},
		{"The cabinet announced a plan to expel the Iranian envoy.", graph.Offers, "cabinet", "*", "", false, anyMatch},
		{"Seoul's plans for an embargo on North Korean coal were leaked.", graph.Threatens, "Seoul", "*", "", true, anyMatch},
		// near misses: a plan naming no act is the dictionary's intent to cooperate; a verb
		// acting on another's plan keeps its act, and that plan is still its holder's threat
		{"The ministry announced a plan for the new airport.", graph.Offers, "ministry", "plan", "", true, anyMatch},
		{"Ghana denounced Togo's plan for tariffs on cocoa.", graph.Opposes, "Ghana", "plan", "", true, anyMatch},
		{"Ghana denounced Togo's plan for tariffs on cocoa.", graph.Threatens, "Togo", "*", "", true, anyMatch},
	})
}

// TestStrikeBackWith (issue 13, cues18): the with-phrase of a verb of striking or striking back
// (modality.txt instrument; Quirk et al. 1985, 9.48 with of instrument; CAMEO.2.0.txt HIT *
// (WITH SANCTIONS) [163]) that is a cue noun is the act, by the verb's subject, aimed at its
// object or at-phrase, else at the noun's own target; "hit back at X" alone is CAMEO.2.0.txt's
// HIT * BACK (AT) [111], criticism.
func TestStrikeBackWith(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ottawa hit back with duties on American bourbon.", graph.Sanctions, "Ottawa", "bourbon", "", true, anyMatch},
		{"Canberra slapped Moscow with fresh sanctions.", graph.Sanctions, "Canberra", "Moscow", "", true, anyMatch},
		{"Seoul retaliated with tariffs on Japanese chemicals.", graph.Sanctions, "Seoul", "chemicals", "", true, anyMatch},
		{"Tokyo will strike back with tariffs on Korean steel.", graph.Threatens, "Tokyo", "steel", "", true, anyMatch},
		{"Tokyo will strike back with tariffs on Korean steel.", graph.Sanctions, "Tokyo", "*", "", false, anyMatch},
		{"Chile hit back at Lima over the fishing dispute.", graph.Opposes, "Chile", "Lima", "", true, anyMatch},
		// near misses: a with-phrase that names no act, a verb of another class, a literal blow
		{"Rwanda hit back with a statement on Sunday.", graph.Opposes, "Rwanda", "*", "", false, anyMatch},
		{"Kenya complied with the sanctions.", graph.Sanctions, "Kenya", "*", "", false, anyMatch},
		{"The striker hit the post with a header.", graph.Sanctions, "striker", "*", "", false, anyMatch},
	})
}

// TestReadinessToAct (issue 13, cues18): an adjective of willingness (PLOVER AGREE "willingness
// … to cooperate") over a general verb of acting (act, do whatever it takes, take action or
// steps) offers nothing; aimed against a party it threatens (CAMEO.2.0.txt PLEDGE / PROMISE /
// CONSIDER "- * ACTION (AGAINST)" [130]). A named act keeps its own cue.
func TestReadinessToAct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Hanoi stands ready to act.", graph.Offers, "Hanoi", "*", "", false, anyMatch},
		{"Hanoi is prepared to act in the coming weeks.", graph.Offers, "Hanoi", "*", "", false, anyMatch},
		{"The bank is ready to do whatever it takes.", graph.Offers, "bank", "*", "", false, anyMatch},
		{"Manila is prepared to take action against Beijing.", graph.Threatens, "Manila", "Beijing", "", true, anyMatch},
		{"Manila is prepared to take action against Beijing.", graph.Offers, "Manila", "*", "", false, anyMatch},
		{"Hanoi stands ready to act against any vessel that enters its waters.", graph.Threatens, "Hanoi", "vessel", "", true, anyMatch},
		// near misses: a named act is the offer, as before
		{"Hanoi is willing to work with Manila.", graph.Offers, "Hanoi", "*", "", true, anyMatch},
		{"Hanoi is ready to act to help Laos.", graph.Offers, "Hanoi", "Laos", "", true, anyMatch},
	})
}

// TestCriticsSaid (issue 13, cues18): CAMEO.2.0.txt's EXPLAIN_VERBAL "- CRITICS *" [111] codes
// the subject's agent noun; on a verb of saying the content is what the critics claim, not what
// they criticize: the target is the agent noun's of-phrase, and without one there is none.
func TestCriticsSaid(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Critics of the dam said the reservoir was leaking.", graph.Opposes, "Critics", "dam", "", true, anyMatch},
		{"Critics said the levy risked hurting small farms.", graph.Opposes, "Critics", "*", "", false, anyMatch},
		{"Critics reported that the levy had hurt small farms.", graph.Opposes, "Critics", "*", "", false, anyMatch},
		// near miss: a verb of criticizing keeps its own object
		{"Critics condemned the levy.", graph.Opposes, "Critics", "levy", "", true, anyMatch},
	})
}

// TestStatePresentOffer (issue 13, cues18): offer in the simple present with a third-person
// subject and no recipient or proposal is the state present of its stative sense ("to present,
// afford": modality.txt afford; Quirk et al. 1985, 4.6-4.8), no offer made; a recipient, an
// infinitive, the past, a first-person performative or a dictionary pattern keep the offer.
func TestStatePresentOffer(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Vietnam offers the cheapest labour in the region.", graph.Offers, "Vietnam", "*", "", false, anyMatch},
		{"Ankara offers Athens a joint patrol of the strait.", graph.Offers, "Ankara", "*", "", true, anyMatch},
		{"Norway offers to host the talks.", graph.Offers, "Norway", "*", "", true, anyMatch},
		{"Vietnam offered a discount on rice exports.", graph.Offers, "Vietnam", "*", "", true, anyMatch},
		{"Norway offers talks to both parties.", graph.Offers, "Norway", "*", "", true, anyMatch},
	})
}
