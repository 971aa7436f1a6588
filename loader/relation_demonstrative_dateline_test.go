package loader

import "testing"

// TestDemonstrativeAfterDateline: a bare "this" refers back to the statement before it
// (relation_demonstrative.go), and the wire dateline opening the story's first sentence is no
// word of that statement. Invented wordings; near miss: a sentence with no dateline keeps its
// first words.
func TestDemonstrativeAfterDateline(t *testing.T) {
	runCases(t, []exCase{
		{"dateline", "LIMA (Reuters) - Bolivia closed its border with Peru on Monday. Chile criticized this as reckless.",
			[]string{"OPPOSES Chile -> Bolivia closed its border with Peru on Monday", "!OPPOSES Chile -> LIMA"}},
		{"no dateline", "Bolivia closed its border with Peru on Monday. Chile criticized this as reckless.",
			[]string{"OPPOSES Chile -> Bolivia closed its border with Peru on Monday"}},
	})
}
