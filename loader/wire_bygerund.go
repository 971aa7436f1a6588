package loader

import "strings"

// By-gerunds read as premodifiers (probe20, class C). In "Canada responded by suspending talks
// with India" the parser hangs "suspending" on "talks" as an adjectival modifier and makes
// "talks" the by-phrase's noun. After "by", an -ing form followed by a noun phrase heads a
// gerund-participle clause with that noun phrase as its object, an adjunct of means of the verb
// the phrase depends on (Quirk et al. 1985, ch. 8 on means adjuncts, "by + -ing clause"); the
// participial adjective reading ("driven by rising prices") is the premodifier of a passive's
// agent, a noun phrase (Quirk et al. 1985, 7.15-7.16 on participial adjectives, ch. 3 on the
// agent), which an active verb does not take.

// byGerundClause reattaches each such -ing form: a VBG token v attached as amod to a noun n after
// it, right after a "by" that is n's case marker, n an oblique of an active verb g (no aux:pass,
// no copula); v becomes g's advcl, "by" its mark, n its object.
func byGerundClause(fs *frameSentence) {
	for v := 1; v+1 < len(fs.toks); v++ {
		t := fs.toks[v]
		if t.XPOS != "VBG" || t.DepRel != "amod" {
			continue
		}
		n, by := t.Head, v-1
		if n <= v || !strings.EqualFold(fs.toks[by].Form, "by") || fs.toks[by].Head != n {
			continue
		}
		if r := fs.toks[n].DepRel; r != "obl" && r != "obl:agent" {
			continue
		}
		g := fs.toks[n].Head
		if g < 0 || fs.toks[g].UPOS != "VERB" || fs.toks[g].XPOS == "VBN" {
			continue
		}
		passive := false
		for k := range fs.toks {
			if fs.toks[k].Head == g && (fs.toks[k].DepRel == "aux:pass" || fs.toks[k].DepRel == "cop" || fs.toks[k].DepRel == "nsubj:pass") {
				passive = true
			}
		}
		if passive {
			continue
		}
		fs.toks[v].Head, fs.toks[v].DepRel = g, "advcl"
		fs.toks[by].Head, fs.toks[by].DepRel = v, "mark"
		fs.toks[n].Head, fs.toks[n].DepRel = v, "obj"
	}
}
