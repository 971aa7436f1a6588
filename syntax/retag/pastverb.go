package retag

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// simplePrepositions open a noun's postmodifying prepositional phrase
// (data/wordclasses/simpleprepositions.txt; Quirk et al. 1985, ch. 17).
var simplePrepositions = lexicon.WordClass("simpleprepositions")

// openingName returns the index after a run of proper nouns (NNP) that opens the sentence, or 0.
func openingName(xpos []string) int {
	k := 0
	for k < len(xpos) && xpos[k] == "NNP" {
		k++
	}
	return k
}

// objectStarts reports that a noun phrase may open at j: a determiner, possessive, numeral,
// plural noun, proper noun or personal pronoun (Quirk et al. 1985, 5.10, 17.2).
func objectStarts(xpos []string, j int) bool {
	if j >= len(xpos) {
		return false
	}
	switch xpos[j] {
	case "DT", "PRP$", "CD", "NNS", "NNP", "NNPS", "PRP":
		return true
	}
	return false
}

// PastAfterOpeningName re-tags as a past tense (VERB, VBD) a word the tagger read as a past
// participle (VBN) right after a proper name that opens the sentence and right before the
// opening of a noun phrase, when the word can be a simple past (pastForm): "Chad told diplomats
// that …" (told VBN). A finite clause has a finite verb (Quirk et al. 1985, 2.3, 3.52); with no
// auxiliary before it, the -ed participle after a noun phrase is a postmodifier (Quirk 17.29),
// which a proper name takes only set off by a comma (non-restrictive, Quirk 17.3, 17.34), and
// a passive participle takes no object noun phrase after it but as the indirect object's
// (ditransitive) passive ("Chad was told the facts"), which has an auxiliary. A participle
// followed by "by" or "to" ("Chad told to leave", a headline's passive) is not at such a place.
// Returns the number of words re-tagged.
//
// The same holds for a proper name that opens a relative clause after the relative pronoun
// "that" or "which" (Penn WDT): "The tariff that Mexico imposed in 1998 was a mistake" (imposed
// VBN). The relative clause is finite and the name is its subject (Quirk 17.14-17.16, the
// relative pronoun as object); there the object is the relative pronoun, so no noun phrase need
// follow the verb.
func PastAfterOpeningName(forms, upos, xpos []string) int {
	n := 0
	if k := openingName(xpos); k > 0 && k+1 < len(forms) && xpos[k] == "VBN" && objectStarts(xpos, k+1) && pastForm(strings.ToLower(forms[k])) {
		upos[k], xpos[k] = "VERB", "VBD"
		n++
	}
	for r := 1; r+2 < len(forms); r++ {
		if xpos[r] != "WDT" || !nounTag(xpos[r-1]) {
			continue
		}
		if w := strings.ToLower(forms[r]); w != "that" && w != "which" {
			continue
		}
		k := r + 1
		for k < len(forms) && xpos[k] == "NNP" {
			k++
		}
		if k == r+1 || k >= len(forms) || xpos[k] != "VBN" || participleOnly(strings.ToLower(forms[k])) || !pastForm(strings.ToLower(forms[k])) {
			continue
		}
		if k+1 < len(forms) && strings.ToLower(forms[k+1]) == "by" {
			continue
		}
		upos[k], xpos[k] = "VERB", "VBD"
		n++
	}
	return n
}

// FinitelessPastVerb re-tags as a past tense (VERB, VBD) a word the tagger read as an adjective
// or a singular noun (JJ, NN) in a sentence with no finite verb at all (FiniteVerb), when the
// word can be a simple past (pastForm: "surprised", "set"), stands right after a noun (NN, NNS,
// NNP) in the sentence's opening noun phrase and right before the opening of a noun phrase:
// "The criticism by Canada surprised diplomats" (surprised JJ), "The foreign ministry set a
// deadline" (set NN). An independent sentence has a finite verb (Quirk et al. 1985, 2.3, 3.52);
// a premodifier stands before its head, after the noun phrase's determiner (Quirk 17.2), so an
// adjective or noun right before a determiner premodifies nothing of that phrase, and one after
// a noun and before a plural noun would put a noun phrase's head before its premodifier. The
// opening noun phrase is the sentence's first words up to the candidate: determiners,
// adjectives, participles before a noun, and prepositional phrases of such words after a noun.
// Returns the number re-tagged.
func FinitelessPastVerb(forms, upos, xpos []string) int {
	for i := range forms {
		if FiniteVerb(upos[i], xpos[i]) {
			return 0
		}
	}
	for i := 1; i+1 < len(forms); i++ {
		x := xpos[i]
		if (x == "JJ" || x == "NN") && nounTag(xpos[i-1]) && objectStarts(xpos, i+1) {
			if w := forms[i]; w == strings.ToLower(w) && pastForm(w) {
				upos[i], xpos[i] = "VERB", "VBD"
				return 1
			}
		}
		switch {
		case x == "DT" || x == "PRP$" || x == "JJ" || x == "POS" || nounTag(x):
		case (x == "IN" || x == "TO") && nounTag(xpos[i-1]) && simplePrepositions.Has(strings.ToLower(forms[i])):
			// "The criticism of Israel by Canada", "the complaint about the border closures
			// by Canada": a prepositional phrase after a noun postmodifies it (Quirk 17.38;
			// data/wordclasses/simpleprepositions.txt)
		case x == "VBN" && i+1 < len(forms) && nounTag(xpos[i+1]):
			// "the detained journalists": a participle premodifier (Quirk 17.98)
		default:
			return 0
		}
	}
	return 0
}

// SupplementiveParticiple re-tags as a past participle (VERB, VBN) a word the tagger read as a
// past tense (VBD) in a comma-set-off phrase after a sentence-opening proper name, when "by"
// follows it and a finite verb follows the phrase's closing comma: "Hungary, condemned by the
// EU for its media law, defended the law" (condemned VBD). A clause has one subject; the
// sentence's verb is the one after the closing comma, whose subject is the name, and the
// comma-set-off -ed phrase with an agent by-phrase is a supplementive (non-restrictive) passive
// participle clause on it (Quirk et al. 1985, 15.56-15.58, 17.34; the by-phrase marks the
// passive, 3.63). The word must be an -ed participle form (participleForm). Returns the
// number re-tagged.
func SupplementiveParticiple(forms, upos, xpos []string) int {
	k := openingName(xpos)
	if k == 0 || k+3 >= len(forms) || forms[k] != "," || xpos[k+1] != "VBD" || strings.ToLower(forms[k+2]) != "by" {
		return 0
	}
	if !participleForm(strings.ToLower(forms[k+1])) {
		return 0
	}
	for j := k + 3; j+1 < len(forms); j++ {
		if forms[j] != "," {
			if FiniteVerb(upos[j], xpos[j]) {
				return 0 // a finite verb inside the phrase: not a participle clause
			}
			continue
		}
		v := j + 1
		if xpos[v] == "RB" && v+1 < len(forms) {
			v++
		}
		if !FiniteVerb(upos[v], xpos[v]) {
			return 0
		}
		upos[k+1], xpos[k+1] = "VERB", "VBN"
		return 1
	}
	return 0
}
