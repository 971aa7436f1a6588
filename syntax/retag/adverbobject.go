package retag

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// prepositions are the words the Penn tag IN covers: the simple and marginal prepositions and
// the simple subordinators (data/wordclasses/prepositions.txt; Quirk et al. 1985, 9.7, 9.10,
// 14.12), closed classes.
var prepositions = lexicon.WordClass("prepositions")

// AdverbBeforeObject re-tags as an adverb (ADV, RB) a word the tagger read as a preposition (IN)
// that no preposition or subordinator is, standing right after a verb and right before the
// start of a noun phrase (a determiner, a possessive, a name, a noun, an adjective or a number):
// "rejected outright the peace plan", "refused outright Lima's offer". An adjunct may stand
// between a verb and its object when the object is long or carries the focus (postponement of
// the object, Quirk et al. 1985, 8.20 on adverbial positions, 18.39 on end-weight); a
// preposition is a closed class (Quirk 9.7, 9.10), so a word outside it that the tagger read as
// one, in that place, is the adjunct, and the noun phrase after it stays the verb's object. The
// parser otherwise hangs the object as an oblique with the adverb as its "preposition", and the
// verb's object is lost. A word of the class ("voted against the plan", "called off the
// strike") is left as tagged. Returns the number of words re-tagged.
func AdverbBeforeObject(forms, upos, xpos []string) int {
	n := 0
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "IN" || upos[i-1] != "VERB" || !strings.HasPrefix(xpos[i-1], "VB") {
			continue
		}
		w := strings.ToLower(forms[i])
		if prepositions.Has(w) || !lowerWord(forms[i]) {
			continue
		}
		switch upos[i+1] {
		case "DET", "PROPN", "NOUN", "ADJ", "NUM":
		case "PRON":
			if xpos[i+1] != "PRP$" {
				continue
			}
		default:
			continue
		}
		upos[i], xpos[i] = "ADV", "RB"
		n++
	}
	return n
}
