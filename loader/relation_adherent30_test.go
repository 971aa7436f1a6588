package loader

import "testing"

// TestAdherentNounDependent (events30a): a name in the premodifier, possessor or of-phrase of a
// noun of adherence ("Sanders supporters", "fans of X's performance", "the mayor's donors") is
// the relatum, not the referent (Quirk et al. 1985, App. I.57; Barker 1995, ch. 3: rivalnouns.txt
// adherent), so it is no source of the stance; must-nots: the named actor itself, and an
// adherent noun with an appositive name.
func TestAdherentNounDependent(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Most Hallorann supporters approved of the new budget.",
			[]string{"!SUPPORTS Hallorann"}},
		{"Fans of Gwen Darrow's last film complained about the casting.",
			[]string{"!OPPOSES Gwen Darrow"}},
		// must-nots
		{"Senator Hallorann approved of the new budget.",
			[]string{"SUPPORTS Hallorann -> new budget"}},
		{"A Hallorann supporter, Mayor Jim Kettle, criticized the budget.",
			[]string{"OPPOSES Jim Kettle -> budget"}},
		{"A poll found that 43% of Ohio voters support Senator Hallorann.",
			[]string{"SUPPORTS Ohio voters -> Hallorann"}},
	})
}
