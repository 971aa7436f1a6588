package retag

import "strings"

// RelativeClauseVerb re-tags as a present-tense verb (Penn VBZ) the -s form the EWT tagger read
// as a plural noun (NNS) right after a relative pronoun "that" or "which" whose antecedent is a
// singular noun, when the word is followed by a noun phrase opening with a determiner,
// possessive or numeral: "signed an executive order that sanctions the military leaders …",
// "announced a law which limits the sale of …". The -s form is the same for a plural noun and
// a verb of the third person singular (Quirk et al. 1985, 3.5, 5.73); here only the verb fits:
//   - "that" cannot be the demonstrative determiner of a plural noun (number concord, Quirk
//     5.64), nor can "which" after a noun be an interrogative one, so the word after it opens
//     the relative clause (Quirk 17.9 ff.), which has a finite verb (Quirk 2.3, 14.2);
//   - a bare plural noun followed by a determined noun phrase is no single noun phrase (a noun
//     phrase ends in its head, Quirk 17.2), so the -s word is not the clause's subject unless
//     the second noun phrase is the subject of a contact clause with its own verb ("the claim
//     that sanctions the EU imposed had failed", Quirk 17.15): such a sentence is left as
//     tagged (contactClauseVerb);
//   - the relative pronoun has its antecedent's number (Quirk 10.34, 17.11): a singular
//     antecedent takes the -s form (a plural one the base form, which this rule does not touch).
//
// Only the first such word of a sentence is re-tagged. Returns whether it re-tagged.
func RelativeClauseVerb(forms, upos, xpos []string) bool {
	for i := 1; i+2 < len(forms); i++ {
		if p := strings.ToLower(forms[i]); p != "that" && p != "which" {
			continue
		}
		if a := xpos[i-1]; a != "NN" && a != "NNP" {
			continue // no singular noun antecedent ("said that sanctions …" is a content clause)
		}
		w := forms[i+1]
		if xpos[i+1] != "NNS" || w != strings.ToLower(w) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
			continue
		}
		if !determinedObject(xpos[i+2]) {
			continue
		}
		if contactClauseVerb(xpos, i+2) {
			continue
		}
		upos[i+1], xpos[i+1] = "VERB", "VBZ"
		return true
	}
	return false
}

// contactClauseVerb reports that the noun phrase opening at j (determiner, premodifiers, head)
// is followed by a word tagged a verb or modal and, later in the same stretch without
// punctuation, by a finite verb: the noun phrase is then the subject of a contact relative
// clause whose verb precedes the verb of the clause the -s word is the subject of ("the claim
// that sanctions [the EU imposed] had failed", Quirk 17.15). A participle after the noun phrase
// with no finite verb after it ("sanctions the firms involved in the blockade") postmodifies the
// object (Quirk 17.98) and leaves the -s word a verb.
func contactClauseVerb(xpos []string, j int) bool {
	k := j + 1
	for k < len(xpos) {
		switch xpos[k] {
		case "DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS":
			k++
			continue
		}
		break
	}
	if k >= len(xpos) || !strings.HasPrefix(xpos[k], "VB") && xpos[k] != "MD" {
		return false
	}
	for m := k + 1; m < len(xpos); m++ {
		switch xpos[m] {
		case ".", ",", ":":
			return false
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}
