package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax/retag"
)

// pluralSubjectVerb re-tags as a present plural verb (Penn VBP) the word right after a plural
// noun (NNS) in a sentence the tagger left with no finite verb, when the word is the base form of
// a verb of the CAMEO verb dictionary (frames.Lexicon.IsVerb) written in lower case and a noun
// phrase opens after it (a determiner, possessive, name or number): "German lawmakers hail
// Paraguay", "Bhutanese lawmakers affirm China", which the EWT tagger reads as "hail/NN" or
// "affirm/IN", so that the parser finds no predicate. An independent sentence has a finite verb
// (Quirk et al. 1985, 2.3, 3.52); the present of the plural is the base form (3.54), agreeing in
// number with the plural subject before it (10.34). It is syntax/retag VerbAfterSubject's rule
// for the plural subject; only a verb of the dictionary is taken, since a base form is also a
// noun more often than an -s form is ("farmers union leaders"). The object may also be a noun
// phrase with no determiner, a plural or mass noun (bareNounPhrase: "Chilean senators back
// sanctions against Venezuela", "Ugandan legislators reject claims from Kenya"): in a sentence
// with no finite verb, three nouns in a row would leave it without one. The relations stage calls
// it before syntax/retag's rules as well as after them, as pastAfterSubject: else VerbAfterSubject
// takes the object's -s noun after the base form for the verb ("Bolivian deputies reject claims"
// read "reject/NN claims/VBZ").
func pluralSubjectVerb(fr *frames.Lexicon, forms, upos, xpos []string) {
	for i := range forms {
		if retag.FiniteVerb(upos[i], xpos[i]) {
			return
		}
	}
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i-1] != "NNS" || upos[i] == "VERB" || upos[i] == "AUX" || upos[i] == "PUNCT" {
			continue
		}
		w := forms[i]
		if w != strings.ToLower(w) || !fr.IsVerb(w) {
			continue
		}
		n := i + 1
		if upos[n] != "DET" && upos[n] != "PROPN" && upos[n] != "NUM" && xpos[n] != "PRP$" && !bareNounPhrase(forms, xpos, n) {
			continue // no noun phrase opens after the word: no object of a verb
		}
		upos[i], xpos[i] = "VERB", "VBP"
		return
	}
}

// bareNounPhrase reports that a noun phrase with no determiner opens at n: a lower-case common
// noun (Penn NN, NNS), or lower-case adjectives before one ("reject new claims"). Plural and mass
// nouns take no determiner (Quirk et al. 1985, 5.52-5.56, the zero article).
func bareNounPhrase(forms, xpos []string, n int) bool {
	for n < len(forms) && xpos[n] == "JJ" && forms[n] == strings.ToLower(forms[n]) {
		n++
	}
	return n < len(forms) && (xpos[n] == "NN" || xpos[n] == "NNS") && forms[n] == strings.ToLower(forms[n])
}
