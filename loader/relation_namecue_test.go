package loader

import "testing"

// A noun cue that is a word of an actor's name names the body, not an act (frameRelations):
// "Customs Tariff Commission" imposes no tariff by being named, nor does a "Sanctions Committee".
// The same noun outside the name stays a cue. Sentences written for the rule (new-user trial,
// session 11, found the first shape on a real joint statement).
func TestNounCueInsideName(t *testing.T) {
	runCases(t, []exCase{
		{"a cue word inside a body's name",
			"The Customs Tariff Commission of the State Council published the new schedule on Monday.",
			[]string{"!SANCTIONS Customs Tariff Commission of the State Council -> Tariff"}},
		{"a committee named after sanctions",
			"The Sanctions Committee of the Security Council met in New York on Tuesday.",
			[]string{"!SANCTIONS Sanctions Committee -> Sanctions"}},
		// the cue outside the name still counts
		{"the body imposes the measure it is named after",
			"The Customs Tariff Commission of the State Council imposed tariffs on American soybeans.",
			[]string{"SANCTIONS Customs Tariff Commission of the State Council -> soybeans"}},
		{"a possessor's sanctions",
			"Japan's sanctions on Russia took effect on Friday.",
			[]string{"SANCTIONS Japan -> Russia"}},
	})
}
