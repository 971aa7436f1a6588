package frames

import "strings"

// Repairs of the frames tree for a stance verb whose arguments the parser lost to a phrase
// interposed before or after it (issue 13, cues22): coordinated adverbs before the verb and an
// adverbial between the verb and its object. Heads change in the frames tree only (newTree's
// copy).

// coordinatedAdverbs re-attaches a verb the parser took for the second conjunct of a coordination
// whose first conjunct is an adverb before it, or the subject before that adverb: "France
// strongly and unequivocally condemns the attacks" parsed with "condemns" a conjunct of
// "strongly" (or of "France"), so the verb has no subject and the stance is lost. Coordination
// joins constituents of one kind (Quirk et al. 1985, 13.1–13.2, 13.64 on coordinated adverbs:
// "slowly and carefully"): "strongly and unequivocally" are two adverbs, both modifiers of the
// verb after them, and a verb cannot be the conjunct of an adverb or of a noun phrase. The
// first adverb becomes the verb's advmod, the second its conjunct (UD: the first conjunct
// heads), the coordinator the second's cc; the verb takes the place its wrong conjunct head had,
// and a subject that headed the coordination becomes its nsubj. Only for adverbs (Penn RB) right
// before the verb, joined by "and", "but" or "or" (with commas in a longer series), and a
// conjunct head that is the first adverb or the noun phrase right before the series.
func coordinatedAdverbs(toks []Token) {
	for v := 3; v < len(toks); v++ {
		if toks[v].UPOS != "VERB" || toks[v].DepRel != "conj" || toks[v-1].XPOS != "RB" {
			continue
		}
		cc := v - 2
		if toks[cc].UPOS != "CCONJ" {
			continue
		}
		a1 := cc - 1 // the first adverb of the series
		for a1-2 >= 0 && toks[a1].XPOS == "RB" && toks[a1-1].Form == "," && toks[a1-2].XPOS == "RB" {
			a1 -= 2 // "firmly, strongly and unequivocally"
		}
		if toks[a1].XPOS != "RB" {
			continue
		}
		h := toks[v].Head
		switch {
		case h == a1:
			toks[v].Head, toks[v].DepRel = toks[a1].Head, toks[a1].DepRel
			for k := range toks {
				if toks[k].Head == a1 && k != v && (k < a1 || k > v) {
					toks[k].Head = v // the adverb's subject and punctuation are the verb's
				}
			}
		case h == a1-1 && h >= 0 && toks[h].Head == -1 && (toks[h].UPOS == "PROPN" || toks[h].UPOS == "NOUN" || toks[h].UPOS == "PRON"):
			toks[v].Head, toks[v].DepRel = -1, "root"
			for k := range toks {
				if toks[k].Head == h && k > v {
					toks[k].Head = v // the closing punctuation
				}
			}
			toks[h].Head, toks[h].DepRel = v, "nsubj"
		default:
			continue
		}
		toks[a1].Head, toks[a1].DepRel = v, "advmod"
		for k := a1 + 1; k < v; k++ {
			switch {
			case toks[k].XPOS == "RB":
				toks[k].Head, toks[k].DepRel = a1, "conj"
			case toks[k].Form == ",", toks[k].UPOS == "CCONJ":
				toks[k].Head, toks[k].DepRel = k+1, "punct"
				if toks[k].UPOS == "CCONJ" {
					toks[k].DepRel = "cc"
				}
			}
		}
	}
}

// postponedObject re-attaches to a verb the noun phrase that follows an adverbial
// prepositional phrase right after the verb, when the parser hung that noun phrase inside the
// prepositional phrase: "condemns in the strongest terms the attacks on civilians", "rejected
// with regret the proposal", parsed with "the attacks" a subject or dependent of "terms", so
// the verb has no object. A long object may be postponed after an adverbial for end weight
// (Quirk et al. 1985, 18.39 on the postponement of the object; 8.14 on adverbial positions):
// a noun phrase without a preposition of its own cannot modify a noun (a noun's postmodifiers
// are prepositional phrases and clauses, Quirk 17.2, 17.37), so after the adverbial's closing
// noun it is the verb's object. Only for a verb with no object or clausal complement, an
// oblique (a noun with its preposition) right after it, and a determined noun phrase (a
// determiner or possessive opens it) right after the oblique's last word.
func postponedObject(toks []Token) {
	for v := 0; v+3 < len(toks); v++ {
		if toks[v].UPOS != "VERB" {
			continue
		}
		p, complement := -1, false
		for k := range toks {
			if toks[k].Head != v {
				continue
			}
			switch r := toks[k].DepRel; {
			case r == "obj" || r == "ccomp" || r == "xcomp":
				complement = true
			case strings.HasPrefix(r, "obl") && k > v && p < 0:
				p = k
			}
		}
		if complement || p < 0 || toks[v+1].UPOS != "ADP" || toks[v+1].Head != p || strings.Contains(toks[p].DepRel, "tmod") {
			continue
		}
		d := p + 1 // the word after the oblique's noun
		if d+1 >= len(toks) || toks[d].UPOS != "DET" && toks[d].XPOS != "PRP$" {
			continue
		}
		n := toks[d].Head // the noun phrase's head
		if n <= d || n >= len(toks) || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		if hasCase(toks, n) {
			continue
		}
		part := -1 // a participle the parser made a relative clause with n its subject
		if h := toks[n].Head; h > n && toks[h].XPOS == "VBN" && strings.HasPrefix(toks[h].DepRel, "acl") && strings.HasPrefix(toks[n].DepRel, "nsubj") {
			part = h
		}
		inside := toks[n].Head
		if part >= 0 {
			inside = toks[part].Head
		}
		if inside < v+1 || inside > p {
			continue
		}
		toks[n].Head, toks[n].DepRel = v, "obj"
		if part >= 0 {
			// "the attacks … carried out by Russia": an -ed participle clause has no subject
			// of its own (Quirk et al. 1985, 17.27): it postmodifies the noun before it
			toks[part].Head, toks[part].DepRel = n, "acl"
		}
	}
}

// hasCase reports a preposition (UD case) among token n's dependents.
func hasCase(toks []Token, n int) bool {
	for k := range toks {
		if toks[k].Head == n && toks[k].DepRel == "case" {
			return true
		}
	}
	return false
}
