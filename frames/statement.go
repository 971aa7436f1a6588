package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Patterns CAMEO codes 016 "deny responsibility" whose object is another's claim or statement:
// a claim to a thing rejected (titleClaim, moved unchanged from match.go) and another's statement
// rejected (rejectedStatement). verbCand drops such a pattern so that the verb's own entry applies.

// rejectedStatement reports a CAMEO 016 "deny responsibility" pattern whose object is what
// another actor said — a noun of saying or believing (modality.txt report-noun: PARC 3.0's
// nominal cues, "the report", "the claims", "the statement") or a noun of verbal disapproval
// (a cue-classes.txt noun of OPPOSES whose source cites CAMEO 11: "accusation", "criticism",
// "condemnation"): "rejected the accusations", "dismissed the allegations". CAMEO files these
// under 016 with "deny involvement" and "deny responsibility" (REFUSE, DESPATCH blocks), but
// PLOVER drops the 01 statements and codes "all rejections and refusals" as REJECT: rejecting
// another's statement rejects a position, while denying one's own involvement states a fact
// about oneself (016 proper, kept: "denied any involvement"). The verb's own entry applies
// (reject: cue-classes.txt, 12; dismiss: DESPATCH 110); deny, whose block is null-coded, gives
// nothing, as the denial of a charge is CAMEO's denial of responsibility.
func (lx *Lexicon) rejectedStatement(tr *tree, i int, bp *patternCue) bool {
	if bp.code != "016" {
		return false
	}
	o := tr.child(i, "obj")
	if o < 0 || tr.t[o].UPOS != "NOUN" {
		return false
	}
	l := tr.lemma(o)
	if lx.in("report-noun", l) {
		return true
	}
	for _, c := range lx.classes["noun "+l] {
		if m := cameoCited.FindStringSubmatch(c.source); c.types.Asserted == graph.Opposes && m != nil && strings.HasPrefix(m[1], "11") {
			return true
		}
	}
	return false
}

// titleClaim reports a pattern coded CAMEO 016 "deny responsibility" for the object "claim"
// ("REFUSE * CLAIM" [016] # REJECT) matched where the verb's object is a claim to, over or on a
// thing ("rejected Tokyo's claim to the islands", "dismissed Beijing's claims over the reef").
// The noun has two senses, told apart by its complement: an assertion ("the claim that …",
// "claims about the attack"), whose rejection denies a charge (016), and a title or right to
// something, which the same dictionary codes as a demand ("QUOTE * CLAIM (TO TERRITORY)" [100],
// "ALLOW * CLAIM" [1031]); rejecting a demand is CAMEO 12 "reject" (the verb's class entry).
// Issue 13, frames9.
func titleClaim(tr *tree, i int, bp *patternCue) bool {
	if bp.code != "016" || len(bp.object) != 1 || bp.object[0] != "claim" {
		return false
	}
	o := tr.child(i, "obj")
	if o < 0 || tr.lemma(o) != "claim" {
		return false
	}
	for _, k := range tr.kids[o] {
		if base(tr.rel(k)) == "nmod" {
			if c := tr.caseOf(k); c == "to" || c == "over" || c == "on" {
				return true
			}
		}
	}
	// the parser may hang the phrase on the verb ("rejected Guatemala's claim to the cayes"),
	// which takes no to-, over- or on-complement of its own (REFUSE's patterns name none): right
	// after the object, it is the object's
	_, e := tr.span(o)
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "obl" && k > o {
			if lo, _ := tr.span(k); lo == e {
				if c := tr.caseOf(k); c == "to" || c == "over" || c == "on" {
					return true
				}
			}
		}
	}
	return false
}
