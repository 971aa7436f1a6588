package retag

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// liabilityAdjectives are adjectives of answerability that have no noun sense (data/wordclasses,
// Merriam-Webster): liable, accountable, culpable.
var liabilityAdjectives = lexicon.WordClass("liabilityadjectives")

// LiabilityAdjective re-tags as an adjective (ADJ, JJ) a word of liabilityAdjectives that the
// tagger read as a noun: the word has no noun sense, and after a verb's object it is the object
// complement of a complex-transitive verb ("held the operator liable for the fire", "found the
// firm liable": Quirk et al. 1985, 16.44), which the parser then reads as the verb's xcomp.
// Returns the number of words re-tagged.
func LiabilityAdjective(forms, upos, xpos []string) int {
	n := 0
	for i := range forms {
		if (upos[i] == "NOUN" || upos[i] == "PROPN") && liabilityAdjectives.Has(strings.ToLower(forms[i])) {
			upos[i], xpos[i] = "ADJ", "JJ"
			n++
		}
	}
	return n
}
