package frames

import "strings"

// agentConjunct returns toks with a name coordinated after the agent of a noun of request re-attached
// to that agent, and an infinitive hung on it re-attached to the noun: "calls by the United
// Nations and the European Union to halt the offensive", which the parser reads as "calls … and
// the European Union [to halt …]", the Union a second object of the verb and the one who halts.
// Coordination joins constituents of one kind (Quirk et al. 1985, 13.1-13.2): a proper name right
// after the by- or from-phrase's name, like it, is its conjunct, the second agent of the
// request; and the to-infinitive after the coordinated agents is the request's complement (as
// "calls by the United Nations to halt": Quirk 17.26, the infinitive complement of a noun). Only
// for a noun of request or demand (requestNoun) whose agent is a name, and a conjunct that is a
// capitalized word next to the agent's phrase; toks is not changed, the copy is returned.
func (lx *Lexicon) agentConjunct(toks []Token) []Token {
	out := toks
	for z := range toks {
		x := toks[z].Head
		if toks[z].DepRel != "conj" || x < 0 || x >= z || toks[x].UPOS != "NOUN" || !lx.requestNoun(lemmaOf(toks[x])) || !capitalized(toks[z].Form) {
			continue
		}
		y := -1 // the agent: a by- or from-phrase of x between x and z, a name
		for k := x + 1; k < z; k++ {
			if toks[k].Head == x && base(toks[k].DepRel) == "nmod" && capitalized(toks[k].Form) && caseWord(toks, k, "by", "from") {
				y = k
			}
		}
		if y < 0 {
			continue
		}
		next := true // only z's own phrase (coordinator, determiner, modifiers) between y and z
		for k := y + 1; k < z; k++ {
			if toks[k].Head != z {
				next = false
			}
		}
		if !next {
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]Token(nil), toks...)
		}
		out[z].Head = y
		for k := z + 1; k < len(toks); k++ {
			if toks[k].Head == z && toks[k].DepRel == "acl" && caseWord(toks, k, "to") {
				out[k].Head = x
			}
		}
	}
	return out
}

// capitalized reports a word whose first letter is a capital.
func capitalized(w string) bool {
	return w != "" && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]
}

// caseWord reports a case or mark dependent of token k that is one of words.
func caseWord(toks []Token, k int, words ...string) bool {
	for j := range toks {
		if toks[j].Head == k && (toks[j].DepRel == "case" || toks[j].DepRel == "mark") {
			for _, w := range words {
				if strings.EqualFold(toks[j].Form, w) {
					return true
				}
			}
		}
	}
	return false
}
