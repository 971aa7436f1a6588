package frames

import "github.com/claimgraph/claimgraph/graph"

// extraposedObligation matches "It is the duty of Russia to protect the dam" (issue 13,
// idiom22 L6): a main clause whose subject is anticipatory it and whose predicative is a noun of
// obligation (modality.txt obligation-noun: WordNet 3.0 duty.n.01 {duty, responsibility,
// obligation}, "the social force that binds you to the courses of action demanded by that
// force") with an of-phrase naming the obliged and an extraposed to-infinitive naming the act
// (Quirk et al. 1985, 18.33-18.36 on extraposition of a to-infinitive subject; 17.26 on the
// of-phrase of a noun as the subject of its clause). In someone's own words the clause lays the
// speaker's obligation on that party as "Russia must protect the dam" does (voicedObligation,
// Huddleston & Pullum 2002, 3.9.2: the speaker as the deontic source), so it is the same frame,
// "frames:clause-obligation:modality/obligation-noun/<noun>", read by the loader's
// voicedObligation: Target the obliged, Content the infinitive, Source -1 (the voice's).
// Left out: a negated or modalised copula ("it is not the duty of", "it may be the duty of"),
// an of-phrase of the first or second person ("it is our duty to" binds the speaker), a clause
// under another.
func (lx *Lexicon) extraposedObligation(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "NOUN" || !lx.in("obligation-noun", tr.lemma(i)) || !tr.mainClause(i) || tr.child(i, "cop") < 0 {
		return nil
	}
	if s := tr.child(i, "nsubj", "expl"); s < 0 || tr.lower[s] != "it" {
		return nil
	}
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "aux" || lx.in("negation", tr.lemma(k)) {
			return nil // "it may be the duty of", "it is not the duty of"
		}
	}
	of, act := tr.argOf(i, "of"), -1
	if of < 0 || tr.t[of].UPOS == "PRON" && speechParticipant[tr.lower[of]] {
		return nil
	}
	for _, h := range []int{i, of} {
		// the parser hangs the extraposed infinitive on the noun or on the of-phrase's noun
		// ("the responsibility of the port authority [to clear the wrecks]")
		for _, k := range tr.kids[h] {
			if r := tr.rel(k); act < 0 && (r == "acl" || r == "csubj" || r == "xcomp" || r == "advcl") && k > of && tr.caseOf(k) == "to" && tr.t[k].UPOS == "VERB" {
				act = k
			}
		}
	}
	if act < 0 {
		return nil
	}
	return []Match{{Cue: i, Kind: "noun", Type: graph.Demands, Source: -1, Target: of, Content: act, Mode: Asserted,
		Scope: Own, Outer: -1, Code: "10", Plover: "DEMAND",
		Rule: "frames:clause-obligation:modality/obligation-noun/" + tr.lemma(i)}}
}
