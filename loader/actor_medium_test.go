package loader

import "testing"

// A platform or channel in a medium phrase after a verb of saying ("said on Facebook") is where
// one says, no actor (Quirk et al. 1985, 9.x prepositions of means: "on the radio"); each case on
// invented sentences.
func TestMediumPlatformNoActor(t *testing.T) {
	runCases(t, []exCase{
		{"said on a platform: no actor", "Chilean President Rosa Lagos said on Facebook that Chile would not accept the fishing quota.",
			[]string{"PERSON Rosa Lagos", "!actor Facebook"}},
		{"wrote on a platform: no actor", "Peru's trade minister wrote on Twitter that the port fees were unfair.",
			[]string{"!actor Twitter"}},
		{"near miss: the platform as a subject is an actor", "Facebook said on Monday that it would remove the posts. Rosa Lagos said on Facebook that she welcomed the move.",
			[]string{"actor Facebook"}},
	})
}

// A prepositional verb's on-phrase is its object, no medium: the organization stays.
func TestMediumPlatformTopicVerb(t *testing.T) {
	runCases(t, []exCase{
		{"near miss: called on an organization", "The minister called on Facebook to remove the posts.",
			[]string{"actor Facebook"}},
	})
}
