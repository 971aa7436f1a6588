package loader

import "testing"

// TestDemandToAddressee: the noun demand takes its addressee in a to-phrase, as ultimatum and
// protest do (data/frames/cue-classes.txt, noun demand; Quirk et al. 1985, ch. 17 on the complementation of nouns): the
// subject of the support verb demands of the to-phrase's actor. Sentences of our own; fails
// without the "to" of the noun line (no relation at all).
func TestDemandToAddressee(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Moldova issued a demand to Romania on Friday over the unpaid gas bills.", []string{"DEMANDS Moldova -> Romania"}},
		{"Uruguay made a demand to Paraguay to reopen the river port.", []string{"DEMANDS Uruguay -> Paraguay"}},
		// near misses: a statement to an actor demands nothing; a demand for a thing keeps it
		{"Moldova issued a statement to Romania on Friday.", []string{"!DEMANDS Moldova -> Romania"}},
		{"Uruguay issued a demand for compensation.", []string{"DEMANDS Uruguay -> compensation"}},
	})
}
