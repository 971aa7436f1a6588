package loader

import "testing"

// TestFrames21Set scores ../frames/testdata/frames21/constructions.tsv (issue 13, frames21): wire
// constructions that put a stance cue away from its actor — support verbs and verbs of attempt
// with a purpose infinitive, by-agents after inserted phrases, agents in appositions, inserted
// participial and absolute phrases, coordinated verbs, possessor nominal cues, relative clauses
// headed by the actor, descriptive actors. The floors are the figures at the end of branch
// frames21, so the test catches regressions; they are not targets.
func TestFrames21Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "../frames/testdata/frames21/constructions.tsv"))
	t.Logf("frames21 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 0, 0
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
