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
	checkFrames8(t, []frames8Case{
		{"Portugal expressed deep concern over the closure of the strait.", graph.Opposes, "Portugal", true, "closure"},
		{"Ghana voiced alarm at the arrest of the journalists.", graph.Opposes, "Ghana", true, "arrest"},
		{"Ireland registered its dismay about the new quota.", graph.Opposes, "Ireland", true, "quota"},
		{"Kenya expressed concern for the safety of the hostages.", graph.Opposes, "Kenya", false, ""},
		{"Brazil did not express concern over the vote.", graph.Opposes, "Brazil", false, ""},
		{"Austria reaffirmed its readiness to host the talks.", graph.Offers, "Austria", true, ""},
		{"Cuba signalled its willingness to release the prisoners.", graph.Offers, "its", true, ""},
		{"Greece's unwillingness to extend the deadline angered Ankara.", graph.Opposes, "Greece", true, ""},
		{"Mexico's reluctance to sign the treaty surprised its partners.", graph.Opposes, "Mexico", true, ""},
		{"Norway will send surgeons and vaccines to Yemen.", graph.Offers, "Norway", true, "Yemen"},
		{"Qatar flew tents to Gaza.", graph.Offers, "Qatar", true, ""},
		{"Norway will ship cars to Yemen.", graph.Offers, "Norway", false, ""},
		{"Spain earmarked 12 million euros in aid for Morocco.", graph.Offers, "Spain", true, ""},
		{"Italy earmarked 12 million euros for the new stadium.", graph.Offers, "Italy", false, ""},
		{"Washington added four Chinese firms to its entity list.", graph.Sanctions, "Washington", true, ""},
		{"Canada placed the militia on its terrorist list.", graph.Sanctions, "Canada", true, ""},
		{"Peru added two cities to the list of host venues.", graph.Sanctions, "Peru", false, ""},
		// the name heads a title + name (UD: "Senator" nmod:desc or compound of "Ruiz"); the
		// EWT-only pair made the title the head
		{"Senator Ruiz blasted the ministry for ignoring the floods.", graph.Opposes, "Ruiz", true, ""},
		{"The miners blasted the rock for hours.", graph.Opposes, "miners", false, ""},
	})
}
