package loader

import "testing"

// TestProperPremodifierHolders checks a proper adjective premodifying a description inside a
// sentence ("Hispanic voters", "Muslim advocates": actors/propermodifier.go), and that a
// sentence-initial label keeps a capital the article writes inside its sentences ("Democratic
// mayors", lowerInitial). Sentences written for the test. Must-nots: a person's name as the
// modifier ("Obama enthusiasts" keeps Obama's mention), a singular title ("the Republican
// presidential candidate" is a person's description, no group).
func TestProperPremodifierHolders(t *testing.T) {
	lede := "Council votes on Dayton plan\n\nThe mayor of Dayton, Ohio, Nan Whaley, won a vote on the new budget plan on Tuesday.\n\n"
	runCases(t, []exCase{
		{"a proper adjective inside a sentence keeps its capital",
			lede + "On Wednesday, Hispanic voters rejected the budget plan.",
			[]string{"GROUP Hispanic voters", "OPPOSES Hispanic voters -> budget plan", "country Hispanic voters = local"}},
		{"a religious adjective before an agent noun",
			lede + "On Wednesday, Muslim advocates praised the budget plan.",
			[]string{"GROUP Muslim advocates", "SUPPORTS Muslim advocates -> budget plan"}},
		{"a sentence-initial party adjective the article capitalizes inside sentences",
			lede + "Democratic mayors endorsed the budget plan. Whaley is a Democratic mayor.",
			[]string{"GROUP Democratic mayors", "SUPPORTS Democratic mayors -> budget plan"}},
		{"must not: a singular title after a proper adjective is no group",
			lede + "Donald Trump spoke in Dayton. On Wednesday, the Republican presidential candidate criticized the budget plan.",
			[]string{"!actor Republican presidential candidate"}},
		{"must not: a person's name as the modifier",
			lede + "Barack Obama spoke. Later, Obama advocates praised the budget plan.",
			[]string{"!actor Obama advocates", "PERSON Barack Obama"}},
	})
}
