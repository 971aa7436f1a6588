package retag

import "strings"

// nounComplementPreps are the prepositions that open the complement of a stance or speech noun
// ("support for", "opposition to", "criticism of", "protests against", "calls from"; Quirk et al.
// 1985, 16.69-16.71 on prepositional complementation of nouns): grammar machinery, a closed set.
var nounComplementPreps = map[string]bool{"for": true, "of": true, "to": true, "against": true, "from": true}

// OpeningNounBeforePast re-tags as a noun (NOUN, NN) the sentence's first word when the tagger
// read it as a base-form verb (VB, the imperative reading), a preposition of noun complementation
// follows it, and a past-tense verb (VBD) comes later in the same clause, with no punctuation,
// conjunction, subordinator or relative word between: "Support for the rebels came from Iran",
// "Criticism of the plan grew". An imperative clause has its base-form verb as its only finite
// verb and no subject (Quirk et al. 1985, 11.24-11.25), and a past tense needs a subject of its
// own in its clause (Quirk et al. 1985, 2.3, 3.52): the only subject before it is the opening
// word's phrase, so that word is a noun. Returns whether it re-tagged.
func OpeningNounBeforePast(forms, upos, xpos []string) bool {
	if len(forms) < 4 || xpos[0] != "VB" || !nounComplementPreps[strings.ToLower(forms[1])] {
		return false
	}
	for i := 2; i < len(forms); i++ {
		switch {
		case upos[i] == "PUNCT" || upos[i] == "CCONJ" || upos[i] == "SCONJ" || xpos[i] == "WDT" || xpos[i] == "WP" || xpos[i] == "WRB" || xpos[i] == "MD" || xpos[i] == "TO":
			return false // another clause, or a modal or infinitive: the verb may be the opening one's
		case xpos[i] == "VBD":
			upos[0], xpos[0] = "NOUN", "NN"
			return true
		case upos[i] == "VERB" || upos[i] == "AUX":
			return false // a verb of another form first: leave the tagger's reading
		}
	}
	return false
}
