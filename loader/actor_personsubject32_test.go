package loader

import "testing"

// TestPlainPersonPluralHolders checks the plain plural nouns of persons (WordNet noun.person, no
// Phoenix agent) that hold a stance as the subject of a finite stance verb (actors/personsubject.go),
// and the proper adjective that premodifies a description inside a sentence. Sentences written
// for the test. Must-nots: a verb of saying only ("critics said" makes no group), a participle after an object ("the 300 delegates needed"), a person's name as
// the modifier ("Obama enthusiasts" keeps Obama's mention), an attribution head alone ("officials").
func TestPlainPersonPluralHolders(t *testing.T) {
	lede := "Council votes on Dayton plan\n\nThe mayor of Dayton, Ohio, Nan Whaley, won a vote on the new budget plan on Tuesday.\n\n"
	runCases(t, []exCase{
		{"a sentence-initial plural of persons before a stance verb",
			lede + "Critics condemned the budget plan.",
			[]string{"GROUP critics", "OPPOSES critics -> budget plan", "country critics = local"}},
		{"an adverb between the group and a frames verb",
			lede + "Independents strongly favored the budget plan.",
			[]string{"GROUP independents", "SUPPORTS independents -> budget plan"}},
		{"inside a sentence, after a time adjunct",
			lede + "On Wednesday, veterans denounced the budget plan.",
			[]string{"OPPOSES veterans -> budget plan"}},
		{"the by-agent of a passive stance verb",
			lede + "The budget plan was criticized by conservatives.",
			[]string{"OPPOSES conservatives -> budget plan"}},
		{"a proper adjective inside a sentence keeps its capital",
			lede + "On Wednesday, Hispanic voters rejected the budget plan.",
			[]string{"GROUP Hispanic voters", "OPPOSES Hispanic voters -> budget plan"}},
		{"a sentence-initial party adjective the article capitalizes inside sentences",
			lede + "Democratic mayors endorsed the budget plan. Whaley is a Democratic mayor.",
			[]string{"GROUP Democratic mayors", "SUPPORTS Democratic mayors -> budget plan"}},
		{"must not: a verb of saying only",
			lede + "On Wednesday, critics said the budget plan was late.",
			[]string{"!actor critics"}},
		{"must not: a participle after an object",
			lede + "Whaley reached the 300 supporters needed to pass the budget plan.",
			[]string{"!actor supporters"}},
		{"must not: a person's name as the modifier",
			lede + "Barack Obama spoke. Later, Obama enthusiasts praised the budget plan.",
			[]string{"!actor Obama enthusiasts", "PERSON Barack Obama"}},
		{"must not: a bare attribution head of groups.txt",
			lede + "On Wednesday, officials rejected the budget plan.",
			[]string{"!actor officials"}},
	})
}
