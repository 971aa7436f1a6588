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
