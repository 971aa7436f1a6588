package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPatternParticle (cues28, bench/cuecheck's particle class): a CAMEO pattern that names a
// particle ("- * DOWN" [173] # CLAMP, "- * OUT" [020] # REACH, "- * OFF DEAL" [120] # THROW) is
// the dictionary's entry for the phrasal verb, though the verb has no compound line: without an
// object (unlistedParticle), with the particle before the object that the parser read as a
// preposition (particleBeforeObject, patternParticle), with a prepositional slot after the
// particle, and with the particle written as a slot's preposition (patternScore). Must-nots: the
// verb without the particle, the particle before another object or noun, another verb.
func TestPatternParticle(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Belarus clamped down on independent newspapers.", graph.Opposes, "Belarus", "*", "", true, onlyAsserted},
		// "- * OUT" [020] # REACH is overridden (data/frames/cameo-overrides.txt, events30b:
		// reaching out is making contact, no request); the particle still selects the row
		{"Seoul reached out to Tokyo after the vote.", graph.Demands, "Seoul", "*", "", false, onlyAsserted},
		{"Seoul stepped down after the vote.", graph.Offers, "Seoul", "*", "", true, onlyAsserted},
		{"Peru threw off the deal with Chile.", graph.Opposes, "Peru", "*", "", true, onlyAsserted},
		// a prepositional slot after the particle ("OUT (OF FUNDING)" [1621] # OPT) and the
		// particle written as the slot's preposition ("(OFF SANCTIONS)" [128] # SHRUG)
		{"Denmark opted out of the funding for the new fleet.", graph.Sanctions, "Denmark", "*", "", true, onlyAsserted},
		{"Taiwan shrugged off the new sanctions.", graph.Opposes, "Taiwan", "*", "", true, onlyAsserted},
		// must-nots
		{"The children threw off their blankets.", graph.Opposes, "children", "*", "", false, onlyAsserted},
		{"The farmer clamped the pipe to the wall.", graph.Opposes, "farmer", "*", "", false, onlyAsserted},
		{"The bus reached the border after the vote.", graph.Demands, "bus", "*", "", false, onlyAsserted},
		{"Denmark opted out of the tournament.", graph.Sanctions, "Denmark", "*", "", false, onlyAsserted},
		{"Taiwan shrugged off the cold.", graph.Opposes, "Taiwan", "*", "", false, onlyAsserted},
	})
}

// TestHyphenatedPatternWord (cues28, bench/cuecheck's hyphenated class): a pattern word the
// dictionary writes with hyphens ("- * SIT-IN" [141] # STAGE, "- * GO-AHEAD" [0331]) matches the
// tokens the tokenizer splits it into, the last part the head (hyphen.go). Must-nots: the last
// part alone, another compound.
func TestHyphenatedPatternWord(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The union staged a sit-in at the ministry.", graph.Opposes, "union", "*", "", true, onlyAsserted},
		{"The students staged a play at the ministry.", graph.Opposes, "students", "*", "", false, onlyAsserted},
		{"The union staged a walk-in at the ministry.", graph.Opposes, "union", "*", "", false, onlyAsserted},
	})
}
