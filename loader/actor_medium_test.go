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

// A name right after "the" and cut from its head noun by a line break is attributive, no
// mention of the person; the same name elsewhere (no determiner, or not at a line's end) is.
func TestAttributiveNameCut(t *testing.T) {
	cases := []struct {
		text string
		want bool // a mention "Castellano" of the person
	}{
		{"President Luis Castellano visited Lima in May. Concerns over the port fees led the Castellano\nAdministration in 2014 to open an inquiry.", false},
		{"President Luis Castellano visited Lima in May. Concerns over the port fees led Castellano\nin 2014 to open an inquiry.", true},
		{"President Luis Castellano visited Lima in May. Castellano said later that the fees were too high.", true},
	}
	for _, c := range cases {
		g := extractText(t, c.text)
		got := false
		for _, m := range g.Mentions {
			if m.Text == "Castellano" && m.Sentence == 1 {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: mention Castellano in sentence 1 = %v, want %v", c.text, got, c.want)
		}
	}
}
