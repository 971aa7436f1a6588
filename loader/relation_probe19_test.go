package loader

import "testing"

// TestEventNounComplementNoAgent (issue 13, probe19): an actor named in a prepositional complement
// of an event noun that the noun takes as its argument (frames NounTakes: "threat" of/against,
// "rejection" of, "warning" to) is that act's target, not the agent of the verb the noun is
// subject of (Grimshaw 1990, ch. 3; nominalArguments). The noun's own frame keeps its source.
func TestEventNounComplementNoAgent(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Turkey's threat of sanctions against Sweden delayed the alliance vote.", "!SANCTIONS Sweden"},
		{"Turkey's threat of sanctions against Sweden delayed the alliance vote.", "THREATENS Turkey -> sanctions"},
		{"The EU's threat of tariffs on Washington delayed the summit.", "!SANCTIONS United States|Washington"},
		{"Peru's warning to Bolivia over the lithium contracts stalled the border talks.", "!SANCTIONS Bolivia"},
		// controls: an actor in a complement the noun does not take as an argument, or the head of
		// an agent noun, still names the subject
		{"Officials of the Kenyan foreign ministry condemned the raid.", "OPPOSES Kenya|ministry -> raid"},
		{"A spokesman for the Egyptian foreign ministry rejected the Ethiopian proposal.", "OPPOSES Egypt|Ministry -> proposal"},
	})
}

// TestCapitalAsPartyOfEventNoun (issue 13, probe19): a capital after "from" or "to" is a place
// ("flew from Ankara"; data/wordclasses/locatives.txt) except when the preposition attaches a
// party of the cue noun before it — "from" of a noun whose from-phrase names the agent
// ("criticism from Washington"), "to" of a noun that takes a to-target ("a warning to Moscow";
// frames NounParty): there the capital stands for its government, as in subject position.
func TestCapitalAsPartyOfEventNoun(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Kenya faced criticism from Washington over the vote.", "OPPOSES United States -> Kenya"},
		{"Manila has come under pressure from Beijing to halt the reef survey.", "DEMANDS China"},
		{"Seoul sent a warning to Pyongyang after the missile launch.", "THREATENS South Korea -> North Korea"},
		{"Tbilisi issued an apology to Moscow for the border incident.", "SUPPORTS Georgia -> Russia"},
		// near misses: travel keeps the place reading
		{"The Kenyan envoy flew from Washington to Nairobi and rejected the proposal.", "!OPPOSES United States"},
		{"A delegation from Ankara arrived and condemned the raid.", "!OPPOSES Turkey"},
	})
}
