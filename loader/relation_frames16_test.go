package loader

import "testing"

// TestFrames16Set scores testdata/frames16/constructions.tsv (issue 13, frames16): nominal cues
// with support verbs (Oper1 and the intensifying PlusOper1, Mel'čuk 1996), "pressure on X to",
// possessive nominal cues with an infinitive or that-clause, and nominal cues as subjects of
// passives. The floors are the figures at the end of branch frames16, so the test catches
// regressions; they are not targets.
func TestFrames16Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames16/constructions.tsv"))
	t.Logf("frames16 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 37, 34 // of 44; base f223014: 35, 31
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}

// TestFrames16PlusOper1 (issue 13, frames16): an intensifying support verb (PlusOper1, Mel'čuk
// 1996: step up, increase, intensify, redouble; CAMEO.2.0.txt BOOST block) with a cue noun as its
// object is the noun's act, with the noun's own addressee and content ("pressure on X to V").
func TestFrames16PlusOper1(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Britain stepped up pressure on Iran to free the aid workers.", "DEMANDS Britain -> Iran"},
		{"Chile intensified its calls for an independent inquiry.", "DEMANDS Chile -> inquiry"},
		{"Greece stepped up its criticism of the Turkish drilling plans.", "OPPOSES Greece -> drilling"},
		{"Peru redoubled its demands for the return of the artefacts.", "DEMANDS Peru -> artefacts"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
}
