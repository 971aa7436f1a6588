package retag

// Moved from loader/speaker_we.go (restruct6): a tag repair after the parse is the syntax
// layer's, not the speaker stage's.

import "strings"

// RestrictedPronounVerb re-tags as the clause's finite verb a noun that the tagger read as the
// last word of a prepositional phrase after a nominative pronoun opening a clause: "We in this
// committee demand that …" was tagged "this committee demand", a noun compound, leaving "we"
// with no verb. A personal pronoun subject takes at most a restrictive postmodifier (see
// restrictedWe) and then its verb; a finite clause has a finite verb (Quirk et al. 1985, ch. 2 and 3).
// Only when the phrase has a noun before the re-tagged word ("this committee" stays a noun
// phrase), the word agrees with the pronoun (singular noun form = VBP after I/we/you/they;
// -s form = VBZ after he/she/it), and no finite verb follows before a subordinator or the end
// ("We in the committee room, however, agree …" keeps its noun). PronounVerbs handles the
// adjacent case ("It demands …").
func RestrictedPronounVerb(forms, upos, xpos []string) {
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
