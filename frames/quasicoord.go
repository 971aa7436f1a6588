package frames

import "strings"

// asWellAsConjunct returns toks with a nominal joined by "as well as" re-attached as a conjunct
// of the nominal before it: "called on Senegal as well as the rebels to accept mediation", which
// the parser reads with "as well as" as the coordinator (cc, its words fixed) but hangs the
// second nominal on the verb beside the first, a second oblique. "As well as" is a
// quasi-coordinator (Quirk et al. 1985, 13.102-13.104: as well as, as much as, rather than,
// more than), which links constituents of one kind as and does, with the added one the lesser
// in focus; both are addressees, agents or objects alike. Only when the two nominals are
// dependents of one head (the parser's sibling reading, with "as well as" as coordinator or as a
// complex preposition on the second) and the first ends right before the coordinator; when the
// second is already a conj of the nominal heading the first phrase, it stays on that head. toks
// is not changed, the copy is returned.
func asWellAsConjunct(toks []Token) []Token {
	out := toks
	for c := 1; c+2 < len(toks); c++ {
		if strings.ToLower(toks[c].Form) != "as" || toks[c].DepRel != "cc" && toks[c].DepRel != "case" ||
			strings.ToLower(toks[c+1].Form) != "well" || strings.ToLower(toks[c+2].Form) != "as" {
			continue
		}
		z, y := toks[c].Head, c-1
		if z <= c || z >= len(toks) || !nominalTag(toks[z].UPOS) || !nominalTag(toks[y].UPOS) {
			continue
		}
		// (a nominal conjoined to the verb, "urged Colombia as well as the guerrillas" with
		// guerrillas a conj of urged, is the same misreading: coordination joins like
		// constituents, Quirk et al. 1985, 13.5)
		if toks[y].Head < 0 || toks[y].Head != toks[z].Head {
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]Token(nil), toks...)
		}
		h := toks[z].Head
		first := y
		if toks[z].DepRel == "conj" && h < y && nominalTag(toks[h].UPOS) {
			// "Finance Minister Bosco as well as the IMF" with IMF a conj of the title and the
			// name a flat or appos dependent of it: the first conjunct is the whole phrase the
			// title heads, and UD hangs a conjunct on the first conjunct's head (UD guidelines,
			// conj), which the parser did; re-attaching it to the name's last word would leave
			// it inside the first phrase
			first = h
		}
		out[z].Head, out[z].DepRel = first, "conj"
		out[c].DepRel = "cc"
		for k := z + 1; k < len(toks); k++ {
			if toks[k].Head == z && toks[k].DepRel == "acl" && caseWord(toks, k, "to") && toks[h].UPOS == "VERB" {
				// "urged Ethiopia as well as the rebels to accept mediation": the infinitive the
				// parser hung on the second nominal is the verb's complement, as after the first
				// (object control, Quirk et al. 1985, 16.63)
				out[k].Head, out[k].DepRel = h, "xcomp"
			}
		}
	}
	return out
}

// nominalTag reports a universal part of speech that heads a noun phrase.
func nominalTag(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }
