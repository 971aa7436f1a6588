package retag

import "strings"

// nominative are the subject forms of the personal pronouns. A personal pronoun heads its noun
// phrase alone: it takes no determiner role and no noun after it (Quirk et al. 1985, 6.11, 6.14),
// so a word the tagger read as a plural or singular noun right after a nominative pronoun
// opening a clause ("It demands that …", "They offers …") is the clause's verb.
var nominative = map[string]string{"i": "VBP", "we": "VBP", "they": "VBP", "you": "VBP", "he": "VBZ", "she": "VBZ", "it": "VBZ"}

// pronounVerbs re-tags as a finite verb (Penn VBZ after he/she/it, VBP otherwise) a noun tagged
// right after a nominative pronoun that opens the sentence or follows a comma, a semicolon or a
// conjunction ("it demands", "and they warn"); "it" in object position ("made it policy") is not
// at such a place.
func pronounVerbs(forms, upos, xpos []string) {
	for i := 1; i < len(forms); i++ {
		if upos[i] != "NOUN" || (xpos[i] != "NNS" && xpos[i] != "NN") || upos[i-1] != "PRON" {
			continue
		}
		x, ok := nominative[strings.ToLower(forms[i-1])]
		if !ok || i >= 2 && upos[i-2] != "PUNCT" && upos[i-2] != "CCONJ" {
			continue
		}
		// the verb form agrees with the pronoun: -s after he/she/it
		if x == "VBZ" && !strings.HasSuffix(strings.ToLower(forms[i]), "s") {
			continue
		}
		upos[i], xpos[i] = "VERB", x
	}
}

// restrictedPronounVerb re-tags as the clause's finite verb a noun that the tagger read as the
// last word of a prepositional phrase after a nominative pronoun opening a clause: "We in this
// committee demand that …" was tagged "this committee demand", a noun compound, leaving "we"
// with no verb. A personal pronoun subject takes at most a restrictive postmodifier (see
// restrictedWe) and then its verb; a finite clause has a finite verb (Quirk et al. 1985, ch. 2 and 3).
// Only when the phrase has a noun before the re-tagged word ("this committee" stays a noun
// phrase), the word agrees with the pronoun (singular noun form = VBP after I/we/you/they;
// -s form = VBZ after he/she/it), and no finite verb follows before a subordinator or the end
// ("We in the committee room, however, agree …" keeps its noun). pronounVerbs handles the
// adjacent case ("It demands …").
func restrictedPronounVerb(forms, upos, xpos []string) {
	for i := 0; i+3 < len(forms); i++ {
		x, ok := nominative[strings.ToLower(forms[i])]
		if !ok || upos[i] != "PRON" || i > 0 && upos[i-1] != "PUNCT" && upos[i-1] != "CCONJ" || upos[i+1] != "ADP" {
			continue
		}
		e := i + 2
		nouns := 0
		for e < len(forms) && (upos[e] == "DET" || upos[e] == "ADJ" || upos[e] == "PROPN" || upos[e] == "NOUN" || upos[e] == "NUM" || xpos[e] == "PRP$") {
			if upos[e] == "NOUN" || upos[e] == "PROPN" {
				nouns++
			}
			e++
		}
		v := e - 1
		if nouns < 2 || upos[v] != "NOUN" || upos[v-1] != "NOUN" && upos[v-1] != "PROPN" {
			continue
		}
		if x == "VBP" && xpos[v] != "NN" || x == "VBZ" && xpos[v] != "NNS" {
			continue
		}
		if finiteBefore(forms, upos, xpos, e) {
			continue
		}
		upos[v], xpos[v] = "VERB", x
	}
}

// finiteBefore reports a finite verb (FiniteVerb) from token e on, before a subordinator opens
// another clause ("that", a wh-word, a subordinating conjunction) or the sentence ends.
func finiteBefore(forms, upos, xpos []string, e int) bool {
	for k := e; k < len(forms); k++ {
		w := strings.ToLower(forms[k])
		if upos[k] == "SCONJ" || w == "that" || w == "which" || w == "who" || w == "whether" {
			return false
		}
		if FiniteVerb(upos[k], xpos[k]) {
			return true
		}
	}
	return false
}
