package frames

import "github.com/claimgraph/claimgraph/graph"

// madeCondition matches the complex-transitive "make X a condition (for Y)": "The rebels have made
// a ceasefire a condition for the talks", "Ecowas made the president's release a precondition of
// any dialogue". The object complement (Quirk et al. 1985, 16.44) says what the object becomes: a
// condition its subject sets, which CAMEO.2.0.txt codes as a demand (IMPOSE * CONDITION [100],
// SET * CONDITIONS [100]; codebook 10 "demand"). The subject demands the object (the act or the
// state demanded), target the object; the complement is a noun of modality.txt precondition
// (condition, precondition, prerequisite), which the parser attaches as the obj, xcomp or bare
// noun-phrase obl of "make" beside the object (iobj or obj before it). A negated making ("has not made it a condition") and
// an expletive object ("made it a condition that …") state no demand of an object. Rule
// "frames:<frame>:precondition/make/<noun>".
func (lx *Lexicon) madeCondition(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" || tr.lemma(i) != "make" {
		return nil
	}
	cond, obj := -1, -1
	for _, k := range tr.kids[i] {
		switch r := tr.rel(k); {
		case (r == "obj" || r == "xcomp" || r == "obl:unmarked" || r == "obl:npmod") && tr.t[k].UPOS == "NOUN" && lx.in("precondition", tr.lemma(k)):
			cond = k
		case r == "iobj" || r == "obj":
			obj = k
		}
	}
	if cond < 0 || obj < 0 || obj > cond || tr.t[obj].UPOS == "PRON" {
		return nil
	}
	src, frame := tr.verbSource(i, 0)
	mode, neg, hedged := lx.modality(tr, i)
	if neg || src < 0 {
		return nil
	}
	scope, outer := lx.scope(tr, i, mode, src)
	m := Match{Cue: i, Kind: "verb", Type: graph.Demands, Source: src, Target: obj, Content: -1, Mode: mode,
		Hedged: hedged, Scope: scope, Outer: outer, Code: "10", Plover: "DEMAND",
		Rule: "frames:" + frame + ":precondition/make/" + tr.lemma(cond)}
	return tr.perSource(m, src)
}
