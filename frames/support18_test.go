package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRallyAndSignOn (issue 13, support18): "rally behind/around" an actor or cause is CAMEO 053
// "rally support on behalf of"; the phrasal-prepositional "sign on to" an agreement is CAMEO 057
// (cue-classes.txt), its particle an adverb "on" the parser hangs on the verb (prepParticleWords).
// Near misses: a rally with no one behind it, "sign on" with a direct object, "went on to".
func TestRallyAndSignOn(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ukraine rallied behind Zelensky after the attack.", graph.Supports, "Ukraine", "Zelensky", "", true, onlyAsserted},
		{"Party leaders rallied around the chancellor on Monday.", graph.Supports, "leaders", "chancellor", "", true, onlyAsserted},
		{"Canada signed on to the Paris accord in 2016.", graph.Supports, "Canada", "accord", "", true, onlyAsserted},
		{"Mexico quickly signed on to the proposal.", graph.Supports, "Mexico", "proposal", "", true, onlyAsserted},
		// near misses
		{"Farmers rallied in the capital on Sunday.", graph.Supports, "Farmers", "*", "", false, onlyAsserted},
		{"The club signed on a new striker.", graph.Supports, "club", "*", "", false, onlyAsserted},
		{"Peru went on to win the match.", graph.Supports, "Peru", "*", "", false, onlyAsserted},
	})
}

// TestPrepSlotHead (issue 13, support18): a dictionary pattern's prepositional phrase "(set) head"
// names its head last ("(FOR {&MILITARY RESPONSE})": a response), the set before it modifies the
// head; a phrase with a military noun but no response ("a proposal for a border force") is not
// the pattern, and the verb's own support pattern stands.
func TestPrepSlotHead(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"(military|armed forces|troops) response", "response"},
		{"(money|cash) aid", "aid"},
		{"aid|help", "aid help"},
		{"(food|nutrient)", "food nutrient"},
		{"peace deal", "deal"},
	} {
		if got := strings.Join(alternatives(c.in), " "); got != c.want {
			t.Errorf("alternatives(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	checkMatches(t, []matchCase{
		{"Austria backed the Italian plan for a joint naval force.", graph.Supports, "Austria", "plan", "", true, onlyAsserted},
		{"Austria backed the Italian plan for a joint naval force.", graph.Opposes, "Austria", "*", "", false, onlyAsserted},
		{"Chile supported the proposal for a regional police force.", graph.Supports, "Chile", "proposal", "", true, onlyAsserted},
	})
}

// TestEntryPreposition (issue 13, support18): a dictionary verb entered with its preposition
// (CAMEO.2.0.txt "+SIDE_WITH", 050) takes that preposition's phrase as its target before the
// other adjuncts ("on the issue", "over the pipeline"): a prepositional verb's object is its
// preposition's (Quirk et al. 1985, 16.5).
func TestEntryPreposition(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Serbia sided with Hungary on the migration quota.", graph.Supports, "Serbia", "Hungary", "", true, onlyAsserted},
		{"Ecuador sided with Peru over the fishing dispute.", graph.Supports, "Ecuador", "Peru", "", true, onlyAsserted},
		{"Serbia sided with Hungary on the migration quota.", graph.Supports, "Serbia", "quota", "", false, onlyAsserted},
	})
}

// TestCooperationPartner (issue 13, support18): a verb of CAMEO 050 "engage in diplomatic
// cooperation" takes its with-phrase, the partner, as the target before an on- or over-phrase of
// the matter (args.go targetOf): "collaborate with Thailand on the dam" cooperates with Thailand.
func TestCooperationPartner(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Oman cooperated with Qatar on the gas pipeline.", graph.Supports, "Oman", "Qatar", "", true, onlyAsserted},
		{"Oman cooperated with Qatar on the gas pipeline.", graph.Supports, "Oman", "pipeline", "", false, onlyAsserted},
		{"Malta collaborated with Italy over the rescue.", graph.Supports, "Malta", "Italy", "", true, onlyAsserted},
	})
}

// TestAgentNounPredicate (issue 13, support18): an agent noun of stance predicated of the
// copula's subject is that subject's stance towards its of-phrase (nouns.go, modality.txt
// agent-noun): "is a staunch supporter of", "has long been a critic of". Near misses: the bare
// agent noun (no one named), a negated predicate, a noun that is no agent noun ("is a threat to").
func TestAgentNounPredicate(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Estonia is a staunch supporter of the sanctions.", graph.Supports, "Estonia", "sanctions", "", true, onlyAsserted},
		{"Ireland has long been an advocate of the two-state solution.", graph.Supports, "Ireland", "solution", "", true, onlyAsserted},
		{"Hungary has been a vocal critic of the migration pact.", graph.Opposes, "Hungary", "pact", "", true, onlyAsserted},
		{"Estonia is not in favour of the sanctions.", graph.Supports, "Estonia", "*", "", false, onlyAsserted},
		{"Austria was the main opponent of the merger.", graph.Opposes, "Austria", "merger", "", true, onlyAsserted},
		{"Latvia has been one of the most vocal backers of Kyiv.", graph.Supports, "Latvia", "Kyiv", "", true, onlyAsserted},
		{"Latvia is not one of the backers of the plan.", graph.Supports, "Latvia", "*", "", false, onlyAsserted},
		{"Denmark, a longtime champion of the treaty, chaired the session.", graph.Supports, "Denmark", "treaty", "", true, onlyAsserted},
		{"The talks were hosted by Oman, a critic of the blockade.", graph.Opposes, "Oman", "blockade", "", true, onlyAsserted},
		{"Oman invited the envoy and a critic of the blockade.", graph.Opposes, "envoy", "*", "", false, onlyAsserted},
		// near misses
		{"Supporters of the sanctions gathered in Tallinn.", graph.Supports, "", "sanctions", "", false, onlyAsserted},
		{"Estonia is not a supporter of the sanctions.", graph.Supports, "Estonia", "*", "", false, onlyAsserted},
		{"Russia is a threat to Estonia.", graph.Threatens, "Russia", "*", "", false, onlyAsserted},
	})
}
