package retag

import "strings"

// GenitiveHead re-tags as a singular noun (NOUN, NN) an adjective (JJ) right after a genitive
// clitic the tagger read as possessive (POS: "Poland's refusal to accept …" tagged refusal JJ)
// when no word that could go on with the noun phrase follows it (a noun, adjective, number,
// currency sign, opening quote, participle or possessive clitic): a genitive in determiner
// function opens a noun phrase (Quirk et al. 1985, 5.115–5.116; Huddleston & Pullum 2002, 5.16),
// whose head is a noun, and an adjective heads a noun phrase only with the definite article ("the poor", Quirk 7.23), never
// after a genitive. So after a possessive determiner (PRP$: "its refusal to sign", Quirk et al.
// 1985, 5.115 and 6.29: my, your, its, their … are the genitive pronouns in determiner function),
// except "own", which emphasizes the possessive and may end the phrase ("on its own", 6.30).
// "Poland's new plan" (JJ then NN) is left alone, and so is the clitic read as
// "is" (VBZ: "Poland's ready to …"). Returns the number of words re-tagged.
func GenitiveHead(forms, upos, xpos []string) int {
	n := 0
	for i := 1; i < len(forms); i++ {
		if (xpos[i-1] == "POS" || xpos[i-1] == "PRP$") && (xpos[i] == "NNP" || xpos[i] == "NNPS") && forms[i] == strings.ToLower(forms[i]) && strings.ToUpper(forms[i]) != forms[i] {
			// "Norway's pledge to …" tagged pledge NNP: a word in lower case is no proper noun
			// (English writes proper nouns with an initial capital, Quirk et al. 1985, 5.60;
			// Huddleston & Pullum 2002, 5.20), so the genitive's head is a common noun
			upos[i], xpos[i] = "NOUN", strings.Replace(xpos[i], "NNP", "NN", 1)
			n++
			continue
		}
		if xpos[i-1] != "POS" && xpos[i-1] != "PRP$" || xpos[i] != "JJ" || !strings.EqualFold(forms[i], strings.ToLower(forms[i])) {
			continue
		}
		if xpos[i-1] == "PRP$" && strings.EqualFold(forms[i], "own") {
			continue // "on its own": own emphasizes the possessive (Quirk et al. 1985, 6.30)
		}
		if i+1 < len(forms) {
			switch nx := xpos[i+1]; {
			case strings.HasPrefix(nx, "NN"), strings.HasPrefix(nx, "JJ"), nx == "CD", nx == "VBG", nx == "VBN", nx == "POS", nx == "HYPH", nx == "$", nx == "``", nx == "AFX":
				continue
			}
		}
		upos[i], xpos[i] = "NOUN", "NN"
		n++
	}
	return n
}

// VerbalNoun re-tags as a singular noun (NOUN, NN) an -ing form the tagger read as a gerund (VBG)
// when a genitive or possessive determiner (POS clitic, PRP$) or the definite article comes right
// before it and "of" right after it: "Washington's backing of Kyiv", "its signing of the
// accord". The of-phrase marks the verbal noun, whose object is an of-phrase, as against the
// verbal gerund, which takes its object directly ("Washington's backing Kyiv"; Quirk et al. 1985,
// 17.54; Huddleston & Pullum 2002, 14.4.2 on gerundial nouns). Returns the number of words
// re-tagged.
func VerbalNoun(forms, upos, xpos []string) int {
	n := 0
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "VBG" || !strings.EqualFold(forms[i+1], "of") {
			continue
		}
		if p := xpos[i-1]; p == "POS" || p == "PRP$" || strings.EqualFold(forms[i-1], "the") {
			upos[i], xpos[i] = "NOUN", "NN"
			n++
		}
	}
	return n
}
