package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Dictionary-default choosers of verbCand: which of a verb's CAMEO entries (its typed default, a
// protest, approval, coercion or request default, a rally pattern) stands when a pattern and the
// verb's own sense disagree (moved from match.go unchanged).

// typedDefault reports a typed dictionary default among verbs that differs from types: the
// verb's own sense, which a prepositionOnly pattern does not override when the verb is used with
// a direct object ("demanded guarantees on the security of its border" keeps DEMAND's 100; "slammed
// Israel for …", whose verb has no typed default, keeps the pattern's 111).
func typedDefault(verbs []verbCue, types Types) bool {
	for k := range verbs {
		if verbs[k].types != (Types{}) {
			return verbs[k].types != types
		}
	}
	return false
}

// protestDefault returns the default of a verb of disapproval, rejection or protest (its own
// entry OPPOSES, CAMEO 11, 12 or 14: denounce, protest, complain) whose matched pattern names an
// object and is coded 051-053 ("PROTEST * ARREST" 053, "DENOUNCE * SANCTIONS" 053, "OPPOSE *
// SANCTIONS" 052): PETRARCH2 codes the support the protest lends the measure's victim (053 "rally
// support on behalf of", 052 "defend verbally"), who is not the object; the relation here is
// about the object, the arrest or the sanctions, which the verb decries (PLOVER DISAPPROVE
// "condemn, decry a policy or an action"), so the pattern's type gives way to the verb's, as
// approvalDefault does the other way round. A support verb ("expressed support", modality.txt
// support) is not one: its object carries the meaning. nil otherwise.
func (lx *Lexicon) protestDefault(verbs []verbCue, bp *patternCue, lemma string) *verbCue {
	if bp.object == nil || bp.types.Asserted != graph.Supports || lx.in("support", lemma) {
		return nil
	}
	if c := bp.code; c != "051" && c != "052" && c != "053" {
		return nil
	}
	for k := range verbs {
		if c := verbs[k].code; verbs[k].block == bp.block && verbs[k].types.Asserted == graph.Opposes && (strings.HasPrefix(c, "11") || strings.HasPrefix(c, "12") || strings.HasPrefix(c, "14")) {
			return &verbs[k]
		}
	}
	return nil
}

// approvalDefault returns the default of a verb of approval (its block's asserted type SUPPORTS:
// CAMEO 05 "engage in diplomatic cooperation", 050 support, 051 praise or endorse) whose matched
// pattern is coded CAMEO 03, intent to cooperate in the object's event ("SUPPORT * TALKS" 036,
// "SUPPORT * CALL" 032, "WELCOME * OFFER" 030, "FAVOR * NEGOTIATION" 036): PETRARCH2 codes the
// event the object names, but what the verb asserts of its subject is approval of that event or
// proposal (PLOVER SUPPORT "express support for, commend, approve policy, action"), a stance
// towards the object, not an offer of the subject's own: the pattern's type gives way to the
// verb's. nil otherwise.
//
// The same holds for a pattern naming a coercive measure or act as the object ("SUPPORT *
// SANCTIONS" 1312, "* {&MILITARY INTERVENTION}" 138, "* PROTEST" 141, "* ABDUCTION" 113): the
// code is the measure's own event against a third party, which PLOVER THREATEN reserves for the
// source's "coercive or forceful warnings"; backing a measure that others impose is approval of
// that policy (PLOVER SUPPORT), and the relation's target is the measure the object names. Only
// a pattern with an object and no particle: "BACK DOWN" 080, "BACK AWAY FROM" 120 are other
// senses of the verb (coercionObject).
func approvalDefault(verbs []verbCue, bp *patternCue, approval map[string]bool) *verbCue {
	if !(bp.types.Asserted == graph.Offers && strings.HasPrefix(bp.code, "03")) && !coercionObject(bp) {
		return nil
	}
	if !(bp.types.Asserted == graph.Offers && strings.HasPrefix(bp.code, "03")) && !approval[bp.block] {
		// "dealt a blow to" (BARGAIN * BLOW 110): a block whose verbs are only 050 "engage in
		// diplomatic cooperation" (BARGAIN: deal, bargain, haggle; INFLUENCE) approves nothing,
		// so its coercion-object patterns keep their code; a block of approval holds a verb coded
		// 051 "praise or endorse" (SUPPORT: endorse; ACCLAIM: praise, welcome; FAVOR)
		return nil
	}
	for k := range verbs {
		if verbs[k].block == bp.block && verbs[k].types.Asserted == graph.Supports && strings.HasPrefix(verbs[k].code, "05") {
			return &verbs[k]
		}
	}
	return nil
}

// coercionObject reports a pattern that names an object and no particle and is coded a
// disapproval, threat or protest against a target (CAMEO 11, 13, 14): what approving that object
// would approve is a measure or act against another actor (approvalDefault).
func coercionObject(bp *patternCue) bool {
	if bp.object == nil || bp.particle != "" {
		return false
	}
	for _, root := range []string{"11", "13", "14"} {
		if strings.HasPrefix(bp.code, root) {
			return true
		}
	}
	return false
}

// requestDefault returns the default of a verb of demand (its own entry coded CAMEO 10 "demand",
// DEMANDS: demand, press, push, exhort …) whose matched pattern is coded CAMEO 03, intent to
// cooperate in the object's event ("DEMAND * TALKS" 036, "* DIALOGUE" 036, "* TRADE" 0311,
// "* {CLOSER TIE}" 030). The DEMAND block's 03 patterns code WANT's sense (WANT's own entry is
// 030): wanting talks announces the subject's intent. Demanding them asks another party for them,
// which the same block codes 106 "demand meeting, negotiation" ("* TALKS" 106) and the codebook
// files under 10 "demand"; as approvalDefault for verbs of approval. nil otherwise.
func requestDefault(verbs []verbCue, bp *patternCue) *verbCue {
	if bp.types.Asserted != graph.Offers || !strings.HasPrefix(bp.code, "03") {
		return nil
	}
	for k := range verbs {
		if verbs[k].block == bp.block && verbs[k].types.Asserted == graph.Demands && strings.HasPrefix(verbs[k].code, "10") {
			return &verbs[k]
		}
	}
	return nil
}

// rallyPattern returns, for a pattern that codes a request for a coercive act as a threat
// ("CALL * (FOR SANCTIONS)" 1312, "(FOR &FIGHT)" 138), the block's own pattern for calling for
// action against a target, CAMEO 113 "rally opposition against" ("CALL * (FOR ACTION) (AGAINST)"
// 113); nil otherwise. A threat commits its source to the act (CAMEO 13 "threaten": the source's
// "coercive or forceful warnings"; PLOVER THREATEN); calling for sanctions or war to be imposed by
// others commits the caller to nothing: it seeks support against the target, which the
// dictionary itself codes 113 in the same block (PLOVER DISAPPROVE).
func (lx *Lexicon) rallyPattern(bp *patternCue) *patternCue {
	if !strings.HasPrefix(bp.code, "13") {
		return nil
	}
	req := false
	for _, s := range bp.preps {
		req = req || s.prep == "for"
	}
	if !req {
		return nil
	}
	for k := range lx.patterns[bp.block] {
		if p := &lx.patterns[bp.block][k]; p.code == "113" {
			return p
		}
	}
	return nil
}

// evaluative reports a dictionary default that is a stance towards its object: support,
// opposition or a demand.
func evaluative(t Types) bool {
	switch t.Asserted {
	case graph.Supports, graph.Opposes, graph.Demands:
		return true
	}
	return false
}
