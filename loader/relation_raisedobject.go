package loader

import "strings"

// raisedObjectConjunct returns, for a verb h with no complement of its own, the verb
// coordinated after it that carries the object both share ("committed to preserving and
// implementing the accord", "to finance and build the port"), -1 otherwise. A final constituent
// shared by conjoined clauses is expressed once, in the last conjunct (right node raising: Quirk
// et al. 1985, 13.48 on ellipsis in coordination), so the phrase of the first verb, as a target,
// runs to the end of that object ("preserving and implementing the accord", not "preserving").
// Only a gerund or bare infinitive (the forms a target verb takes after "to" or a preposition),
// with a conjunct of the same form that has no subject of its own (a clause of its own) and is
// joined by a coordinator.
func (fs *frameSentence) raisedObjectConjunct(h int) int {
	t := fs.toks[h]
	form := t.XPOS
	if t.UPOS == "NOUN" && t.XPOS == "NN" && strings.HasSuffix(strings.ToLower(t.Form), "ing") {
		// "committed to funding and expanding the programme" tagged funding/NN: coordination
		// joins like constituents (Quirk et al. 1985, 13.5), so a bare -ing noun conjoined with
		// a gerund that takes an object is a gerund too
		form = "VBG"
	} else if t.UPOS != "VERB" || (t.XPOS != "VBG" && t.XPOS != "VB") {
		return -1
	}
	for _, k := range fs.kids[h] {
		switch r := baseRelation(fs.toks[k].DepRel); r {
		case "obj", "iobj", "ccomp", "xcomp", "obl", "nsubj", "csubj", "advcl":
			return -1
		case "det", "amod", "nmod", "compound", "acl":
			if t.UPOS == "NOUN" {
				return -1 // "the funding and expanding …": a noun phrase of its own
			}
		}
	}
	for _, k := range fs.kids[h] {
		if k <= h || fs.toks[k].DepRel != "conj" || fs.toks[k].UPOS != "VERB" || fs.toks[k].XPOS != form {
			continue
		}
		obj, subj, cc := false, false, false
		for _, c := range fs.kids[k] {
			switch baseRelation(fs.toks[c].DepRel) {
			case "obj":
				obj = obj || c > k
			case "nsubj":
				subj = true
			case "cc":
				cc = true
			}
		}
		if obj && !subj && cc {
			return k
		}
	}
	return -1
}

// baseRelation is a UD relation without its subtype ("nsubj:pass" → "nsubj").
func baseRelation(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}
