package loader

import "testing"

// TestCue24cTargetSpans (cue24c): a relative pronoun's antecedent after a fronted complex
// preposition ("As for", "As to": UD case + fixed) is named without it (frameSentence.phrase),
// and the goal or ground phrase of the matched class line that the parser hung on the object
// is no part of the target (complementStart). Sentences other than the whole documents'.
func TestCue24cTargetSpans(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"As for the levies over which Ghana has voiced its concern, talks will go on.",
			[]string{"OPPOSES Ghana -> =levies", "!OPPOSES Ghana -> for the"}},
		{"As to the export quotas which Vietnam has criticized, no decision was taken.",
			[]string{"OPPOSES Vietnam -> =export quotas", "!OPPOSES Vietnam -> to the"}},
		{"Australia has added three Russian generals and two shipping firms to its sanctions list.",
			[]string{"SANCTIONS Australia -> shipping firms", "!SANCTIONS Australia -> sanctions list"}},
		{"Senator Amina Ochieng blasted the county council for closing the clinics.",
			[]string{"OPPOSES Amina Ochieng -> =county council", "!OPPOSES Amina Ochieng -> clinics"}},
		{"Poland condemned the plan for building the dam.",
			[]string{"KNOWN parser: for-gerund \"for building\" hung on the verb condemned (advcl), not on the noun plan (acl) | OPPOSES Poland -> plan for building the dam"}},
	})
}
