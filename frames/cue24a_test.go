package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPeriphrasticCues (cue24a): the periphrastic forms of cues the dictionary codes in one
// word or as an adjective (cue-classes.txt): a light verb with a noun of apprehension over an
// act (as "concerned about"), the nouns of the willingness adjectives, relief goods or money
// in aid sent or set aside for a recipient, a party put on a sanctions list (as "blacklist"),
// and the conditioned criticize verbs with a for-ground. Controls: the same words without the
// condition that makes them a stance.
func TestPeriphrasticCues(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Portugal expressed deep concern over the closure of the strait.", graph.Opposes, "Portugal", "closure", "", true, onlyAsserted | ruleKnown},
		{"Ghana voiced alarm at the arrest of the journalists.", graph.Opposes, "Ghana", "arrest", "", true, onlyAsserted | ruleKnown},
		{"Ireland registered its dismay about the new quota.", graph.Opposes, "Ireland", "quota", "", true, onlyAsserted | ruleKnown},
		{"Kenya expressed concern for the safety of the hostages.", graph.Opposes, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		{"Brazil did not express concern over the vote.", graph.Opposes, "Brazil", "*", "", false, onlyAsserted | ruleKnown},
		{"Austria reaffirmed its readiness to host the talks.", graph.Offers, "Austria", "*", "", true, onlyAsserted | ruleKnown},
		{"Cuba signalled its willingness to release the prisoners.", graph.Offers, "its", "*", "", true, onlyAsserted | ruleKnown},
		{"Greece's unwillingness to extend the deadline angered Ankara.", graph.Opposes, "Greece", "*", "", true, onlyAsserted | ruleKnown},
		{"Mexico's reluctance to sign the treaty surprised its partners.", graph.Opposes, "Mexico", "*", "", true, onlyAsserted | ruleKnown},
		{"Norway will send surgeons and vaccines to Yemen.", graph.Offers, "Norway", "Yemen", "", true, onlyAsserted | ruleKnown},
		{"Qatar flew tents to Gaza.", graph.Offers, "Qatar", "*", "", true, onlyAsserted | ruleKnown},
		{"Norway will ship cars to Yemen.", graph.Offers, "Norway", "*", "", false, onlyAsserted | ruleKnown},
		{"Spain earmarked 12 million euros in aid for Morocco.", graph.Offers, "Spain", "*", "", true, onlyAsserted | ruleKnown},
		{"Italy earmarked 12 million euros for the new stadium.", graph.Offers, "Italy", "*", "", false, onlyAsserted | ruleKnown},
		{"Washington added four Chinese firms to its entity list.", graph.Sanctions, "Washington", "*", "", true, onlyAsserted | ruleKnown},
		{"Canada placed the militia on its terrorist list.", graph.Sanctions, "Canada", "*", "", true, onlyAsserted | ruleKnown},
		{"Peru added two cities to the list of host venues.", graph.Sanctions, "Peru", "*", "", false, onlyAsserted | ruleKnown},
		// the name heads a title + name (UD: "Senator" nmod:desc or compound of "Ruiz"); the
		// EWT-only pair made the title the head
		{"Senator Ruiz blasted the ministry for ignoring the floods.", graph.Opposes, "Ruiz", "*", "", true, onlyAsserted | ruleKnown},
		{"The miners blasted the rock for hours.", graph.Opposes, "miners", "*", "", false, onlyAsserted | ruleKnown},
	})
}
