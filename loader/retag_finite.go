package loader

import "strings"

// verbAfterSubject re-tags as a finite verb (Penn VBZ) a plural noun in -s that follows a
// singular noun — directly or after one adverb in -ly — in a tagged sentence with no finite verb
// at all: "The government strongly condemns North Korea's launch", "The ministry condemns North
// Korea's launch", which the EWT tagger reads as a noun compound modifying the two-word name
// after it ("condemns" NNS). An independent sentence has a finite verb (Quirk et al. 1985, 2.3,
// 3.52), the -s form is the same for a plural noun and a verb of the third person singular
// (Quirk 3.5), and the singular noun before it is the subject it agrees with; a manner adverb in
// -ly modifies a verb, an adjective or an adverb, not a noun. The first such word is
// taken, and only before any word tagged a verb; a sentence with a finite verb is left as
// tagged ("The state arms exports rose"), and so is one with a verb before the -s word ("We also
// strongly support the IMF and World Bank's efforts", "support" tagged VB).
// It returns whether it re-tagged.
func verbAfterSubject(forms, upos, xpos []string) bool {
	for i := 1; i < len(forms); i++ {
		if upos[i-1] == "VERB" || upos[i-1] == "AUX" {
			return false // a verb before it, though not tagged finite ("We strongly support" VB)
		}
		w := strings.ToLower(forms[i])
		if upos[i] != "NOUN" || xpos[i] != "NNS" || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
			continue
		}
		h := i - 1
		if xpos[h] == "RB" && strings.HasSuffix(strings.ToLower(forms[h]), "ly") && h > 0 {
			h--
		}
		if xpos[h] != "NN" && xpos[h] != "NNP" {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
		return true
	}
	return false
}
