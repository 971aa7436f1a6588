package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// objectOpeners are the central determiners and possessives that open a noun phrase (Quirk et al.
// 1985, 5.10-5.15): after them a noun phrase, the object of a verb before them, begins.
var objectOpeners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"no": true, "every": true, "each": true, "all": true, "some": true, "any": true}

// presentVerbBeforeObject reports token k as the -s form of a verb of the CAMEO verb dictionary
// (cameo-verbs.txt: "advises", "convicts", "frees") followed by the start of a noun phrase, a
// determiner or possessive (objectOpeners) or a capitalized word: the third-person singular
// present of the predicate with its object ("the Bahraini foreign ministry advises Indonesia",
// "the navy blockades the port"), the singular subject before it agreeing with it (Quirk et al.
// 1985, 3.54 the -s form, 10.34 concord), not a plural head the word before premodifies ("the
// navy ships arrived", "ministry officials said": a plural noun is followed by the verb, not by
// an object). fr nil (no lexicon) answers false.
func presentVerbBeforeObject(fr doc.Frames, st *doc.Sent, k int) bool {
	toks := st.Toks
	if fr == nil || k+1 >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap {
		return false
	}
	w := toks[k].Lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	l := fr.Lemma(toks[k].Text, "VERB", "VBZ")
	if l == w || !fr.IsVerb(l) {
		return false
	}
	nx := toks[k+1]
	return nx.Kind == text.Word && (nx.Cap || objectOpeners[nx.Lower])
}
