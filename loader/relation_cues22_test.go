package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestPostponedObjectCues22 (issue 13, cues22; frames/interposed.go postponedObject,
// syntax/retag/reducedpassive.go): a present-tense stance verb whose object follows an
// adverbial ("condemns in the strongest terms the attacks"), also with a reduced passive
// relative after the object; near misses keep no object from a time phrase or an adverbial alone.
func TestPostponedObjectCues22(t *testing.T) {
	cases := []struct {
		text string
		exps []string
	}{
		{"Mexico denounces in the strongest possible terms the murder of the mayor.", []string{"OPPOSES Mexico -> murder"}},
		{"Kenya condemns in the strongest terms the raids on villages carried out by the militia.", []string{"OPPOSES Kenya -> raids"}},
		{"Chile condemns in the strongest terms the attacks on fishermen in Arica.", []string{"OPPOSES Chile -> attacks on fishermen"}},
		{"Norway condemns in the clearest terms the shelling of the port ordered by the junta.", []string{"OPPOSES Norway -> shelling"}},
		// near misses: no object after the adverbial; a measure by-phrase ("by 5 percent") is
		// no agent, the past tense stays the verb
		{"Kenya protested in the strongest terms.", []string{"!OPPOSES Kenya -> terms"}},
		{"Japan exports to the region increased by 5 percent.", []string{"!OPPOSES Japan -> region"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "cues22", Text: c.text}), c.exps)
		})
	}
}
