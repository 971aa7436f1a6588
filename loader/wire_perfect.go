package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax"
)

// perfectAuxiliary re-tags as the perfect auxiliary (UD AUX) a form of HAVE that the tagger read
// as the main verb right before the -ed participle of a verb of the CAMEO verb dictionary, after
// its subject (a nominative pronoun, a name or a noun): "it had vowed support for Qatar", "they
// had endangered Tuvalu", which the EWT tagger reads as "had/VERB" with "vowed" or "endangered"
// an adjective premodifying the object, so that the parser makes HAVE the predicate and the act
// no verb at all. This is the perfective aspect, HAVE + -ed participle (Quirk et al. 1985,
// 3.34-3.37 on HAVE as auxiliary and main verb, 4.18-4.22 on the perfective); in reported speech
// the past perfect is the backshifted past of the reported act (14.31). A participle the tagger
// read as an adjective is taken as the participle only when it is the -ed form of a dictionary
// verb and a name, determiner or possessive opens the object after it ("had endangered
// Tuvalu"); an adjective before a common noun ("they had armed guards") stays as tagged, as the
// premodifier reading of the participle is then open (Quirk 7.15-7.16).
func perfectAuxiliary(fr *frames.Lexicon, lm syntax.Lemmatizer, forms, upos, xpos []string) {
	for i := 1; i+2 < len(forms); i++ {
		h := strings.ToLower(forms[i])
		if (h != "had" && h != "has" && h != "have") || upos[i] != "VERB" {
			continue
		}
		if p := upos[i-1]; p != "PRON" && p != "PROPN" && p != "NOUN" {
			continue // HAVE after its subject only
		}
		if upos[i-1] == "PRON" && !perfectSubjectPronoun[strings.ToLower(forms[i-1])] {
			continue
		}
		w, n := forms[i+1], i+2
		if w != strings.ToLower(w) || !strings.HasSuffix(w, "ed") && xpos[i+1] != "VBN" {
			continue
		}
		if !fr.IsVerb(strings.ToLower(lm.Lemma(w, "VERB", "VBN"))) {
			continue
		}
		switch {
		case xpos[i+1] == "VBN":
		case xpos[i+1] == "JJ" && (upos[n] == "PROPN" || upos[n] == "DET" || xpos[n] == "PRP$"):
			upos[i+1], xpos[i+1] = "VERB", "VBN"
		default:
			continue
		}
		upos[i] = "AUX"
	}
}

// perfectSubjectPronoun: the nominative personal pronouns (Quirk et al. 1985, 6.4).
var perfectSubjectPronoun = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}
