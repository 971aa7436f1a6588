package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/syntax"
)

// Coordinated perfect participles read as premodifiers (issue 13, frames29a). In "The State
// Department has warned Somali leaders against any further slippage and threatened targeted
// sanctions" the tagger reads "threatened" as an adjective and the parser hangs it on
// "sanctions", conjoined to "slippage" inside the first verb's phrase, so the second act is lost.
// A predicate coordinated after a perfect shares its auxiliary (predication ellipsis, Quirk et
// al. 1985, 13.46–13.52: "has warned … and [has] threatened …"), and the -ed form after the
// coordinator is then its past participle (3.14: the -ed participle); a participial adjective
// in a noun phrase conjoined inside the object would premodify a noun phrase whose head has no
// determiner of its own, and the verb is a dictionary cue, so the verb reading is taken when the
// first conjunct is a perfect (have + VBN) and the noun phrase is bare ("and threatened targeted
// sanctions"); "has urged restraint and the threatened sanctions" and a simple past ("warned …
// and threatened …", coordinatedPastVerb) are left alone.

// coordinatedPerfectParticiple reattaches each such participle v: an -ed word tagged as an
// adjective or participle, attached as amod to a bare noun n right after a coordinator that n
// governs, n conjoined to the object or prepositional phrase of the perfect verb g (or to a noun
// in its prepositional phrase); the participle of a dictionary verb (lemma: the lemmatizer's VBN
// lemma) becomes the perfect verb's conjunct, n its object, the coordinator its cc.
func coordinatedPerfectParticiple(lx *frames.Lexicon, lm syntax.Lemmatizer, fs *frameSentence) {
	if lx == nil || lm == nil {
		return
	}
	for v := 1; v < len(fs.toks); v++ {
		t := fs.toks[v]
		if t.DepRel != "amod" || !(t.XPOS == "JJ" || t.XPOS == "VBN") || !strings.HasSuffix(strings.ToLower(t.Form), "ed") {
			continue
		}
		n, cc := t.Head, v-1
		if n <= v || fs.toks[cc].DepRel != "cc" || fs.toks[cc].Head != n || fs.toks[n].DepRel != "conj" || fs.toks[n].UPOS != "NOUN" {
			continue
		}
		if w := strings.ToLower(fs.toks[cc].Form); w != "and" && w != "but" {
			continue
		}
		bare := true
		for k := range fs.toks {
			if r := fs.toks[k].DepRel; fs.toks[k].Head == n && (r == "det" || r == "nmod:poss") {
				bare = false
			}
		}
		if !bare {
			continue
		}
		m := fs.toks[n].Head
		for hop := 0; m >= 0 && m < v && fs.toks[m].DepRel == "nmod" && hop < 2; hop++ {
			m = fs.toks[m].Head // "against any further slippage": the object's prepositional phrase
		}
		if m < 0 || m >= v || fs.toks[m].DepRel != "obj" && fs.toks[m].DepRel != "obl" {
			continue
		}
		g := fs.toks[m].Head
		if g < 0 || g >= m || fs.toks[g].UPOS != "VERB" || fs.toks[g].XPOS != "VBN" || !perfect(fs, g) {
			continue
		}
		lemma := lm.Lemma(t.Form, "VERB", "VBN")
		if !lx.IsVerb(lemma) {
			continue
		}
		fs.toks[v].UPOS, fs.toks[v].XPOS, fs.toks[v].Lemma = "VERB", "VBN", lemma
		fs.toks[v].Head, fs.toks[v].DepRel = g, "conj"
		fs.toks[n].Head, fs.toks[n].DepRel = v, "obj"
		fs.toks[cc].Head = v
	}
}

// perfect reports a verb g with the auxiliary have (the perfect, Quirk et al. 1985, 4.18); the
// wire repairs run before fs.kids is built, so the heads are read.
func perfect(fs *frameSentence, g int) bool {
	for k := range fs.toks {
		if fs.toks[k].Head == g && fs.toks[k].DepRel == "aux" && strings.EqualFold(fs.toks[k].Lemma, "have") {
			return true
		}
	}
	return false
}
