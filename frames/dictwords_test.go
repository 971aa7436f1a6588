package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// dictCase expects (or not) an asserted match of type typ from the token src.
type dictCase struct {
	text string
	typ  graph.RelType
	src  string
	want bool
}

func checkDictCases(t *testing.T, cases []dictCase) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Asserts() && m.Type == c.typ && form(toks, m.Source) == c.src {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s from %s: want %v;%s", c.text, c.typ, c.src, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestPatternParticle (cues28, bench/cuecheck's particle class): a CAMEO pattern that names a
// particle ("- * DOWN" [173] # CLAMP, "- * OUT" [020] # REACH, "- * OFF DEAL" [120] # THROW) is
// the dictionary's entry for the phrasal verb, though the verb has no compound line: without an
// object (unlistedParticle), with the particle before the object that the parser read as a
// preposition (particleBeforeObject, patternParticle), with a prepositional slot after the
// particle, and with the particle written as a slot's preposition (patternScore). Must-nots: the
// verb without the particle, the particle before another object or noun, another verb.
func TestPatternParticle(t *testing.T) {
	checkDictCases(t, []dictCase{
		{"Belarus clamped down on independent newspapers.", graph.Opposes, "Belarus", true},
		{"Seoul reached out to Tokyo after the vote.", graph.Demands, "Seoul", true},
		{"Peru threw off the deal with Chile.", graph.Opposes, "Peru", true},
		// a prepositional slot after the particle ("OUT (OF FUNDING)" [1621] # OPT) and the
		// particle written as the slot's preposition ("(OFF SANCTIONS)" [128] # SHRUG)
		{"Denmark opted out of the funding for the new fleet.", graph.Sanctions, "Denmark", true},
		{"Taiwan shrugged off the new sanctions.", graph.Opposes, "Taiwan", true},
		// must-nots
		{"The children threw off their blankets.", graph.Opposes, "children", false},
		{"The farmer clamped the pipe to the wall.", graph.Opposes, "farmer", false},
		{"The bus reached the border after the vote.", graph.Demands, "bus", false},
		{"Denmark opted out of the tournament.", graph.Sanctions, "Denmark", false},
		{"Taiwan shrugged off the cold.", graph.Opposes, "Taiwan", false},
	})
}

// TestHyphenatedPatternWord (cues28, bench/cuecheck's hyphenated class): a pattern word the
// dictionary writes with hyphens ("- * SIT-IN" [141] # STAGE, "- * GO-AHEAD" [0331]) matches the
// tokens the tokenizer splits it into, the last part the head (hyphen.go). Must-nots: the last
// part alone, another compound.
func TestHyphenatedPatternWord(t *testing.T) {
	checkDictCases(t, []dictCase{
		{"The union staged a sit-in at the ministry.", graph.Opposes, "union", true},
		{"The students staged a play at the ministry.", graph.Opposes, "students", false},
		{"The union staged a walk-in at the ministry.", graph.Opposes, "union", false},
	})
}
