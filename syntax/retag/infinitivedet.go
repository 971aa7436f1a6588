package retag

import "strings"

// InfinitiveBeforeDeterminer re-tags as the base form (VERB, Penn VB) a lower-case word with a
// verb reading (baseverbs) that the tagger read as an adjective or a singular noun (JJ, NN) right
// after "to" and right before a determiner or possessive determiner (DT, PRP$), and the "to" as
// the infinitive marker (PART, TO): "called on the junta to free the prisoners" (free JJ, to IN),
// "and to free the traders". A determiner opens its noun phrase, before every premodifying
// adjective or noun (Quirk et al. 1985, 5.13-5.14, 17.2), so an adjective or noun right before
// it premodifies nothing of that phrase and "to" + word is no prepositional phrase ("to free
// prisoners" may be one; "to free the prisoners" is not): the word is the verb of a
// to-infinitive, "to" and the base form (Quirk 3.54, 16.38), taking the phrase as its object.
// The determiners "all", "both", "half" and "such" may follow a word they do not open a phrase
// after ("to them all"), and "the" after a repeated noun ("from time to time the …", the
// reduplicated adverbial, Quirk 8.55) is left. Returns the number of words re-tagged.
func InfinitiveBeforeDeterminer(forms, upos, xpos []string) int {
	n := 0
	for i := 1; i+1 < len(forms); i++ {
		if strings.ToLower(forms[i-1]) != "to" || xpos[i] != "JJ" && xpos[i] != "NN" {
			continue
		}
		if xpos[i+1] != "DT" && xpos[i+1] != "PRP$" {
			continue
		}
		switch strings.ToLower(forms[i+1]) {
		case "all", "both", "half", "such":
			continue
		}
		w := forms[i]
		if w != strings.ToLower(w) || !baseVerbs.Has(w) || i >= 2 && strings.ToLower(forms[i-2]) == w {
			continue
		}
		upos[i], xpos[i] = "VERB", "VB"
		upos[i-1], xpos[i-1] = "PART", "TO"
		n++
	}
	return n
}
