package frames

// premodifiedObject returns toks with the noun that closes a coordination of attributive
// adjectives made the object of the verb those adjectives were hung on: "need better and more
// balanced trade" parsed with better as the xcomp of need and trade a conj of better (or of need),
// "supports free, fair, and reciprocal trading relationships" likewise. Coordinated attributive
// adjectives modify the noun they precede (Quirk et al. 1985, 13.5: coordination joins like
// constituents; 7.6 on attributive adjectives; "free, fair and reciprocal" is one premodifier), so
// the noun phrase is the verb's object and the first adjective its amod. Only when the verb has
// no object of its own, every other conjunct of the adjective is an adjective, only
// coordinators, punctuation and the noun's own premodifiers stand between the last adjective and
// the noun, and the noun has no determiner or possessive (which would open a noun phrase of its
// own: "keeps it open, and the talks"). toks is not changed, the copy is returned.
func premodifiedObject(toks []Token) []Token {
	out := toks
	for a := range toks {
		v := toks[a].Head
		if toks[a].UPOS != "ADJ" || toks[a].DepRel != "xcomp" || v < 0 || v > a || toks[v].UPOS != "VERB" {
			continue
		}
		n, last, ok := -1, a, true
		for k := a + 1; k < len(toks) && ok; k++ {
			if toks[k].DepRel != "conj" || toks[k].Head != a && toks[k].Head != v {
				continue
			}
			switch toks[k].UPOS {
			case "ADJ":
				if toks[k].Head == a && n < 0 {
					last = k
				} else {
					ok = false
				}
			case "NOUN":
				if n < 0 {
					n = k
				}
			}
		}
		if !ok || n < 0 {
			continue
		}
		hasObj := false
		for k := range toks {
			if toks[k].Head == v && (toks[k].DepRel == "obj" || toks[k].DepRel == "ccomp") {
				hasObj = true
			}
		}
		if hasObj || !premodRun(toks, last, n) {
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]Token(nil), toks...)
		}
		out[n].Head, out[n].DepRel = v, "obj"
		out[a].Head, out[a].DepRel = n, "amod"
	}
	return out
}

// premodRun reports whether only coordinators, punctuation and dependents of noun n that are
// premodifiers (amod, compound, advmod of those) stand between token last and n, and none of n's
// dependents is a determiner or possessive.
func premodRun(toks []Token, last, n int) bool {
	for k := range toks {
		if toks[k].Head == n && (toks[k].DepRel == "det" || toks[k].DepRel == "nmod:poss") {
			return false
		}
	}
	for k := last + 1; k < n; k++ {
		switch {
		case toks[k].UPOS == "PUNCT", toks[k].UPOS == "CCONJ":
		case toks[k].Head == n && (toks[k].DepRel == "amod" || toks[k].DepRel == "compound"):
		case toks[k].DepRel == "advmod" && toks[k].Head > k && toks[k].Head < n:
		default:
			return false
		}
	}
	return true
}
