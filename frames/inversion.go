package frames

import "strings"

// invertedCondition rewrites a conditional clause with subject–operator inversion into the
// if-clause it means (issue 13, cond18). "Should Tehran close the strait, Washington will
// respond" is "If Tehran should close the strait, …", and "Were Iran to close it, …" is "If Iran
// were to close it, …": inversion of the operator should, or of were before a to-infinitive, with
// no subordinator, marks a conditional clause (Quirk et al. 1985, 15.33–15.40 on conditional
// clauses, inversion in 15.36; Huddleston & Pullum 2002, ch. 11, conditional adjuncts with
// subject–auxiliary inversion). The parser, trained on few of them, reads the inverted clause as
// a main clause (a question's word order) and hangs the consequent on it as parataxis or conj, or
// hangs a final "…, should X V" on the main verb as a conjunct. Here the operator becomes the
// clause's mark, lemma "if" (the subordinator it stands for, modality.txt condition), the
// clause an advcl of the consequent, and the consequent takes the inverted clause's place in
// the tree with the dependents that follow it (the closing punctuation, an inverted "…, X
// said"). Had-inversion ("Had Manila seized the ship, Beijing would have retaliated") is the
// counterfactual "if Manila had seized …" (Quirk 15.35–15.36): its clause is a condition too, so
// the seizure it names is not asserted. A question ("Should China retaliate?") is no condition:
// a sentence that ends with "?" is left alone.
func invertedCondition(toks []Token) {
	n := len(toks)
	for last := n - 1; last >= 0; last-- {
		if f := toks[last].Form; f == "?" {
			return
		} else if f != "\"" && f != "'" && f != "”" && f != "’" && f != ")" {
			break
		}
	}
	kids := func(h int) []int {
		var out []int
		for k := range toks {
			if toks[k].Head == h {
				out = append(out, k)
			}
		}
		return out
	}
	for q := range toks {
		p := toks[q].Head
		if p <= q || toks[q].DepRel != "aux" || !invertingOperator(toks, q, p) {
			continue
		}
		// the subject follows the operator: inversion, not a modal in its ordinary place
		inverted := false
		for _, k := range kids(p) {
			if strings.HasPrefix(toks[k].DepRel, "nsubj") && q < k && k < p {
				inverted = true
			}
		}
		if !inverted {
			continue
		}
		opening := true // only punctuation (an opening quote) before the operator
		for k := 0; k < q; k++ {
			if toks[k].UPOS != "PUNCT" {
				opening = false
			}
		}
		switch {
		case opening && toks[p].DepRel == "advcl" && toks[p].Head > p:
			// the parser already hung the clause on the consequent; only the operator is misread
		case opening:
			// "Should X V …, Y will V": the consequent is p's parataxis, conj or ccomp after the
			// comma, a clause of its own (its own subject)
			a := -1
			for _, k := range kids(p) {
				switch toks[k].DepRel {
				case "parataxis", "conj", "ccomp":
				default:
					continue
				}
				if k > p && a < 0 && toks[k].UPOS == "VERB" && hasSubject(toks, k, kids) && commaBefore(toks, p, k) {
					a = k
				}
			}
			if a < 0 {
				continue
			}
			for _, k := range kids(p) {
				if k > a {
					toks[k].Head = a // the closing punctuation, a trailing "…, X said"
				}
			}
			toks[a].Head, toks[a].DepRel = toks[p].Head, toks[p].DepRel
			toks[p].Head, toks[p].DepRel = a, "advcl"
		case q > 0 && toks[p].Head >= 0 && toks[p].Head < q && (toks[q-1].Form == "," &&
			(toks[p].DepRel == "conj" || toks[p].DepRel == "parataxis") || toks[p].DepRel == "advcl"):
			// "Y will V, should X V", "Y will V should X V": the final conditional clause hung on
			// the main verb (as an adverbial clause, or after a comma as a conjunct), the operator
			// opening it
			if toks[toks[p].Head].UPOS != "VERB" || !opensClause(toks, q, p, kids) {
				continue
			}
			toks[p].DepRel = "advcl"
		default:
			continue
		}
		toks[q].DepRel, toks[q].Lemma = "mark", "if"
	}
}

// invertingOperator reports token q, an auxiliary of verb p, as an operator that inverts in a
// conditional clause (Quirk et al. 1985, 15.36): should, had before a past participle, or were
// with p a to-infinitive ("Were Iran to close …").
func invertingOperator(toks []Token, q, p int) bool {
	switch strings.ToLower(toks[q].Form) {
	case "should":
		return true
	case "had":
		// "Had Manila seized the ship, …": the perfect's operator (a participle the tagger may call VBD)
		return toks[p].XPOS == "VBN" || toks[p].XPOS == "VBD"
	case "were":
		for k := q + 1; k < p; k++ {
			if toks[k].Head == p && toks[k].DepRel == "mark" && strings.EqualFold(toks[k].Form, "to") {
				return true
			}
		}
	}
	return false
}

func hasSubject(toks []Token, v int, kids func(int) []int) bool {
	for _, k := range kids(v) {
		if strings.HasPrefix(toks[k].DepRel, "nsubj") {
			return true
		}
	}
	return false
}

// commaBefore reports a comma between verb p and clause head a that a's clause opens with (the
// comma that closes a preposed adverbial clause, Quirk et al. 1985, 15.19).
func commaBefore(toks []Token, p, a int) bool {
	for k := p + 1; k < a; k++ {
		if toks[k].Form == "," && (toks[k].Head == a || toks[k].Head == p) {
			return true
		}
	}
	return false
}

// opensClause reports operator q as the first word of its clause p: no dependent of p before it
// but punctuation (the comma that sets the clause off).
func opensClause(toks []Token, q, p int, kids func(int) []int) bool {
	for _, k := range kids(p) {
		if k < q && toks[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}
