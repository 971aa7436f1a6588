package loader

import "strings"

// Coordinated infinitives read as conjuncts of the finite verb (issue 13, targets18 class E5).
// In "Germany urged Russia to halt its offensive, release the detained journalists and return to
// negotiations" the parser conjoins "release" (and with it "return") to "urged", so the second
// and third acts asked for become acts of Germany's own ("Germany OFFERS … release") and the
// demand's target names the first act only. Coordination joins like constituents (Quirk et al.
// 1985, 13.5), and coordinated predicates without a subject of their own share the first
// conjunct's subject and its operator (13.46-13.52): a bare base form (VB) cannot share the
// tense of a past, present or perfect finite verb ("Germany urged … and release"), but it is the
// like constituent of a to-infinitive ("to halt …, release …": the marker "to" is shared, 13.48),
// the verb that "to" marks whatever its tag ("to free the activists" tagged as an adjective).
// So a base-form verb with no subject, auxiliary or modal of its own, conjoined to a finite or
// perfect verb g that has a to-infinitive complement before it, is that infinitive's conjunct.

// infinitiveConjunct reattaches each such verb to the infinitive (the frames tree's heads only;
// the conjunct keeps its cc and punctuation).
func infinitiveConjunct(fs *frameSentence) {
	toks := fs.toks
	for c := range toks {
		g := toks[c].Head
		if toks[c].DepRel != "conj" || toks[c].UPOS != "VERB" || toks[c].XPOS != "VB" || g < 0 || g >= c || toks[g].UPOS != "VERB" {
			continue
		}
		switch toks[g].XPOS {
		case "VBD", "VBZ", "VBP", "VBN":
		default:
			continue
		}
		own := false
		for k := range toks {
			if toks[k].Head != c {
				continue
			}
			if r := toks[k].DepRel; strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") || strings.HasPrefix(r, "expl") {
				own = true // "… and Moscow release", "… and will release": a clause of its own
			}
		}
		if own {
			continue
		}
		x := -1
		for k := g + 1; k < c; k++ {
			if toks[k].Head == g && toks[k].DepRel == "xcomp" && infinitiveMarked(fs, k) {
				x = k // the last to-infinitive before the conjunct
			}
		}
		if x < 0 {
			continue
		}
		toks[c].Head = x
	}
}

// infinitiveMarked reports a verb k with the infinitive marker "to" as its mark.
func infinitiveMarked(fs *frameSentence, k int) bool {
	for i := 0; i < k; i++ {
		if fs.toks[i].Head == k && fs.toks[i].DepRel == "mark" && strings.EqualFold(fs.toks[i].Form, "to") {
			return true
		}
	}
	return false
}
