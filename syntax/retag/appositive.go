package retag

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/lexicon"
)

// interjections is the closed class of words the tagger may read as interjections (UH)
// (data/wordclasses/interjections.txt; Quirk et al. 1985, 11.54–11.55).
var interjections = lexicon.WordClass("interjections")

// OpeningNameBeforeAppositive re-tags as a proper noun (PROPN, NNP) a capitalized sentence-initial
// word outside the interjection class that the tagger read as an interjection (UH), followed by
// a comma, a noun phrase opened by a determiner and, later, a finite verb: "Haiti, a member of
// the African Union, said it would …". Interjections are a closed class (Quirk et al. 1985,
// 2.41, 11.54), so a word outside it is no interjection; a capitalized word before a comma and a
// noun phrase that a finite verb follows is the subject with a non-restrictive appositive
// (Quirk 17.65 ff.: "Haiti, a member of X, said …"). The parser otherwise makes the word a
// discourse element and the appositive's head the verb's subject. Returns the number re-tagged.
func OpeningNameBeforeAppositive(forms, upos, xpos []string) int {
	if len(forms) < 5 || xpos[0] != "UH" || forms[1] != "," || xpos[2] != "DT" {
		return 0
	}
	w := forms[0]
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) || interjections.Has(strings.ToLower(w)) {
		return 0
	}
	for _, c := range r {
		if !unicode.IsLetter(c) && c != '-' {
			return 0
		}
	}
	for k := 3; k < len(forms); k++ {
		if FiniteVerb(upos[k], xpos[k]) {
			upos[0], xpos[0] = "PROPN", "NNP"
			return 1
		}
	}
	return 0
}
