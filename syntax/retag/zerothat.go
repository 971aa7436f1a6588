package retag

import "strings"

// ZeroThatClauseVerb re-tags as a finite verb (Penn VBZ) a plural noun in -s right after a
// sentence's opening subject when a name or personal pronoun and a finite verb or modal follow
// it, with no finite verb before it: "Somalia fears Ethiopia will suspend its flights", "Kenya
// says Uganda has expelled …", which the EWT tagger reads as a noun compound ("Somalia fears"
// NNS). Two noun phrases cannot stand side by side as one subject (Quirk et al. 1985, 2.3: a
// clause has one subject; apposition takes a comma or is a name's own, 17.65), so the -s word is
// the verb, and what follows is its zero-that content clause (Quirk 15.3, 16.31: "that" omitted
// after verbs of saying and believing); the -s form is the same for a plural noun and a verb of
// the third person singular (Quirk 3.5). It returns whether it re-tagged.
func ZeroThatClauseVerb(forms, upos, xpos []string) bool {
	i := openingSubject(forms, xpos)
	if i == 0 || i+2 >= len(forms) || upos[i] != "NOUN" || xpos[i] != "NNS" || !strings.HasSuffix(forms[i], "s") {
		return false
	}
	j := i + 1
	if _, ok := nominative[strings.ToLower(forms[j])]; ok && upos[j] == "PRON" {
		j++
	} else {
		for j < len(forms) && xpos[j] == "NNP" {
			j++
		}
	}
	if j == i+1 || j >= len(forms) || !FiniteVerb(upos[j], xpos[j]) {
		return false
	}
	upos[i], xpos[i] = "VERB", "VBZ"
	return true
}

// openingSubject is the end of the sentence's opening subject: a proper name of one or more words
// (NNP), or a determined noun phrase with a singular head (openingSubjectEnd); 0 when neither.
func openingSubject(forms, xpos []string) int {
	i := 0
	for i < len(forms) && xpos[i] == "NNP" {
		i++ // the opening proper name, of one or more words
	}
	if i == 0 {
		i = openingSubjectEnd(forms, xpos)
	}
	return i
}
