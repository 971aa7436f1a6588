package retag

import "strings"

// ParticipleBeforeDeterminer re-tags as an -ing participle (VERB, VBG) a word in -ing that the
// tagger read as an adjective or noun when it opens the sentence or follows a comma and a
// determiner comes right after it: "Welcoming the agreement, Chile said …", "…, hailing the
// truce, …". A determiner opens its noun phrase, before any premodifying adjective or noun
// (Quirk et al. 1985, 5.13-5.14, 17.2: determiners precede premodifiers), so a word before it is
// no premodifier of that phrase; at the head of a clause, an -ing form with a noun phrase after
// it is the participle of a non-finite clause taking that phrase as object (Quirk et al. 1985,
// 15.56). Returns the number of words re-tagged.
func ParticipleBeforeDeterminer(forms, upos, xpos []string) int {
	n := 0
	for i := 0; i+1 < len(forms); i++ {
		w := strings.ToLower(forms[i])
		if upos[i] != "ADJ" && upos[i] != "NOUN" || len(w) < 6 || !strings.HasSuffix(w, "ing") {
			continue
		}
		if i > 0 && forms[i-1] != "," {
			continue
		}
		if xpos[i+1] != "DT" && xpos[i+1] != "PRP$" {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBG"
		n++
	}
	return n
}
