package frames

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
