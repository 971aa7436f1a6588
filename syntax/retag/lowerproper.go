package retag

import (
	"strings"
	"unicode"
)

// LowerProper re-tags as a common noun (NOUN; Penn NN, NNS for NNPS) a word written all in lower
// case right after an article that the tagger read as a proper noun: "announced an amnesty for
// prisoners", which the EWT tagger reads as NNP from the name it saw the word in (Amnesty
// International). The article opens a noun phrase (Quirk et al. 1985, 5.10), and the word after
// it, with no capital, is its head or premodifier. Proper nouns are written with an initial
// capital letter (Quirk et al. 1985, 5.60-5.61; Huddleston & Pullum 2002, 5.20), so a word with
// no capital is no name; as after a genitive (GenitiveHead, genitive.go), the lower-case word is
// the common noun. A word with a capital anywhere ("iPhone", "eBay") or with no letter is left.
// Only after an article: elsewhere the tagger's NNP on a lower-case word is as often a verb or
// an adjective it mistook ("urged the ministry to scrap it"), which the parser reads better
// as tagged. Returns the number of words re-tagged.
func LowerProper(forms, upos, xpos []string) int {
	n := 0
	for i, w := range forms {
		if upos[i] != "PROPN" || !lowerWord(w) || i == 0 || !articles[strings.ToLower(forms[i-1])] {
			continue
		}
		x := "NN"
		if xpos[i] == "NNPS" {
			x = "NNS"
		}
		upos[i], xpos[i] = "NOUN", x
		n++
	}
	return n
}

// lowerWord reports a word of letters (and hyphens or apostrophes) with no capital.
func lowerWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters > 1
}

// articles are the English articles (Quirk et al. 1985, 5.10: the central determiners a, an, the).
var articles = map[string]bool{"a": true, "an": true, "the": true}
