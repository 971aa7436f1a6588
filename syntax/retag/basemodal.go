package retag

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// baseVerbs are the base forms of English verbs (data/wordclasses/baseverbs.txt: the lemmas of
// WordNet 3.0's index.verb): the test that a word has a verb reading at all.
var baseVerbs = lexicon.WordClass("baseverbs")

// BaseAfterModal re-tags as the base form (VERB, Penn VB) a lower-case word the tagger read as a
// singular noun, an adjective or a non-third-person present (NN, JJ, VBP) right after a central
// modal (MD), or after a modal and adverbs (RB: "will not", "would also", "ca n't"), when the word
// has a verb reading (baseverbs): "the government will detail additional curbs" (detail NN),
// "Peru would not return the ships". A central modal is followed by the bare infinitive of the
// verb it governs (Quirk et al. 1985, 3.41, 3.42; Huddleston & Pullum 2002, ch. 3 §2.1), which
// only adverbs separate from it; UD English tags that verb VB (EWT). A modal that opens the
// sentence or follows a wh-word or punctuation other than a comma may be inverted before its
// subject ("Can people apply?", "what will government do"), so that the word after it is the
// subject's: such a modal is skipped. Returns the number of words re-tagged.
func BaseAfterModal(forms, upos, xpos []string) int {
	n := 0
	for i := 1; i+1 < len(forms); i++ {
		if xpos[i] != "MD" {
			continue
		}
		if p := xpos[i-1]; p == "WP" || p == "WRB" || upos[i-1] == "PUNCT" && forms[i-1] != "," {
			continue // inversion after a wh-word or at a clause's opening (Quirk 3.49, 11.9)
		}
		j := i + 1
		for j < len(forms) && xpos[j] == "RB" {
			j++
		}
		if j >= len(forms) || xpos[j] != "NN" && xpos[j] != "JJ" && xpos[j] != "VBP" {
			continue
		}
		if w := forms[j]; w != strings.ToLower(w) || !baseVerbs.Has(w) {
			continue
		}
		if upos[j] != "AUX" {
			upos[j] = "VERB" // an auxiliary ("could n't possibly have been") stays one, as VB
		}
		xpos[j] = "VB"
		n++
	}
	return n
}
