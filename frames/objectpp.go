package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// objectAddressee finds the named actor of a prepositional phrase that complements the object
// noun of a CAMEO verb–object pattern but was hung on the verb: "set a deadline for Barbados"
// parsed with "for Barbados" an oblique of "set" (as it is not when a time adverbial follows:
// "set a deadline [for Barbados] on Tuesday"). A prepositional phrase directly after a noun
// phrase object is ambiguous between the noun's postmodifier and the verb's adverbial (Quirk
// et al. 1985, ch. 17 on prepositional postmodification, and ch. 8 on adverbials: the attachment
// follows the noun's own complementation); when the pattern names the object noun (the dictionary
// entry is the verb with that noun: ARRANGE * DEADLINE) of a threat (CAMEO 13, PLOVER THREATEN:
// a deadline, an ultimatum, a warning is addressed to someone) and the phrase names an actor,
// the threat is aimed at that actor. Only threats: a measure or an offer keeps its own noun as
// the target ("cut off aid to Togo", "lifted sanctions on Pyongyang": the project's convention,
// frames tests audit19, prec22). Only for, to, against and on; never a time noun ("a deadline
// for Friday"). Returns -1 otherwise.
func (tr *tree) objectAddressee(i, obj int) int {
	if obj < 0 || obj+2 >= len(tr.t) {
		return -1
	}
	for _, o := range tr.kids[i] {
		if base(tr.rel(o)) != "obl" || o <= obj+1 || tr.t[obj+1].Head != o || tr.rel(obj+1) != "case" {
			continue
		}
		switch tr.lower[obj+1] {
		case "for", "to", "against", "on":
		default:
			continue
		}
		if tr.t[o].UPOS == "PROPN" && !tr.timeNoun(o) {
			return o
		}
	}
	return -1
}

// aidRecipient finds the recipient phrase (prepositional group of prep, "to" or "for") of a
// verb of giving aid i (CAMEO 07 "provide aid": the line's code) that the parser hung inside the
// object phrase instead of on the verb: on the object noun ("earmarked funds [for Haiti]"), on
// a conjunct of it ("flew doctors and nurses [to the survivors]"), on the noun of its of- or
// in-group ("5 million dollars of assistance [for Haiti]", "10 billion won in aid [for
// Ukraine]"), or on the verb's in/of-group of aid ("allocated 3 million euros in aid [for …]").
// The recipient is an argument of the verb of transfer (Levin 1993, 11.1 send verbs and 13.1–
// 13.4 give and future-having verbs take the recipient as to/for-phrase; Quirk et al. 1985,
// 10.6 and 16.57 on the prepositional indirect object), and a phrase after the object is
// attached by the parser to the nearest noun before it (the PP-attachment ambiguity, Hindle &
// Rooth 1993), so whichever noun of the object phrase the parser picked, the phrase is the
// verb's recipient, as a from-phrase of a demand is the addressee whichever head it has
// (loader/relation_innerparty.go). A phrase of time is none (argOf). -1 when there is none.
func (tr *tree) aidRecipient(i int, prep string) int {
	o := tr.object(i)
	if o < 0 || prep != "to" && prep != "for" {
		return -1
	}
	nouns := tr.conjuncts(o)
	for _, n := range append([]int(nil), nouns...) {
		for _, k := range tr.kids[n] {
			if b := base(tr.rel(k)); b == "nmod" && k > n && (tr.caseOf(k) == "of" || tr.caseOf(k) == "in") {
				nouns = append(nouns, k)
			}
		}
	}
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "obl" && k > o && (tr.caseOf(k) == "of" || tr.caseOf(k) == "in") {
			nouns = append(nouns, k)
		}
	}
	for _, n := range nouns {
		if k := tr.argOf(n, prep); k >= 0 {
			return k
		}
	}
	return -1
}

// verbArgElsewhere returns verb i's prepositional group of prep where the parser put it off the
// verb: after a particle ("called on Israel": particleArg), stranded by a passive ("was called on
// by the EU": strandedPassive, args_helpers.go), or, for a line of CAMEO 07 "provide aid", the
// recipient inside the object phrase (aidRecipient). -1 when none.
func (tr *tree) verbArgElsewhere(i int, prep string, c cand) int {
	if k := tr.particleArg(i, prep); k >= 0 {
		return k
	}
	if k := tr.strandedPassive(i, prep); k >= 0 {
		return k
	}
	if c.types.Asserted == graph.Offers && (strings.HasPrefix(c.code, "07") || strings.HasPrefix(c.lineCode, "07")) {
		return tr.aidRecipient(i, prep)
	}
	return -1
}
