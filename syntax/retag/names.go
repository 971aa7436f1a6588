package retag

// Tags of the words of a name (issue 13, frames9, class g; moved from loader/relation_nametags.go).

import "unicode"

// Names re-tags as a proper noun (UPOS PROPN, Penn NNP) a capitalized word the tagger read as a
// verb or auxiliary where name[i] is set: the word lies inside an actor's name of two words or
// more ("Human Rights Watch urged Egypt …", "Watch" tagged AUX, which makes "Human Rights" a
// passive subject and loses the source). A proper name has no internal syntax (Huddleston &
// Pullum 2002, 5.20), so no word of it is the clause's verb. name may be nil or shorter than
// forms (no names there).
func Names(forms, upos, xpos []string, name []bool) {
	for i, w := range forms {
		if i >= len(name) || !name[i] {
			continue
		}
		if upos[i] != "VERB" && upos[i] != "AUX" || w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
	}
}

// OneWordNames re-tags as a proper noun (UPOS PROPN, Penn NNP) a capitalized word the tagger read
// as a common noun, adjective, verb or auxiliary where one[i] is set: the word is by itself the
// name of a country or its capital, which the caller's mention layer matched in the Phoenix
// country dictionary ("Haiti blocks …" tagged "Haiti/NNS", "Lesotho on Monday announced …"
// tagged "Lesotho/VB", "Belmopan orders …" tagged "Belmopan/JJ"; the EWT tagger has seen few
// of these names). A name is a proper noun whatever its position (Quirk et al. 1985, 5.60-5.62;
// Huddleston & Pullum 2002, 5.20): read as a plural noun or an adjective it made the -s verb
// after it the head of a compound ("Haiti blocks movements"), and read as a verb it took the
// sentence's root. A name read as a singular common noun (NN) is left: it heads the subject or
// object as the proper noun would, and re-tagging it only moved the parser's other attachments
// ("Qatar will provide emergency food aid": "aid" read advmod). one may be nil or shorter than
// forms.
func OneWordNames(forms, upos, xpos []string, one []bool) {
	for i, w := range forms {
		if i >= len(one) || !one[i] || w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		if upos[i] == "NOUN" && xpos[i] == "NN" {
			continue // a singular noun is a subject or object as the name is: the parse does not change
		}
		switch upos[i] {
		case "NOUN", "ADJ", "VERB", "AUX", "ADV", "X":
			upos[i], xpos[i] = "PROPN", "NNP"
		}
	}
}
