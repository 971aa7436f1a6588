package retag

import "strings"

// InfinitiveVerb re-tags as the base form (Penn VB) a word the EWT tagger read as a singular noun
// right after an infinitive marker "to" (UPOS PART: UD tags "to" PART only as the infinitive's
// marker, ADP as a preposition) and right before the opening of an object: a determiner,
// possessive, numeral or plural noun, or a particle before one (objectOpens): "told Serbia to
// hand over the suspects" (hand NN), "asked Chile to table a motion". The to-infinitive is "to"
// and the verb's base form (Quirk et al. 1985, 3.54, 16.38), so the word the marker governs is a
// verb; a noun followed by a determined noun phrase would be a second object with no verb. The
// word must be lower case and not end in -s, the base form's shape (Quirk 3.5). It returns
// whether it re-tagged.
func InfinitiveVerb(forms, upos, xpos []string) bool {
	done := false
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "NN" || upos[i-1] != "PART" || strings.ToLower(forms[i-1]) != "to" {
			continue
		}
		if w := forms[i]; w != strings.ToLower(w) || strings.HasSuffix(w, "s") || !objectOpens(forms, xpos, i+1) {
			continue
		}
		upos[i], xpos[i] = "VERB", "VB"
		done = true
	}
	return done
}
