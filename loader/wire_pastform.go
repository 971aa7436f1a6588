package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/syntax/retag"
)

// pastAfterSubject re-tags as a past tense (Penn VBD) an irregular simple past form the tagger
// read as a noun right after the subject's noun, in a tagged sentence with no finite verb: "The
// plan drew criticism from Germany" tagged "drew/NN", so that the parser finds no predicate. An
// independent sentence has a finite verb (Quirk et al. 1985, 2.3, 3.52), and the simple past of
// an irregular verb (data/lexicons/irregular.txt, Quirk et al. 1985, 3.14–3.16 and Appendix I)
// is no noun; the word after the subject's head is the predicate, as syntax/retag
// VerbAfterSubject has it for the -s form. The first such word is taken.
func pastAfterSubject(past map[string]bool, forms, upos, xpos []string) {
	for i := range forms {
		if retag.FiniteVerb(upos[i], xpos[i]) {
			return
		}
	}
	for i := 1; i < len(forms); i++ {
		if upos[i] != "NOUN" || !past[strings.ToLower(forms[i])] {
			continue
		}
		if p := xpos[i-1]; p != "NN" && p != "NNS" && p != "NNP" && p != "NNPS" {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBD"
		return
	}
}
