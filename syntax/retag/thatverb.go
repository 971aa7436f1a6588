package retag

import "strings"

// PluralSubjectVerbBeforeThat re-tags as a present-tense verb (Penn VBP) a singular common noun
// (NN) that follows a plural subject and its place phrase and stands before "that": "Officials
// in Seoul worry that …", "Diplomats in Brussels suspect that …", which the EWT tagger reads as a
// compound with the place name ("Seoul worry"). The sentence has no finite verb before the word,
// and an independent sentence has one (Quirk et al. 1985, 2.3, 3.52); a plural subject takes the
// base form in the present (Quirk 3.5, 10.34 concord), and a bare singular count noun cannot
// follow a place name as the head of the subject (Quirk 5.26: a singular count noun takes a
// determiner); "that" then opens the verb's content clause (Quirk 16.31). Only when the subject
// opens the sentence: a plural noun (NNS) first among its nouns, with only a prepositional phrase
// of names or nouns between it and the word. Returns whether it re-tagged.
func PluralSubjectVerbBeforeThat(forms, upos, xpos []string) bool {
	subj := -1
	for i := 0; i < len(forms); i++ {
		if FiniteVerb(upos[i], xpos[i]) || upos[i] == "VERB" {
			return false
		}
		if subj < 0 {
			switch xpos[i] {
			case "NNS", "NNPS":
				subj = i
			case "DT", "JJ", "PRP$", "CD":
			default:
				return false // the sentence does not open with a plural noun phrase
			}
			continue
		}
		if i+1 >= len(forms) || xpos[i] != "NN" || forms[i] != strings.ToLower(forms[i]) || strings.ToLower(forms[i+1]) != "that" {
			continue
		}
		if p := xpos[i-1]; p != "NNP" && p != "NNPS" {
			continue // "Officials in Seoul worry", not "the officials' main worry that"
		}
		// between the subject and the word: one prepositional phrase of names and nouns
		if xpos[subj+1] != "IN" || i-subj < 3 {
			return false
		}
		for j := subj + 2; j < i; j++ {
			if x := xpos[j]; x != "NNP" && x != "NNPS" && x != "NN" && x != "NNS" && x != "DT" {
				return false
			}
		}
		upos[i], xpos[i] = "VERB", "VBP"
		upos[i+1], xpos[i+1] = "SCONJ", "IN"
		return true
	}
	return false
}
