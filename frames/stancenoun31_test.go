package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestStanceHolderApposition31 (stancenoun31): a relative clause on an appositive noun predicates
// of the appositive's anchor (appositionAnchor). Must-nots: a restrictive relative on a bare
// indefinite head (a kind, no actor), and negation.
func TestStanceHolderApposition31(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The union leaders, a group that is firmly opposed to the mayor, met on Friday.", graph.Opposes, "leaders", "mayor", "adj-relcl-appos", true, onlyAsserted},
		{"The farm lobby, a coalition that has long supported the governor, issued a letter.", graph.Supports, "lobby", "governor", "verb-relcl", true, onlyAsserted},
		{"The union leaders, a group that has long supported the governor, met on Friday.", graph.Supports, "leaders", "governor", "verb-relcl", true, onlyAsserted},
		{"Tom Reed, the president of Citizens Watch, a conservative group that has sued the governor, spoke on Friday.", graph.Opposes, "Watch", "governor", "verb-relcl-appos", true, onlyAsserted},
		// must not
		{"Tom Reed, a lawyer who has long supported the governor, spoke on Friday.", graph.Supports, "*", "*", "relcl-appos", false, anyMatch},
		{"Voters want a senator who is opposed to the tax.", graph.Opposes, "senator", "*", "", false, onlyAsserted},
		{"Voters want a senator, a man who is opposed to the tax.", graph.Opposes, "senator", "*", "", false, onlyAsserted},
		{"The union leaders, a group that is not opposed to the mayor, met on Friday.", graph.Opposes, "*", "*", "", false, onlyUnnegated},
	})
}

// TestResistantTo31 (stancenoun31): "resistant to" is the adjective of resist (cue-classes.txt).
// Must-nots: a thing's resistance to a physical agent names no target of a stance, and negation.
func TestResistantTo31(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The rural voters have been strongly resistant to the governor.", graph.Opposes, "voters", "governor", "class/adj/resistant", true, onlyAsserted},
		// must not
		{"The rural voters have never been resistant to the governor.", graph.Opposes, "*", "*", "", false, onlyUnnegated},
	})
}

// TestStanceNounHolder31 (stancenoun31): the holder of a stance noun in a from-phrase beside a
// possessor (possessedFromAgent) and in a common-noun premodifier (premodifierHolder). Must-nots:
// an objective premodifier with no complement ("the farmer support"), a possessor alone stays
// the agent, a noun of leaving's from-phrase, a time from-phrase.
func TestStanceNounHolder31(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The governor's support from union leaders grew last month.", graph.Supports, "leaders", "governor", "noun-from-poss", true, onlyAsserted},
		{"Farmer opposition to the pipeline deal has grown.", graph.Opposes, "Farmer", "deal", "noun-", true, onlyAsserted},
		{"Teacher complaints about the mayor grew louder last week.", graph.Opposes, "Teacher", "mayor", "noun-premodifier", true, onlyAsserted},
		// must not
		{"The governor's support for the union leaders grew last month.", graph.Supports, "leaders", "*", "", false, anyMatch},
		{"Brazil's demand for compensation from Turkey drew a sharp response.", graph.Demands, "Brazil", "compensation", "noun-poss", true, anyMatch},
		{"The governor's support from last year has faded.", graph.Supports, "year", "*", "", false, anyMatch},
		{"The farmer support has faded.", graph.Supports, "farmer", "*", "", false, anyMatch},
		{"Union opposition has faded.", graph.Opposes, "Union", "*", "", false, anyMatch},
	})
}

// TestAgentNounRelatum31 (stancenoun31): the name premodifier of an agent noun is its object
// (agentRelatum), and a name in close apposition after it holds the stance
// (closeAppositionHolder). Must-nots: the premodifier is no holder ("Sanders supporters" as the
// source of Sanders' stance), a plural agent noun with no name after it, negation.
func TestAgentNounRelatum31(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ray Dunn is a longtime Marsh supporter.", graph.Supports, "Ray", "Marsh", "noun-predicate", true, onlyAsserted},
		{"Obama critic John Brown told reporters on Monday.", graph.Opposes, "John", "Obama", "noun-close-appos", true, onlyAsserted},
		{"Ray Dunn, a Pike critic, spoke first.", graph.Opposes, "Ray", "Pike", "noun-predicate", true, onlyAsserted},
		{"Another Obama supporter, Labor Secretary John Brown, told reporters on Monday that the plan would work.", graph.Supports, "Secretary", "Obama", "noun-close-appos", true, onlyAsserted},
		// must not
		{"The mayor's loyalists told reporters on Monday.", graph.Supports, "mayor", "*", "", false, anyMatch},
		{"Ray Dunn, a Supreme Court advocate, spoke first.", graph.Supports, "*", "Supreme", "", false, anyMatch},
		{"Marsh supporters rallied in the park.", graph.Supports, "Marsh", "*", "", false, anyMatch},
		{"Marsh supporters rallied in the park.", graph.Supports, "supporters", "Marsh", "", false, anyMatch},
		{"Ray Dunn is not a Marsh supporter.", graph.Supports, "*", "*", "", false, onlyUnnegated},
		{"The senator greeted his Ohio supporters on Friday.", graph.Supports, "*", "Ohio", "", false, anyMatch},
		{"Obama met his Kansas critics on Friday.", graph.Opposes, "Obama", "*", "", false, anyMatch},
		{"Three Kansas supporters of the bill spoke on Friday.", graph.Supports, "Kansas", "bill", "noun-national", true, anyMatch},
	})
}

// TestConjoinedRelative31 (stancenoun31): a relative clause conjoined to another shares its
// antecedent (verb-relcl-conj). Must-not: a verb conjoined to a relative clause with no relative
// pronoun of its own keeps the ordinary reading, and negation.
func TestConjoinedRelative31(t *testing.T) {
	checkMatches(t, []matchCase{
		{"\"We need a change,\" said Helen Ward, whom Obama appointed ambassador to Chile, and who is now backing Senator Marco Rubio.", graph.Supports, "Helen", "Marco", "verb-relcl-conj", true, onlyAsserted},
		// must not
		{"Helen Ward, whom the governor named to the board, and who does not support Rubio, spoke.", graph.Supports, "*", "*", "", false, onlyUnnegated},
	})
}

// TestAccusationThat31 (stancenoun31): "X's accusations that …": the noun of accusing takes its
// content clause (cue-classes.txt accusation ccomp). Must-nots: an accusation with no holder, and
// a negated one.
func TestAccusationThat31(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The governor answered Smith's accusations that the budget office had hidden the deficit.", graph.Opposes, "Smith", "*", "noun-poss", true, anyMatch},
		// must not
		{"The governor answered the accusations that the budget office had hidden the deficit.", graph.Opposes, "*", "*", "", false, onlyAsserted},
	})
}

// TestPushFor31 (stancenoun31): "X's push for Y" is the noun of PUSH (DEMAND 100) with its
// for-phrase. Must-nots: a push with an infinitive (an effort) and a push into a place name no
// target (the loader keeps no relation without one).
func TestPushFor31(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The senator's push for a higher minimum wage angered the governor.", graph.Demands, "senator", "wage", "noun-poss", true, onlyAsserted},
		// must not
		{"The senator's push to win votes in Iowa failed.", graph.Demands, "*", "win", "", false, anyMatch},
		{"The senator's push to win votes in Iowa failed.", graph.Demands, "*", "votes", "", false, anyMatch},
		{"The army's push into the city began on Monday.", graph.Demands, "*", "city", "", false, anyMatch},
	})
}
