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
