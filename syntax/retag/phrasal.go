package retag

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// operators are the modal auxiliaries and the finite forms of do (data/wordclasses/
// modaloperators.txt): each takes a bare infinitive (Quirk et al. 1985, 3.37-3.42).
var operators = lexicon.WordClass("modaloperators")

// adverbParticles are the common adverb particles of phrasal verbs (Quirk et al. 1985, 16.3:
// "give in", "back down", "pull out"); the list holds the spatial ones that combine with
// intransitive verbs.
var adverbParticles = map[string]bool{"down": true, "up": true, "off": true, "out": true, "away": true,
	"over": true, "in": true, "back": true, "aside": true, "around": true, "round": true, "forward": true}

// negators between an operator and its verb ("will not", "won't", "did never").
var negators = map[string]bool{"not": true, "n't": true, "never": true}

// PhrasalAfterOperator re-tags as a base-form verb (VERB, VB) the word an operator governs when
// the tagger read it as an adverb or noun and an adverb particle follows it that ends the verb
// phrase ("Iran will not back down.", "did not back down on wages", "would not back away from
// the deal": "back" read RB). An operator, a modal or supportive do, takes a bare infinitive
// (Quirk et al. 1985, 3.37-3.42), and a word followed by an adverb particle in an intransitive
// phrasal verb is that verb (Quirk 16.3-16.4). Only the word right after the operator (and a
// negator) is re-tagged, and only when the particle is followed by the end of the sentence,
// punctuation or a preposition (an intransitive phrasal verb, Quirk 16.3 type I) and no verb
// stands between the operator and the particle ("will also up the ante" is left, "up" before a
// determiner). The particle is re-tagged RP. Returns the number of words re-tagged.
func PhrasalAfterOperator(forms, upos, xpos []string) int {
	n := 0
	for i := 0; i+2 < len(forms); i++ {
		if !operators.Has(strings.ToLower(forms[i])) || (upos[i] != "AUX" && xpos[i] != "MD") {
			continue
		}
		v := i + 1
		if negators[strings.ToLower(forms[v])] {
			v++
		}
		p := v + 1
		if p >= len(forms) {
			continue
		}
		w := strings.ToLower(forms[v])
		if upos[v] != "ADV" && upos[v] != "NOUN" || negators[w] || strings.HasSuffix(w, "ly") {
			continue
		}
		if !adverbParticles[strings.ToLower(forms[p])] || upos[p] == "VERB" || upos[p] == "NOUN" {
			continue
		}
		if q := p + 1; q < len(forms) && upos[q] != "PUNCT" && upos[q] != "ADP" && xpos[q] != "IN" {
			continue
		}
		upos[v], xpos[v] = "VERB", "VB"
		upos[p], xpos[p] = "ADP", "RP"
		n++
	}
	return n
}
