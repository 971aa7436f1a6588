package frames

import "github.com/claimgraph/claimgraph/graph"

// timeMandative matches "it is time for X to V" ("it is time for Congress to act", "it's time
// for the minister to resign"): the noun time (modality.txt mandative-noun) predicated of
// anticipatory it with a for + subject + to-infinitive says that the act of the infinitive's
// subject is due now — the speaker's judgement that X ought to act, as the mandative adjectives
// do with the same clause ("it is essential for X to V", mandativeClause; Quirk et al. 1985,
// 14.25 on "It's time" with the hypothetical past or a to-infinitive, 16.40 on for + subject +
// to-infinitive; Huddleston & Pullum 2002, 3.9.2 on deontic judgements whose source is the
// speaker): a demand that X act (CAMEO 10 "demand", PLOVER DEMAND). The parser hangs the
// infinitive on time as acl and the for-phrase either inside it (mark "for", nsubj) or on time
// (nmod with case "for" before the infinitive). Source and Outer as mandativeClause's: the
// subject of a verb of saying or belief before the clause, else -1 and the loader takes the
// words' speaker. Left out: no for-subject ("it's time to act" names no one obliged), a subject
// of the first or second person ("it's time for us to leave": the speaker's own course, or the
// hearer's, as voicedObligation leaves "we must"), a question
// (the copula before it, Quirk 11.5), a negated copula ("it is not time for X to"). Rule
// "frames:mandative:modality/mandative-noun/<noun>".
func (lx *Lexicon) timeMandative(tr *tree, a int) []Match {
	if tr.t[a].UPOS != "NOUN" || !lx.in("mandative-noun", tr.lemma(a)) {
		return nil
	}
	cop, it := tr.child(a, "cop"), tr.child(a, "expl", "nsubj")
	if cop < 0 || it < 0 || tr.lower[it] != "it" || cop < it || lx.negated(tr, a) {
		return nil
	}
	c := -1
	for _, k := range tr.kids[a] {
		if k > a && base(tr.rel(k)) == "acl" && tr.t[k].UPOS == "VERB" && tr.t[k].XPOS == "VB" {
			c = k
			break
		}
	}
	if c < 0 || tr.passive(c) {
		return nil
	}
	s := -1
	if tr.caseOf(c) == "for" || tr.child(c, "mark") >= 0 {
		if k := tr.child(c, "nsubj"); k >= 0 && k < c {
			s = k
		}
	}
	if s < 0 {
		for _, k := range tr.kids[a] {
			if k > a && k < c && base(tr.rel(k)) == "nmod" && tr.caseOf(k) == "for" {
				s = k
			}
		}
	}
	if s < 0 || tr.t[s].UPOS == "PRON" && speechParticipant[tr.lower[s]] {
		return nil // "it's time for us to get out": the speaker's own course, as voicedObligation leaves "we must"
	}
	src, outer := lx.reportingHead(tr, a) // "Kenya said it is time for Uganda to …"
	m := Match{Cue: a, Kind: "noun", Type: graph.Demands, Source: src, Target: s, Content: c, Mode: Asserted,
		Scope: Own, Outer: outer, Code: "10", Plover: "DEMAND",
		Rule: "frames:mandative:modality/mandative-noun/" + tr.lemma(a)}
	if src < 0 {
		return []Match{m}
	}
	return tr.perSource(m, src)
}
