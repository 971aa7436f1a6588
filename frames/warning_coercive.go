package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// coerciveWarnings re-reads a warning against an act (a verb of advising, modality.txt advise,
// Levin 1993, 37.9, read by its cue-classes.txt "against" line: "warn", "caution" OPPOSES of the
// act, CAMEO 110) as a threat when the same warning states the warner's
// readiness to counter it: a participial or coordinated adjunct of the warning verb ("…,
// adding that its army stood ready to respond", "and said it was prepared to retaliate") whose
// clause holds an adjective of readiness (modality.txt intent: ready, prepared, willing) over a
// verb of counteraction or a coercive measure (modality.txt counteraction, instrument, hostile;
// or a readiness to use one: "ready to use force"). PLOVER THREATEN covers "coercive or forceful
// warnings with serious potential repercussions"; CAMEO.2.0.txt's WARN block codes a warning of a
// response as 130 ("WARN * (OF RESPONSE)"). The threat's target is the party warned (the warning
// verb's object, "warned Tajikistan against …"), else the act warned against. A plain warning
// against an act ("warned Iceland against raising quotas") stays OPPOSES.
func (lx *Lexicon) coerciveWarnings(tr *tree, ms []Match) []Match {
	for k := range ms {
		m := &ms[k]
		if m.Type != graph.Opposes || m.Cue < 0 || !strings.HasPrefix(m.Rule, "frames:verb:class/verb/") || tr.argOf(m.Cue, "against") < 0 && tr.markedAdvcl(m.Cue, "against") < 0 {
			continue
		}
		if !lx.in("advise", tr.lemma(m.Cue)) || !lx.readyToCounter(tr, m.Cue) {
			continue
		}
		m.Type, m.Code, m.Plover = graph.Threatens, "130", "THREATEN"
		if o := tr.child(m.Cue, "obj"); o >= 0 && tr.t[o].UPOS == "PROPN" {
			m.Target = o
		}
		m.Rule += "+coercive"
	}
	return ms
}

// markedAdvcl returns the adverbial clause of verb v marked by word ("against diverting"), -1
// when none.
func (tr *tree) markedAdvcl(v int, word string) int {
	for _, a := range tr.children(v, "advcl") {
		if tr.caseOf(a) == word {
			return a
		}
	}
	return -1
}

// readyToCounter reports an adjunct or conjunct clause of warning verb v (advcl, conj,
// parataxis) that states a readiness to counter: a word of readiness or intent (modality.txt
// intent: ready, prepared, vow, plan) anywhere under it whose infinitive is a verb of counteraction or instrument
// ("ready to respond", "prepared to retaliate") or a verb over a coercive means ("ready to use
// force"), or is a general act (readiness.go generalAct).
func (lx *Lexicon) readyToCounter(tr *tree, v int) bool {
	for _, a := range tr.kids[v] {
		if r := base(tr.rel(a)); r != "advcl" && r != "conj" && r != "parataxis" || tr.caseOf(a) == "against" {
			continue
		}
		for j := range tr.t {
			if !lx.in("intent", tr.lemma(j)) || !tr.within(j, a) {
				continue
			}
			x := tr.child(j, "xcomp")
			if x < 0 {
				continue
			}
			xl := tr.lemma(x)
			// a readiness to defend (modality.txt defence: "adding that it is ready to protect
			// its borders") against the act warned of is a response announced to it, as a
			// readiness to respond is (CAMEO.2.0.txt WARN * (OF RESPONSE) [130])
			if lx.in("counteraction", xl) || lx.in("instrument", xl) || lx.in("hostile", xl) || lx.in("defence", xl) || lx.generalAct(tr, x) {
				return true
			}
		}
	}
	return false
}
