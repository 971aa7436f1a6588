package retag

import "strings"

// adjectivePrefixes are the prefixes that form adjectives from nouns: "anti-dumping duties",
// "pro-Russian separatists", "non-aligned states" (Quirk et al. 1985, Appendix I.21-I.22: anti-
// "against", pro- "on the side of", non- "not"; written with a hyphen before a noun or name).
var adjectivePrefixes = []string{"anti-", "pro-", "non-"}

// PrefixedAdjective re-tags as an adjective (ADJ, JJ) a hyphenated word formed with anti-, pro-
// or non- that the tagger read as a verb form ("anti-dumping" VBG, so that "imposed anti-dumping
// duties" parsed the word as an infinitive clause and "duties" as its object): such a word is an
// adjective (Quirk et al. 1985, Appendix I.21-I.22), never a verb, when a noun follows it. Returns
// the number of words re-tagged.
func PrefixedAdjective(forms, upos, xpos []string) int {
	n := 0
	for i := 0; i+1 < len(forms); i++ {
		if upos[i] != "VERB" || (upos[i+1] != "NOUN" && upos[i+1] != "PROPN" && upos[i+1] != "ADJ") {
			continue
		}
		w := strings.ToLower(forms[i])
		for _, p := range adjectivePrefixes {
			if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
				upos[i], xpos[i] = "ADJ", "JJ"
				n++
				break
			}
		}
	}
	return n
}
