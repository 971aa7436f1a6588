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

// presentVerbBeforeBareObject reports token k as the -s form of a verb of the CAMEO verb
// dictionary followed by a lower-case word that opens a noun phrase with no determiner — a plural
// or mass noun, the commonest objects of news verbs ("the Kenyan defence ministry extends aid to
// Somalia", "the Peruvian foreign ministry imposes restrictions on imports") — when no finite verb
// follows in the clause (to its end, a comma, semicolon or colon): no finite auxiliary or form of
// be (finiteaux.txt), no -ed form and no irregular simple past (irregular.txt, Quirk et al. 1985,
// 3.14-3.16). Read as a plural noun, the word would be the head of the subject "the … ministry
// grants", and the clause would still need its finite verb after it (Quirk et al. 1985, 2.3, 3.52:
// an independent clause has one; "the ministry grants programme was cut"); with none there, the
// -s form agreeing with the singular body noun before it is that verb (Quirk 3.54, 10.34
// concord), as presentVerbBeforeObject has it before a determiner. A lower-case word after the
// verb that is itself a finite auxiliary, a form of be, a stop word or an -ly adverb is no
// object's first word.
func presentVerbBeforeBareObject(d *doc.Doc, st *doc.Sent, k int) bool {
	toks := st.Toks
	if d.Frames == nil || k+1 >= len(toks) || toks[k].Kind != text.Word || toks[k].Cap {
		return false
	}
	w := toks[k].Lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if l := d.Frames.Lemma(toks[k].Text, "VERB", "VBZ"); l == w || !d.Frames.IsVerb(l) {
		return false
	}
	nx := toks[k+1]
	if nx.Kind != text.Word || nx.Cap || d.Lx.Stop[nx.Lower] || d.Lx.BeForms[nx.Lower] || doc.FiniteAux.Has(nx.Lower) || strings.HasSuffix(nx.Lower, "ly") {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Text == ":" {
			break
		}
		if t.Kind != text.Word || t.Cap {
			continue
		}
		if d.Lx.BeForms[t.Lower] || doc.FiniteAux.Has(t.Lower) || strings.HasSuffix(t.Lower, "ed") || d.Lx.PastForms[t.Lower] {
			return false
		}
	}
	return true
}
