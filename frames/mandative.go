package frames

import "github.com/claimgraph/claimgraph/graph"

// mandativeClause matches the mandative construction with an adjective: "it is vital that China
// live up to its commitments", "it's important that Iran should allow the inspectors back", "it
// is essential for the government to act". An adjective of the class mandative (modality.txt:
// Quirk et al. 1985, 16.32; Huddleston & Pullum 2002, ch. 11 §7.1) predicated of anticipatory it
// (expl or nsubj "it", Quirk 18.33) over a that-clause in the mandative subjunctive (a base-form
// verb) or with should/must (the putative should, Quirk 16.32, and the deontic modals), or over a
// for + subject + to-infinitive clause (Quirk 16.40), states what the speaker requires of the
// clause's subject: a demand (CAMEO 10 "demand", PLOVER DEMAND "all demands and orders").
//
// The speaker is not in the clause, as with clause-obligation: Source is the subject of a verb of
// saying or belief (modality.txt report, scope) whose complement the adjective is ("Biden
// believes that it's important that …"), or of a verb of saying hung on the clause after it
// ("…, the federation said"); Outer is that verb; else Source and Outer are -1 and the loader
// takes the words' speaker (a quotation's, a turn's, a statement's). Target: the clause's subject
// (the loader keeps the match only when it names an actor other than the speaker); content: the
// clause. A passive clause names no agent appealed to and is left out. Rule
// "frames:mandative:modality/mandative/<adjective>".
func (lx *Lexicon) mandativeClause(tr *tree, a int) []Match {
	if tr.t[a].UPOS == "NOUN" {
		return lx.timeMandative(tr, a) // "it is time for X to V" (timemandative.go)
	}
	if tr.t[a].UPOS != "ADJ" || !lx.in("mandative", tr.lemma(a)) {
		return nil
	}
	if tr.child(a, "cop") < 0 && !(tr.rel(a) == "xcomp" && tr.t[a].Head >= 0 && tr.lemma(tr.t[a].Head) == "remain") {
		return nil
	}
	it := tr.child(a, "expl", "nsubj")
	if it < 0 || tr.lower[it] != "it" {
		return nil
	}
	c := -1
	for _, k := range tr.kids[a] {
		if r := base(tr.rel(k)); k > a && (r == "csubj" || r == "ccomp" || r == "advcl" || r == "xcomp") && tr.t[k].UPOS == "VERB" {
			c = k
			break
		}
	}
	if c < 0 || tr.passive(c) {
		return nil
	}
	s := tr.child(c, "nsubj")
	if s < 0 || s > c {
		return nil
	}
	deontic := false
	for _, k := range tr.kids[c] {
		if base(tr.rel(k)) == "aux" && lx.in("deontic", tr.lemma(k)) {
			deontic = true
		} else if base(tr.rel(k)) == "aux" && tr.lemma(k) != "to" {
			return nil // "that China will live up": a prediction, no mandative
		}
	}
	switch tr.caseOf(c) {
	case "that", "":
		if !deontic && tr.t[c].XPOS != "VB" && tr.t[c].XPOS != "VBP" && (tr.indicative(c) || tr.t[c].XPOS != "VBD" && tr.t[c].XPOS != "VBZ") {
			// "it is important that China lived up": indicative past, no mandative; a VBD or
			// VBZ tag on the base form ("it was essential that the government appoint a
			// mediator") is the tagger's error on the subjunctive (indicative, Quirk 3.58)
			return nil
		}
	case "for":
		if tr.t[c].XPOS != "VB" {
			return nil
		}
	default:
		return nil
	}
	src, outer := lx.reportingHead(tr, a)
	if outer < 0 {
		for _, k := range tr.kids[a] {
			if k > a && tr.t[k].UPOS == "VERB" && lx.in("report", tr.lemma(k)) && tr.child(k, "nsubj") >= 0 && tr.child(k, "ccomp", "obj") < 0 {
				src, outer = tr.child(k, "nsubj"), k // "…, the federation said"
			}
		}
	}
	m := Match{Cue: a, Kind: "adj", Type: graph.Demands, Source: src, Target: s, Content: c, Mode: Asserted,
		Scope: Own, Outer: outer, Code: "10", Plover: "DEMAND",
		Rule: "frames:mandative:modality/mandative/" + tr.lemma(a)}
	if src < 0 {
		return []Match{m}
	}
	return tr.perSource(m, src)
}

// reportingHead is the subject and the verb of saying or belief (modality classes report and
// scope) whose complement the clause headed by a is, when a follows that verb as its ccomp or as
// parataxis: "Biden believes that it's important that …", "Kenya said it is time for Uganda to
// …"; also when an adverbial clause between "that" and the predicate ("believes that while phase
// one did not …, it's important that …") led the parser to hang the content on the verb as
// parataxis: a clause set after a verb of saying or belief is what it reports (UD parataxis of
// reported speech). -1, -1 when a is no such complement; the source is -1 when the verb has no
// subject.
func (lx *Lexicon) reportingHead(tr *tree, a int) (src, outer int) {
	if h := tr.t[a].Head; h >= 0 && h < a && (base(tr.rel(a)) == "ccomp" || tr.rel(a) == "parataxis") && tr.t[h].UPOS == "VERB" && (lx.in("report", tr.lemma(h)) || lx.in("scope", tr.lemma(h))) {
		return tr.child(h, "nsubj"), h
	}
	return -1, -1
}
