package frames

import "github.com/claimgraph/claimgraph/graph"

// grantedTime matches the deadline given to another party to act (issue 13, classes19 class 3):
// "The EU gave Hungary two months to change the law (or face fines)", "Serbia was given 48 hours
// (by NATO) to withdraw its troops". Giving a party a span of time to act is giving it a
// deadline, which CAMEO.2.0.txt codes as an ultimatum (GIVE * DEADLINE [139], SET * DEADLINE
// [139]; codebook 139 "give ultimatum": PLOVER THREATEN "give a final warning, ultimate demand or
// order"); what it states is the act demanded: a DEMANDS of the giver (subject, or the passive's
// by-agent) on the recipient (indirect object, or the passive's subject), content the
// infinitive (Quirk et al. 1985, 16.63, object + to-infinitive). The penalty of "… or face N" is
// the threat orFaceThreats reads off this demand (CAMEO 139). The span is an object (or the
// passive's bare noun phrase) headed by a noun of modality.txt time with a number or determiner
// ("two months", "48 hours", "a week"); "gave the ministry a budget to run" names no time, and a
// verb with no recipient ("gave itself a year to …") is no demand on another. Rule
// "frames:<frame>:ultimatum/deadline/<noun>".
func (lx *Lexicon) grantedTime(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" || tr.lemma(i) != "give" {
		return nil
	}
	span := -1
	for _, k := range tr.kids[i] {
		if r := tr.rel(k); (r == "obj" || r == "obl:unmarked" || r == "obl:tmod" || r == "obl:npmod") && lx.in("time", tr.lemma(k)) &&
			(tr.child(k, "nummod") >= 0 || tr.child(k, "det") >= 0) {
			span = k
		}
	}
	if span < 0 {
		return nil
	}
	act := -1
	for _, k := range tr.kids[i] {
		if r := tr.rel(k); (r == "xcomp" || r == "advcl") && k > span && tr.caseOf(k) == "to" && tr.t[k].UPOS == "VERB" && tr.subject(k) < 0 {
			act = k
			break
		}
	}
	if act < 0 {
		for _, k := range tr.kids[span] {
			if tr.rel(k) == "acl" && tr.caseOf(k) == "to" && tr.t[k].UPOS == "VERB" {
				act = k // "two months to change the law" hung on the span
			}
		}
	}
	if act < 0 {
		return nil
	}
	rcp := tr.child(i, "iobj")
	if tr.passive(i) {
		rcp = tr.child(i, "nsubj:pass")
	}
	if rcp < 0 || tr.t[rcp].UPOS == "PRON" && (tr.lemma(rcp) == "itself" || tr.lemma(rcp) == "themselves") {
		return nil
	}
	src, frame := tr.verbSource(i, 0)
	mode, neg, hedged := lx.modality(tr, i)
	if neg {
		return nil
	}
	scope, outer := lx.scope(tr, i, mode, src)
	m := Match{Cue: i, Kind: "verb", Type: graph.Demands, Source: src, Target: rcp, Content: act, Mode: mode,
		Hedged: hedged, Scope: scope, Outer: outer, Code: "10", Plover: "DEMAND",
		Rule: "frames:" + frame + ":ultimatum/deadline/" + tr.lemma(span)}
	ms := tr.perSource(m, src)
	th := lx.orFaceThreats(tr, ms)
	for k := range th {
		th[k].Target = rcp // the recipient, not the span orFaceThreats takes for the object
	}
	return append(ms, th...)
}
