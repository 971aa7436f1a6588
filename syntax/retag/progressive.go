package retag

import "strings"

// beForms are the finite forms of BE that make the progressive with an -ing participle (Quirk et
// al. 1985, 3.23, 4.20: be + V-ing), the contracted ones with them.
var beForms = map[string]bool{"am": true, "are": true, "is": true, "was": true, "were": true, "'m": true, "'re": true, "'s": true, "’m": true, "’re": true, "’s": true}

// personalSubjects are the nominative personal pronouns that refer to persons: I, we, you, he,
// she (Quirk et al. 1985, 6.11-6.12); "it" and "they" may refer to things ("They are worrying
// signs"), after which BE + -ing adjective + noun is a predicative noun phrase.
var personalSubjects = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true}

// ProgressiveAfterBe re-tags as the -ing participle of the progressive (VERB, VBG) a word in -ing
// that the tagger read as an adjective or a noun right after a finite form of BE (one adverb
// between allowed: "are now imposing") whose subject is a nominative pronoun opening the clause,
// when the word takes an object noun phrase:
//   - a determiner or possessive determiner right after it ("We are imposing the measures",
//     "They are blocking our exports"): a determiner opens its noun phrase, before any
//     premodifier (Quirk et al. 1985, 5.13-5.14, 17.2), so the -ing word before it is no
//     premodifier of that phrase but the verb whose object the phrase is (the same ground as
//     ParticipleBeforeDeterminer);
//   - after a subject that refers to persons (personalSubjects), a bare noun followed by a
//     preposition ("We are imposing sanctions on …", "I am taking measures against …"): a
//     participial adjective takes no object (Quirk et al. 1985, 7.15-7.16), and read as an
//     adjective premodifying the noun, the phrase would be predicated of the speakers ("we are
//     [imposing sanctions]") — "They are worrying signs for …" keeps its adjective, as does any
//     -ing word before a noun with no preposition after it ("We are caring parents").
//
// "It" is left out: anticipatory "it" postpones a noun phrase after an -ing adjective ("It is
// amazing the things they do", Quirk et al. 1985, 18.36).
//
// The EWT tagger reads "imposing" in "We are imposing sanctions on" as the adjective of "an
// imposing building", leaving the clause with no verb; the stance is lost. Returns the number of
// words re-tagged.
func ProgressiveAfterBe(forms, upos, xpos []string) int {
	n := 0
	for i := 0; i+3 < len(forms); i++ {
		subj := strings.ToLower(forms[i])
		if _, ok := nominative[subj]; !ok || subj == "it" || upos[i] != "PRON" || i > 0 && upos[i-1] != "PUNCT" && upos[i-1] != "CCONJ" {
			continue
		}
		b := i + 1
		if !beForms[strings.ToLower(forms[b])] || upos[b] != "AUX" {
			continue
		}
		v := b + 1
		if xpos[v] == "RB" && v+2 < len(forms) {
			v++
		}
		w := strings.ToLower(forms[v])
		if upos[v] != "ADJ" && upos[v] != "NOUN" || len(w) < 5 || !strings.HasSuffix(w, "ing") || v+1 >= len(forms) {
			continue
		}
		o := v + 1
		switch {
		case xpos[o] == "DT" || xpos[o] == "PRP$":
		case personalSubjects[subj] && (xpos[o] == "NNS" || xpos[o] == "NN") && o+1 < len(forms) && xpos[o+1] == "IN":
		default:
			continue
		}
		upos[v], xpos[v] = "VERB", "VBG"
		n++
	}
	return n
}
