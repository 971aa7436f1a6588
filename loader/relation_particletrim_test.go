package loader

import "testing"

// TestParticleOnObject (issue 13, frames29b): the particle of a listed phrasal verb hung on the
// object noun as its premodifier ("brushed aside opposition calls") or as an adverb of the verb
// is the verb's (an adverb premodifies no noun, Quirk et al. 1985, 7.46), and no word of the
// target; a verb the dictionary lists with no such particle keeps its parse.
func TestParticleOnObject(t *testing.T) {
	runCases(t, []exCase{
		{"particle hung on the object", "Kenyan President William Ruto brushed aside opposition calls for him to resign.",
			[]string{"OPPOSES William Ruto -> opposition calls for him to resign", "!OPPOSES William Ruto -> aside opposition calls for him to resign"}},
		{"particle as an adverb", "Kenya's president brushed aside calls for his resignation.",
			[]string{"OPPOSES Kenya -> calls for his resignation"}},
		{"near miss: no phrasal entry", "Kenya's president walked aside the crowd of reporters.",
			[]string{"!OPPOSES Kenya -> crowd of reporters"}},
	})
}
