package frames

import "github.com/claimgraph/claimgraph/lexicon"

// phraseAgent returns the by-phrase the parser hung inside the complement of passive verb i that
// is i's agent (issue 13, auditT19): "Belarus was threatened with sanctions by Sweden", "Qatar
// was given an ultimatum by Sweden", "Tariffs were imposed on Canadian steel by Sweden", parsed
// with "by Sweden" a modifier of the last noun of the verb's object or prepositional complement.
// A passive clause takes its agent in a by-phrase after the verb and its complements (Quirk et al.
// 1985, 3.63-3.64: the agent by-phrase, one to a clause), and the EWT-trained parser attaches a
// final prepositional phrase low, to the nearest noun. So when i is passive (a passive subject
// or auxiliary) and has no agent of its own, a by-phrase heading a noun phrase found down the
// right-hand noun chain of an object or oblique of i (its nmod dependents, three levels at most)
// is i's agent. Not when a noun of that chain has an of-phrase: a nominalization with its object
// in an of-phrase takes its own agent in a by-phrase ("the destruction of the city by the enemy",
// Quirk et al. 1985, 17.54), as in "was charged over the killing of protesters by police"; nor a
// by-phrase of degree or time ("by 10 percent", "by Friday", Quirk 9.x: a measure or time noun,
// or a noun with a numeral); nor inside an adjunct headed by a preposition that also opens
// adverbial clauses ("after", "before", "since", "until": data/wordclasses/subordinators.txt,
// Quirk et al. 1985, ch. 14): such an adjunct is no complement of the verb, and its event noun
// takes its own agent ("The border was reopened after an attack by rebels"); nor inside an
// adjunct headed by a participial preposition ("following", "pending", "regarding": Quirk et
// al. 1985, 9.10 marginal prepositions; UD EWT gives them VBG + case), which heads adjuncts,
// never a verb's complement ("The restrictions were eased following a request by the union").
// -1 when none.
func (tr *tree) phraseAgent(i int) int {
	if tr.child(i, "aux:pass", "nsubj:pass") < 0 || tr.child(i, "obl:agent") >= 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if r := base(tr.rel(k)); r != "obj" && r != "obl" || !tr.nominal(k) || tr.timeNoun(k) || tr.caseOf(k) == "by" ||
			r == "obl" && (lexicon.WordClass("subordinators").Has(tr.caseOf(k)) || tr.participialCase(k)) {
			continue
		}
		h := k
		for depth := 0; depth < 3 && h >= 0; depth++ {
			next, by := -1, -1
			for _, a := range tr.kids[h] {
				if base(tr.rel(a)) != "nmod" {
					continue
				}
				switch tr.caseOf(a) {
				case "of":
					return -1
				case "by":
					by = a
				default:
					next = a
				}
			}
			if by >= 0 {
				if !tr.nominal(by) || tr.timeNoun(by) || tr.child(by, "nummod") >= 0 {
					return -1
				}
				return by
			}
			h = next
		}
	}
	return -1
}

// participialCase reports a nominal k whose case marker is a participle (tagged VBG or VBN):
// a marginal preposition derived from a verb ("following the talks", "pending a review",
// "given the risk"; Quirk et al. 1985, 9.10; UD EWT tags "following", "regarding", "including"
// VBG with relation case).
func (tr *tree) participialCase(k int) bool {
	for _, c := range tr.kids[k] {
		if tr.rel(c) == "case" && c < k && (tr.t[c].XPOS == "VBG" || tr.t[c].XPOS == "VBN") {
			return true
		}
	}
	return false
}
