package retag

import "strings"

// unambiguousNominative are the personal pronouns whose form is only the subject's (Quirk et al.
// 1985, 6.11: I, we, they, he, she; "it" and "you" are also objects).
var unambiguousNominative = map[string]bool{"i": true, "we": true, "they": true, "he": true, "she": true}

// PastAfterPronoun re-tags as a past tense (VERB, Penn VBD) an -ed form the tagger read as a
// past participle (VBN) right after a personal pronoun subject with no auxiliary before it: "the
// tariffs it imposed on Chilean wine", "they announced". A finite clause has a finite verb
// (Quirk et al. 1985, 2.3, 3.52), and regular verbs share one form for the past and the -ed
// participle (Quirk 3.14); the -ed participle stands after its noun phrase only as a reduced
// relative or passive postmodifier (Quirk 17.29: "the tariffs imposed on …") or as an object's
// complement ("had it repaired", Quirk 16.52), and a personal pronoun takes no postmodifier
// (Quirk 6.11, 6.14) while a nominative one is no object. "It" and "you" are also objects, so
// after them the repair needs a clause's opening before the pronoun: the sentence's start,
// punctuation, a coordinator, "that", or a noun, whose zero relative clause the pronoun opens
// ("the tariffs it imposed", Quirk 17.12); after a verb ("had it imposed") the word is left. A
// form that is only a participle ("taken", participleOnly) is left. Returns the number of words
// re-tagged.
func PastAfterPronoun(forms, upos, xpos []string) int {
	n := 0
	for i := 1; i < len(forms); i++ {
		if xpos[i] != "VBN" || xpos[i-1] != "PRP" || participleOnly(strings.ToLower(forms[i])) {
			continue
		}
		p := strings.ToLower(forms[i-1])
		switch {
		case unambiguousNominative[p]:
		case p == "it" || p == "you":
			if i >= 2 && !clauseOpensAfter(forms, upos, xpos, i-2) {
				continue
			}
		default:
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
		n++
	}
	return n
}

// clauseOpensAfter reports that a clause may open after word k: punctuation, a coordinator,
// "that", or a noun (before a zero relative clause).
func clauseOpensAfter(forms, upos, xpos []string, k int) bool {
	switch {
	case upos[k] == "PUNCT", upos[k] == "CCONJ", strings.ToLower(forms[k]) == "that":
		return true
	case xpos[k] == "NN" || xpos[k] == "NNS":
		return true
	}
	return false
}
