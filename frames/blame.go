package frames

import "strconv"

// blameCopula reports whether verb k is "to blame" predicated of its subject through "be": "X is
// to blame (for Y)", "X was not to blame". The be + to-infinitive here is the idiom in which the
// active infinitive has passive sense (Quirk et al. 1985, 3.49 on be to; Oxford English
// Dictionary, blame v. 2b, "to be to blame": to be at fault, deserving censure): the subject is
// the one blamed, not one who blames, so the verb entry BLAME [112] (whose subject accuses) does
// not apply to it (verbCand) and blameJudgement reads the clause instead. UD parses the idiom
// with "blame" as the head, "to" its mark and "be" its cop (or aux) child.
func (tr *tree) blameCopula(k int) bool {
	if k < 0 || tr.lemma(k) != "blame" || tr.t[k].UPOS != "VERB" {
		return false
	}
	to, be := false, false
	for _, c := range tr.kids[k] {
		switch r := tr.rel(c); {
		case r == "mark" && tr.lower[c] == "to":
			to = true // "… said that X was to blame": "that" is a mark too
		case (r == "cop" || r == "aux") && tr.lemma(c) == "be":
			be = true
		}
	}
	return to && be
}

// blameJudgement reads "X is to blame (for Y)" at k (blameCopula): the one who states it blames
// X, CAMEO.2.0.txt "--- BLAME [112] ---" (ACCUSE, BLAME: "accuse"; PLOVER DISAPPROVE, "allege,
// charge the target with, or blame"); the target is the subject X, never the act Y. Negated
// ("was not to blame") it accuses no one. The source is found as for the other predicative
// judgements (reportedJudgement): the subject of a verb of saying whose complement the clause is
// ("Kenya said Uganda was to blame"), one after a root clause ("…, the army said"), else -1 (the
// loader takes the quotation's or the turn's speaker); in any other clause nothing is stated.
func (lx *Lexicon) blameJudgement(tr *tree, k int) (Match, bool) {
	m := Match{Cue: k, Kind: "verb", Source: -1, Target: -1, Content: -1, Mode: Asserted, Scope: Own, Outer: -1}
	if !tr.blameCopula(k) {
		return m, false
	}
	for _, c := range tr.kids[k] {
		if lx.in("negation", tr.lemma(c)) && (tr.rel(c) == "advmod" || tr.rel(c) == "det") {
			return m, false
		}
	}
	h, ok := lx.blockHead("BLAME")
	if !ok {
		return m, false
	}
	s := tr.child(k, "nsubj", "nsubj:outer")
	if s < 0 || s > k || !tr.nominal(s) {
		return m, false
	}
	m.Target, m.Rule = s, "frames:judgement-blame:cameo@"+strconv.Itoa(h.line)
	return lx.reportedJudgement(tr, m, k)
}

// objectlessBlame reports the to-infinitive "to blame" with no object: the verb of accusing is
// transitive, one blames someone (OED blame v. 2, "to hold responsible"; CAMEO's BLAME patterns
// name the one blamed as object), so "to blame for Y" without one is the idiom "be to blame" with
// its copula left out, as headlines leave it ("Ghana says smugglers to blame for fire"; Quirk et
// al. 1985, 12.47 on abbreviated headline English), and its subject or controller is the one
// blamed, never the one who blames Y.
func (tr *tree) objectlessBlame(k int) bool {
	if k < 0 || tr.lemma(k) != "blame" || tr.t[k].UPOS != "VERB" || tr.child(k, "obj", "iobj", "ccomp", "nsubj:pass", "aux:pass") >= 0 {
		return false
	}
	for _, c := range tr.kids[k] {
		if tr.rel(c) == "mark" && tr.lower[c] == "to" {
			return true
		}
	}
	return false
}
