package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// mandativeVerbs take a that-clause in the mandative subjunctive (data/wordclasses/
// mandativeverbs.txt: Quirk et al. 1985, 16.32; Huddleston & Pullum 2002, ch. 11 §7.1).
var mandativeVerbs = lexicon.WordClass("mandativeverbs")

// mandativeContent reports a stance match m (SUPPORTS, OPPOSES, OFFERS) inside the that-clause
// of a mandative verb, or inside an infinitive or relative hung in that clause: "Hungary insisted
// that Slovakia rewrite its law to protect ethnic Hungarians", "demanded that Moldova amend its
// code to recognise …". The mandative clause states what the demander wants someone else to do
// (Quirk et al. 1985, 16.32: the subjunctive's subject names who is to act; CAMEO 10 DEMAND codes
// the demand itself), so an act inside it is neither the demander's nor yet anyone's: only the
// DEMANDS of the mandative verb stays (round 24 set U, MODALITY/SCOPE 1). The that-clause is known
// by its own subject (a ccomp with an nsubj), as against "urged X to V", whose object is
// controlled and whose act is read elsewhere, and by its mood (subjunctiveClause): "insisted that
// it had protected them" reports a fact, not a demand.
func mandativeContent(fs *frameSentence, m frames.Match) bool {
	if m.Type != graph.Supports && m.Type != graph.Opposes && m.Type != graph.Offers {
		return false
	}
	n := m.Cue
	for depth := 0; depth < 8 && n >= 0; depth++ {
		h := fs.toks[n].Head
		if h < 0 || h >= len(fs.toks) {
			return false
		}
		if fs.toks[n].DepRel == "ccomp" && fs.toks[h].UPOS == "VERB" && mandativeVerbs.Has(strings.ToLower(fs.toks[h].Form)) {
			return subjunctiveClause(fs, n)
		}
		switch fs.toks[n].DepRel {
		case "acl", "advcl", "xcomp", "ccomp", "conj", "obj", "obl", "nmod":
		default:
			return false
		}
		n = h
	}
	return false
}

// subjunctiveClause reports a that-clause headed at syntax token n with its own subject and in
// the mandative form: the bare base form of the verb ("that Slovakia rewrite"), base "be" of a
// passive or copula ("that the prisoners be freed"), or putative should ("that Slovakia should
// rewrite") — Quirk et al. 1985, 16.32 and 3.58–3.59; an indicative or a modal other than
// "should" ("that it would protect") is the factual reading of the same verb (insist, suggest).
func subjunctiveClause(fs *frameSentence, n int) bool {
	v := fs.toks[n]
	subj, base := false, v.XPOS == "VB"
	for _, k := range fs.kids[n] {
		t := fs.toks[k]
		switch rel := t.DepRel; {
		case strings.HasPrefix(rel, "nsubj"):
			subj = true
			if (v.XPOS == "VBZ" || v.XPOS == "VBP") && (t.XPOS == "NN" || t.XPOS == "NNP") && strings.EqualFold(v.Form, lemmaOf(v)) {
				// a singular subject with a verb without the -s of the third person ("that
				// Estonia rewrite", tagged present): the base form whatever the tagger says
				base = true
			}
		case rel == "aux" || rel == "aux:pass" || rel == "cop":
			w := strings.ToLower(t.Form)
			switch {
			case w == "should" || w == "be":
				base = true
			case t.XPOS == "MD" || t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP":
				return false
			}
		}
	}
	return subj && base
}
