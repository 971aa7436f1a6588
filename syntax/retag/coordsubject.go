package retag

import "strings"

// CoordinatedSubjectVerb re-tags as a finite verb of the plural (Penn VBP) a singular noun the
// tagger read right after a sentence-opening subject of coordinated names ("Ghana and Togo
// support the border commission", "Chile and New Zealand oppose the quota", optionally with a
// floating "both": "A and B both support …"), when its clause (up to the first punctuation) has
// no finite verb and the word is followed by a central determiner or a possessive determiner
// (a reporting clause after a comma, "…, officials said", is a clause of its own). An independent sentence has a
// finite verb (Quirk et al. 1985, 2.3, 3.52); subjects coordinated with "and" are plural and take
// the verb's base form in the present (Quirk 10.35), which is the singular noun's shape; a noun
// phrase ends in its head (Quirk 17.2), so a singular noun followed by a determiner that opens a
// new noun phrase is no premodifier of it, and the name before it is no premodifier of a
// compound either once the names are coordinated. Only the first such word is taken. Returns
// whether it re-tagged.
func CoordinatedSubjectVerb(forms, upos, xpos []string) bool {
	i := 0
	names := 0
	for i < len(forms) {
		if upos[i] != "PROPN" {
			break
		}
		for i < len(forms) && upos[i] == "PROPN" {
			i++
		}
		names++
		if i < len(forms) && strings.EqualFold(forms[i], "and") && names == 1 {
			i++
			continue
		}
		break
	}
	if names < 2 || i+1 >= len(forms) {
		return false
	}
	if strings.EqualFold(forms[i], "both") {
		i++
	}
	w := strings.ToLower(forms[i])
	if i+1 >= len(forms) || upos[i] != "NOUN" || xpos[i] != "NN" || strings.HasSuffix(w, "s") {
		return false
	}
	if !(xpos[i+1] == "DT" && centralDeterminers[strings.ToLower(forms[i+1])]) && xpos[i+1] != "PRP$" {
		return false
	}
	for k := i + 1; k < len(forms) && upos[k] != "PUNCT"; k++ {
		if FiniteVerb(upos[k], xpos[k]) {
			return false // the clause has its verb ("… support group members met")
		}
	}
	upos[i], xpos[i] = "VERB", "VBP"
	return true
}
