package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// adjunctCase expects (or not) an own-scope match of type typ from src whose content is the
// verb act.
type adjunctCase struct {
	text string
	typ  graph.RelType
	src  string
	act  string
	want bool
}

// TestAdjunctStance (issue 13, cues28): a noun of opposition in a concessive adjunct (despite,
// over, notwithstanding) and a noun of support or request in an adjunct of circumstance (at,
// with, under) is its possessor's, national modifier's, from- or of-phrase's stance toward
// the act of the clause it modifies (adjunct.go). Near misses: the other pairings (despite +
// support, with + opposition), the complex preposition "in support of" (its own target), a
// noun with its own argument, no actor named.
func TestAdjunctStance(t *testing.T) {
	checkAdjunctCases(t, []adjunctCase{
		{"Over a Dutch objection, the finance ministers agreed to raise the budget ceiling.", graph.Opposes, "Dutch", "agreed", true},
		{"Despite Egypt's protests, Ethiopia began filling the reservoir.", graph.Opposes, "Egypt", "began", true},
		{"At Norway's request, the council delayed its vote on the resolution.", graph.Demands, "Norway", "delayed", true},
		{"The committee reopened the file at the request of Portugal.", graph.Demands, "Portugal", "reopened", true},
		{"With strong Canadian support, the fund approved a loan to Ghana.", graph.Supports, "Canadian", "approved", true},
		{"Under pressure from Washington, Panama suspended the port contract.", graph.Demands, "Washington", "suspended", true},
		{"In spite of Sudan's protests, Egypt signed the water agreement.", graph.Opposes, "Sudan", "signed", true},
		{"Kenya started building the pipeline in spite of Uganda's objections.", graph.Opposes, "Uganda", "building", true},
		// near misses
		{"Despite strong Canadian support, the resolution failed.", graph.Supports, "Canadian", "failed", false},
		{"With Polish opposition, the proposal stalled.", graph.Opposes, "Polish", "stalled", false},
		{"Kenya voted in support of the resolution.", graph.Supports, "Kenya", "voted", false},
		{"Despite Egypt's protests over the dam, Ethiopia began filling the reservoir.", graph.Opposes, "Egypt", "began", false},
		{"Despite the rain, the ministers signed the accord.", graph.Opposes, "rain", "signed", false},
		{"In spite of strong Canadian support, the resolution failed.", graph.Supports, "Canadian", "failed", false},
		{"The president received the Thai envoy at his request.", graph.Demands, "his", "received", false},
	})

	knownParserMiss(t, "despite-phrase nmod of accord (UD obl of signed: a concessive adjunct)", func(tb testing.TB) {
		checkAdjunctCases(tb, []adjunctCase{
			{"Chile signed the accord despite Bolivia's objections.", graph.Opposes, "Bolivia", "signed", true},
		})
	})
}

// checkAdjunctCases runs adjunctCases through the parser and Match.
func checkAdjunctCases(t testing.TB, cases []adjunctCase) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Scope == Own && m.Type == c.typ && form(toks, m.Source) == c.src && form(toks, m.Content) == c.act {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s→%s: want %v;%s", c.text, c.typ, c.src, c.act, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestInfinitiveNoun (issue 13, cues28): a noun–verb homograph tagged as a singular noun but
// parsed as the head of a clause marked "to" is the infinitive (infinitiveNouns): "will continue
// to challenge X's practices" opposes them (CAMEO CHALLENGE), as "challenged X's practices" does.
// A noun after the preposition "to" (case, not mark) stays a noun.
func TestInfinitiveNoun(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Mexico will continue to challenge Canada's dairy quotas.", graph.Opposes, "Mexico", "quotas", "", true, anyMatch},
		{"Indonesia vowed to challenge the European Union's palm oil rules.", graph.Opposes, "Indonesia", "rules", "", true, anyMatch},
		{"The minister responded to the challenge from the opposition.", graph.Opposes, "minister", "challenge", "", false, anyMatch},
	})
}

// TestLendingPartner (issue 13, cues28): lend and loan are give verbs (Levin 1993, 13.1), so a
// sanction that bars lending to a party is aimed at that party (modality.txt trade-to;
// tradePartner), as barring sales to it is. Without a recipient the object stays the target.
func TestLendingPartner(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Australia blocked its banks from lending to the junta.", graph.Sanctions, "Australia", "junta", "", true, onlyAsserted | ruleKnown},
		{"The council barred member states from loaning funds to Belarus.", graph.Sanctions, "council", "Belarus", "", true, onlyAsserted | ruleKnown},
		{"Australia blocked its banks from lending money.", graph.Sanctions, "Australia", "banks", "", true, onlyAsserted | ruleKnown},
	})
}
