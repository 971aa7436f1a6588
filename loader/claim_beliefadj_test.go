package loader

import "testing"

// TestBeliefAdjectiveClaims: "X is concerned/confident/convinced that CLAUSE" is X's claim
// (claims/beliefadj.go; dev13 embedded items, new-user trial 13 finding 6), and the act in the
// clause is not asserted. Several adjectives, copulas and adverbs; near misses: the adjective
// with a prepositional complement ("confident of victory", "concerned about") states no clause.
func TestBeliefAdjectiveClaims(t *testing.T) {
	runCases(t, []exCase{
		{"concerned", "Greek officials are concerned that Turkey may demand a share of the gas fields.",
			[]string{"CLAIMS Greek officials -> Turkey may demand", "!DEMANDS Turkey"}},
		{"adverb", "The Polish government is deeply convinced that Belarus will close the border crossings.",
			[]string{"CLAIMS Poland -> Belarus will close", "!SANCTIONS Belarus"}},
		{"remains", "Kenya remains confident that Uganda will lift the ban on its milk.",
			[]string{"CLAIMS Kenya -> Uganda will lift"}},
		{"of-phrase", "The Chilean minister was confident of victory in the vote.",
			[]string{"!CLAIMS Chile"}},
		{"about", "Chile is concerned about the new tariffs on copper.",
			[]string{"!CLAIMS Chile"}},
	})
}

// TestAttitudeGenitiveSubject: "Y's body expects X to V" is the body's claim, as "The body
// expects X to V" was (claims/reported.go attitudeClaim: a genitive opens the subject's noun
// phrase, Quirk et al. 1985, 5.115). Several possessors; near miss: under "if" no claim.
func TestAttitudeGenitiveSubject(t *testing.T) {
	runCases(t, []exCase{
		{"expects", "South Korea's unification ministry expects North Korea to stage new missile launches.",
			[]string{"CLAIMS Unification Ministry -> missile launches"}},
		{"expects 2", "Japan's defence ministry expects China to expand its naval drills near Taiwan.",
			[]string{"CLAIMS Defence Ministry -> naval drills"}},
		{"fears", "Brazil's agriculture ministry fears that Argentina will restrict beef exports.",
			[]string{"CLAIMS Agriculture Ministry -> restrict beef exports"}},
		{"if", "If Japan's defence ministry expects China to expand its drills, it will say so.",
			[]string{"!CLAIMS Defence Ministry"}},
	})
}
