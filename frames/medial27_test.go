package frames

import (
	"strings"

	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestMedialReportingNounPhrase (medial27): a reporting clause between commas inside the clause
// it reports (Quirk et al. 1985, 15.53), parsed with the reported clause as the reporting verb's
// subjectless ccomp and the noun phrase before the first comma hung on the reporting verb
// (vocative, nsubj with the reporter as its appos, dislocated): the reported act is the noun
// phrase's. Sentences of our own; several reporting verbs, names and definite noun phrases,
// plain and modal verbs. Near misses: the speaker first with a that-less complement that has its
// own subject, a fronted adverbial before the reporting clause, and an imperative after a comma.
func TestMedialReportingNounPhrase(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Vietnam, the spokeswoman L said, opposes any drilling in the area.", graph.Opposes, "Vietnam", "drilling", "", true, onlyAsserted | ruleKnown},
		{"Vietnam, the spokeswoman L said, opposes any drilling in the area.", graph.Opposes, "L", "*", "", false, onlyAsserted | ruleKnown},
		{"Vietnam, the spokeswoman said, opposes any drilling in the area.", graph.Opposes, "Vietnam", "drilling", "", true, onlyAsserted | ruleKnown},
		{"Vietnam, the spokeswoman Le Thi Hang said, opposes any drilling in the area.", graph.Opposes, "Vietnam", "drilling", "", true, onlyAsserted | ruleKnown},
		{"Peru, the foreign minister Ana Cecilia Gervasi said, rejects the proposal.", graph.Opposes, "Peru", "proposal", "", true, onlyAsserted | ruleKnown},
		{"The government, the spokesman Carlos Ruiz said, will reject the proposal.", graph.Opposes, "government", "proposal", "", true, onlyAsserted | ruleKnown},
		{"Chile, the minister Gabriel Boric added, condemns the attack.", graph.Opposes, "Chile", "attack", "", true, onlyAsserted | ruleKnown},
		{"Ghana, its envoy Kwame Mensah told reporters, rejects the offer.", graph.Opposes, "Ghana", "offer", "", true, onlyAsserted | ruleKnown},
		{"Vietnam, the foreign ministry spokeswoman Pham Thu Hang said, opposes any drilling in the area.", graph.Opposes, "Vietnam", "drilling", "", true, onlyAsserted | ruleKnown},
		// near misses
		{"Vietnam said the spokeswoman opposes any drilling in the area.", graph.Opposes, "Vietnam", "*", "", false, onlyAsserted | ruleKnown},
		{"On Monday, the agency said, the ministry rejects the offer.", graph.Opposes, "Monday", "*", "", false, onlyAsserted | ruleKnown},
		{"On Monday, the agency said, rejects the offer.", graph.Opposes, "Monday", "*", "", false, onlyAsserted | ruleKnown},
		{"Minister, the protesters said, reject the offer.", graph.Opposes, "Minister", "*", "", false, onlyAsserted | ruleKnown},
		{"Colonel, the envoy told him, reject the offer.", graph.Opposes, "Colonel", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestMedialReportingRule (medial27): each parse shape of a medial reporting clause names its
// frame, verb-medial, in the match's rule (Evidence.rule): the reporter as the first phrase's
// appositive (with said root, or with said a relative clause on it) and the first phrase a
// vocative; a speaker-first sentence does not.
func TestMedialReportingRule(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Vietnam, the spokeswoman L said, opposes any drilling in the area.", true},
		{"Vietnam, the foreign ministry spokeswoman Pham Thu Hang said, opposes any drilling in the area.", true},
		{"Vietnam, the spokeswoman said, opposes any drilling in the area.", true},
		{"Vietnam said the spokeswoman opposes any drilling in the area.", false},
		{"Vietnam, the largest claimant, opposes any drilling in the area.", false},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		got := false
		for _, m := range ms {
			if m.Type == graph.Opposes && strings.HasPrefix(m.Rule, "frames:verb-medial:") {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: verb-medial = %v, want %v;%s", c.text, got, c.want, describe(toks, ms))
		}
	}
}
