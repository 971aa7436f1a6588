package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax"
)

// infinitiveAfterAttempt re-tags "to" and the word after it as the infinitive marker and a base
// verb after a noun of attempt or the verb "move" (issue 13, frames21): "took steps to ease
// restrictions", "launched a bid to broker a truce", "moved to halt arms sales" tagged "to/IN
// ease/NN", so the parser reads "ease restrictions" as a compound noun and the act is lost.
// Nouns of attempt (modality.txt class attempt) take a to-infinitive naming the act attempted
// (Collins COBUILD English Grammar 2.297–2.299), and "move" in "moved to V" is the verb of acting
// (WordNet 3.0 verb synset {act, move}, "perform an action"); after them "to" before a word the
// CAMEO verb dictionary lists as a verb, with a noun phrase following it (the verb's object:
// determiner, adjective, noun, name, number or possessive), is the infinitive marker, and the
// word a verb–noun pair by conversion (Quirk et al. 1985, Appendix I on conversion: ease, halt, broker)
// in its verb use. A word with a determiner or tagged as a plural noun stays a noun
// ("steps to the talks", "a move to peace talks" has no CAMEO verb "peace").
func infinitiveAfterAttempt(fr *frames.Lexicon, lm syntax.Lemmatizer, forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		if !strings.EqualFold(forms[i], "to") || upos[i+1] != "NOUN" || xpos[i+1] != "NN" {
			continue
		}
		w := forms[i+1]
		if w != strings.ToLower(w) || !fr.IsVerb(w) {
			continue
		}
		prev := strings.ToLower(lm.Lemma(forms[i-1], upos[i-1], xpos[i-1]))
		if !(upos[i-1] == "NOUN" && fr.InClass("attempt", prev) || upos[i-1] == "VERB" && prev == "move") {
			continue
		}
		if n := i + 2; upos[n] != "DET" && upos[n] != "ADJ" && upos[n] != "NOUN" && upos[n] != "PROPN" && upos[n] != "NUM" && xpos[n] != "PRP$" {
			continue // no noun phrase opens after the word: no object of a verb
		}
		upos[i], xpos[i] = "PART", "TO"
		upos[i+1], xpos[i+1] = "VERB", "VB"
	}
}
