package frames

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

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
	span, act := lx.deadline(tr, i)
	if act < 0 {
		return nil
	}
	rcp := tr.child(i, "iobj")
	if o := tr.child(i, "obj"); rcp < 0 && o >= 0 && tr.t[span].Head == o {
		rcp = o // "gave Ali Hassan, Iraq's envoy, 48 hours to …": the span read as the object's appositive (deadline)
	}
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
	if l := tr.lemma(act); (l == "leave" || l == "depart") && (lx.diplomat(tr, rcp) || lx.diplomat(tr, tr.appositiveObject(i, rcp))) {
		// a deadline for a diplomat to leave is his expulsion (OED expel v. "to order (a person)
		// to leave a country"; CAMEO 166 "expel or withdraw", PLOVER SANCTION "expulsion of
		// diplomats"), as the order line of cue-classes.txt (order + diplomat + leave) reads it
		m.Type, m.Code, m.Plover, m.Content = graph.Sanctions, "166", "SANCTION", -1
		if mode != Asserted {
			m.Type = graph.Threatens
		}
		m.Rule += "+expulsion"
	}
	ms := tr.perSource(m, src)
	th := lx.orFaceThreats(tr, ms)
	for k := range th {
		th[k].Target = rcp // the recipient, not the span orFaceThreats takes for the object
	}
	return append(ms, th...)
}

// deadlineNoThreat drops from ms the dictionary's own reading of the giving verb i that
// grantedTime read as a deadline: CAMEO.2.0.txt codes "GIVE * HOURS", "GIVE * {TWO WEEKS}" and
// "GIVE * DEADLINE" as 139 "give ultimatum" with the span as its object, a THREATENS of "48
// hours". The span is no act and no party; the deadline belongs to the demand grantedTime states
// (codebook 139: an ultimatum is a "final warning, ultimate demand or order", one act), and the
// penalty, when there is one ("… or face sanctions"), is the threat orFaceThreats adds. One
// predication gives one relation (issue 13, prec22). Only the plain verb frame of i is dropped:
// a warning or condition frame on the same verb ("-warning", "-condition") is another clause's.
// The span read is the deadline's whether or not the recipient was found.
func (lx *Lexicon) deadlineNoThreat(tr *tree, ms []Match, i int) []Match {
	span, act := lx.deadline(tr, i)
	if act < 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Match) bool {
		return m.Cue == i && m.Target == span && m.Type == graph.Threatens && strings.HasPrefix(m.Rule, "frames:verb:cameo@")
	})
}

// deadline returns the span of time given by verb i and the act it is given for ("gave Hungary
// two months to change the law": months, change), or -1, -1 when i is no giving of a span of
// time to act (grantedTime).
func (lx *Lexicon) deadline(tr *tree, i int) (span, act int) {
	if tr.t[i].UPOS != "VERB" || tr.lemma(i) != "give" {
		return -1, -1
	}
	span = -1
	for _, k := range tr.kids[i] {
		// (parataxis: the span after an appositive set off by commas, "gave Pedro Alvarez,
		// Venezuela's ambassador in London, 48 hours to leave", a noun phrase the parser made a
		// clause of its own: a noun phrase with its infinitive has no predicate, so it is no clause: Quirk et al. 1985, 2.3)
		if r := tr.rel(k); (r == "obj" || r == "obl:unmarked" || r == "obl:tmod" || r == "obl:npmod" || r == "parataxis" && tr.child(i, "iobj") >= 0) && lx.in("time", tr.lemma(k)) &&
			(tr.child(k, "nummod") >= 0 || tr.child(k, "det") >= 0) {
			span = k
		}
	}
	if o := tr.child(i, "obj"); span < 0 && o >= 0 && tr.t[o].UPOS == "PROPN" {
		// "gave Ali Hassan, Iraq's top diplomat in Washington, 48 hours to leave": a second
		// appositive of a name that is a span of time is no appositive, which is coreferential with
		// its anchor (Quirk et al. 1985, 17.65) as a span of time cannot be with a person; after an
		// appositive set off by commas (17.70) it is the direct object of give, the name before it
		// the indirect object (10.6)
		for _, k := range tr.kids[o] {
			if tr.rel(k) == "appos" && lx.in("time", tr.lemma(k)) && tr.child(k, "nummod") >= 0 {
				span = k
			}
		}
	}
	if span < 0 {
		return -1, -1
	}
	act = -1
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
	return span, act
}

// diplomat reports a noun phrase (head k) that names a diplomat (modality.txt diplomat): its head
// ("the Cuban envoy") or an appositive of a name ("Zuheir Jabbour, Syria's top diplomat in
// Washington").
func (lx *Lexicon) diplomat(tr *tree, k int) bool {
	if k < 0 {
		return false
	}
	if lx.in("diplomat", tr.lemma(k)) {
		return true
	}
	for _, a := range tr.kids[k] {
		if tr.rel(a) == "appos" && lx.in("diplomat", tr.lemma(a)) {
			return true
		}
	}
	return false
}

// appositiveObject returns the object of give (i) that the parser made of an appositive set off
// by commas right after the indirect object rcp ("gave Pedro Alvarez, Venezuela's ambassador in
// London, 48 hours": "ambassador" read as the direct object), or -1.
func (tr *tree) appositiveObject(i, rcp int) int {
	o := tr.child(i, "obj")
	if o < 0 || rcp < 0 || o < rcp {
		return -1
	}
	for k := rcp + 1; k < o; k++ {
		if tr.lower[k] == "," && tr.t[k].Head == o {
			return o
		}
	}
	return -1
}
