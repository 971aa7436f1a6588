package frames

// Obligation frames (issue 13): a modal of obligation (must, should, ought to, have to) laid on a
// third party, in someone's own words (voicedObligation, clause-obligation) or reported under a
// verb of saying or opinion (reportedObligation, <frame>-obligation), with the modal's scope read
// from the tree. Moved from match.go (frames17), which had passed 1,000 lines; the frames17
// rules are documented where they are applied.

import (
	"slices"

	"github.com/claimgraph/claimgraph/graph"
)

// voicedObligation matches a main clause under a modal of obligation whose subject is a third
// party ("Russia must allow an independent investigation", "the Council must act"): deontic must,
// should and ought to impose the obligation of the speaker's authority on the subject (Quirk et
// al. 1985, 4.53–4.58; Huddleston & Pullum 2002, 3.9.2 on deontic modality, the speaker as the
// deontic source), so in someone's own words — a quotation, a turn, a statement — the clause is
// that speaker's demand that the subject act (PLOVER DEMAND "all demands and orders"), as "said
// that X must" is (reportedObligation). The speaker is not in the clause: Source is -1, or the
// subject of a verb of saying hanging on the clause after it ("…, the minister said", whatever the
// parser calls it), and the loader takes the words' speaker. Target: the obliged subject; content:
// the clause; Outer: that verb of saying, else -1. Left out: a subject of the first or second
// person ("we must act" binds the speaker, "you must" the hearer), a modal before its subject
// (subject–operator inversion: a question or "should X happen", Quirk 11.5, 15.36), must with the
// perfect ("must have known": epistemic, Quirk 4.54), and a clause under another (reported
// obligations, conditions, beliefs are read where they hang). Rule
// "frames:clause-obligation:modality/deontic/<modal>".
func (lx *Lexicon) voicedObligation(tr *tree, d int) []Match {
	c, x := -1, -1
	switch {
	case base(tr.rel(d)) == "aux" && lx.in("deontic", tr.lemma(d)):
		c = tr.t[d].Head
		x = c
	case semiModalObligation(tr, d) >= 0:
		c, x = d, semiModalObligation(tr, d) // "Cameroon ought to hand over", "Sudan has to open"
	}
	if c < 0 || !tr.mainClause(c) {
		return nil
	}
	subj := tr.nounAgentOfInfinitive(c) // first: its subject noun may be a plain nsubj
	if subj < 0 {
		subj = tr.child(c, "nsubj", "nsubj:pass")
	}
	if subj < 0 || subj > d {
		return nil
	}
	if tr.t[subj].UPOS == "PRON" {
		switch {
		case speechParticipant[tr.lower[subj]]:
			return nil
		case tr.lower[subj] == "it" || tr.lower[subj] == "this" || tr.lower[subj] == "that":
			if tr.child(c, "ccomp", "csubj", "csubj:pass") >= 0 {
				return nil // "It must be stressed that …": anticipatory it (Quirk et al. 1985, 18.33)
			}
			if tr.bareCopularAdjective(x) {
				return nil // "it needs to be fair": a quality of a thing, no act of an actor (copularadjective.go)
			}
		}
	}
	if gram := subj; tr.passive(x) {
		// "It should be welcomed by the international community": a passive's subject
		// undergoes the act; the obligation is the agent's (Huddleston & Pullum 2002, 3.9.2:
		// deontic modality bears on the actor), named by the by-phrase. Without one ("Sudan must
		// be punished for the raids") no one is named to act, but the act is still demanded
		// (PLOVER DEMAND needs no addressee): Target -1, the loader names the act with its
		// patient
		subj = tr.byAgent(x)
		for _, k := range tr.kids[x] {
			if subj < 0 && tr.rel(k) == "conj" && tr.passive(k) {
				subj = tr.byAgent(k) // "should be welcomed, encouraged and supported by all": shared by the conjuncts
			}
		}
		if subj < 0 && tr.t[gram].UPOS == "PRON" && !tr.postmodifiedThose(gram) {
			return nil // "It should be welcomed": neither agent nor patient named here
		}
		if subj >= 0 && tr.t[subj].UPOS == "PRON" && speechParticipant[tr.lower[subj]] {
			return nil // "… must be done by us"
		}
	}
	if tr.perfect(c) {
		return nil // "must have known"
	}
	outer := -1
	for _, k := range tr.kids[c] {
		if k > c && tr.t[k].UPOS == "VERB" && lx.in("report", tr.lemma(k)) && tr.child(k, "nsubj") >= 0 && tr.child(k, "ccomp", "obj") < 0 {
			outer = k // "…, Mr Peters said"
		}
	}
	src := -1
	if outer >= 0 {
		src = tr.child(outer, "nsubj")
	}
	m := Match{Cue: d, Kind: "verb", Type: graph.Demands, Source: src, Target: subj, Content: x, Mode: Asserted,
		Scope: Own, Outer: outer, Code: "10", Plover: "DEMAND",
		Rule: "frames:clause-obligation:modality/" + obligationClass(tr, d) + "/" + tr.lemma(d)}
	return []Match{m}
}

// semiModalObligation returns the infinitive clause of d when d is "have", "need" or "ought"
// heading a to-infinitive (xcomp marked "to") with no object of its own: the semi-auxiliary "have
// to", "need to" and the marginal modal "ought to" express obligation as "must" does (Quirk et
// al. 1985, 3.40–3.45, modality.txt semimodal: need and have to as semi-auxiliaries of
// necessity; Huddleston & Pullum 2002, 3.9.2, need among the deontic modals; "ought" is tagged a
// verb by the EWT-trained tagger, so it is no aux in the parse). "does not need to", "will need
// to" have an auxiliary and are left (absence of obligation, or one predicted). -1 otherwise.
func semiModalObligation(tr *tree, d int) int {
	if l := tr.lemma(d); l != "have" && l != "ought" && l != "need" && !tr.haveGotTo(d) || tr.t[d].UPOS != "VERB" && tr.t[d].UPOS != "AUX" {
		return -1
	}
	if tr.child(d, "aux") >= 0 && !tr.haveGotTo(d) {
		// "the US will have to provide assurances": a necessity predicted or supposed (will,
		// would, may), not one laid on the subject now (Quirk et al. 1985, 4.55)
		return -1
	}
	if tr.child(d, "obj", "iobj") >= 0 {
		return -1 // "have the right to …": possession
	}
	x := tr.child(d, "xcomp")
	if x < 0 || x < d {
		return -1
	}
	for _, k := range tr.kids[x] {
		if tr.rel(k) == "mark" && tr.lower[k] == "to" {
			return x
		}
	}
	return -1
}

// obligationClass names the modality.txt class of the modal at d for a rule: "deontic" (must,
// should, ought) or "semimodal" (have to, need to).
func obligationClass(tr *tree, d int) string {
	if tr.lemma(d) == "have" || tr.lemma(d) == "need" || tr.lemma(d) == "get" {
		return "semimodal"
	}
	return "deontic"
}

// nounAgentOfInfinitive returns the agent of the noun that is the subject of a specificational
// copula over a to-infinitive ("The appropriate response from Peru should be to change its
// behavior", UD nsubj:outer on the infinitive with "be" as cop): the infinitive says what the
// noun's act is to be, so its implied subject is the agent of that deverbal noun, named by a
// possessive or a from/by phrase (Quirk et al. 1985, 16.x specificational be; 17.51 on the
// subjective genitive and its of/by/from equivalents: "Peru's response" = Peru responds). -1
// when c is no such clause or the noun names no agent.
func (tr *tree) nounAgentOfInfinitive(c int) int {
	if tr.child(c, "cop") < 0 || tr.child(c, "mark") < 0 || tr.lower[tr.child(c, "mark")] != "to" {
		return -1
	}
	n := tr.child(c, "nsubj:outer")
	if n < 0 {
		// the same clause with its subject as plain nsubj (parsers trained on more than EWT):
		// a to-infinitive with a copula and a subject before it can only be this
		// specificational predicate, the infinitive itself having no subject of its own
		n = tr.child(c, "nsubj")
		if n > c {
			return -1
		}
	}
	if n < 0 || tr.t[n].UPOS != "NOUN" {
		return -1
	}
	for _, k := range tr.kids[n] {
		if tr.rel(k) == "nmod:poss" && tr.t[k].UPOS != "PRON" {
			return k
		}
		if tr.rel(k) == "nmod" && (tr.caseOf(k) == "from" || tr.caseOf(k) == "by") {
			return k
		}
	}
	return -1
}

// speechParticipant are the pronouns of the first and second person and generic "one": an
// obligation laid on the speaker ("we must act") is a commitment, on the hearer ("you must") an
// address to the audience, on "one" a maxim — none a demand on a third party (Huddleston & Pullum
// 2002, 3.9.2; Quirk et al. 1985, 4.53–4.58).
var speechParticipant = map[string]bool{"we": true, "i": true, "you": true, "us": true, "one": true}

// perfect reports clause c with the perfect auxiliary "have": after must or should it is
// epistemic or a past reproach ("must have known", "should have warned"), no obligation still to
// be met (Quirk et al. 1985, 4.54, 4.57; Palmer 2001, 3.2).
func (tr *tree) perfect(c int) bool {
	if tr.haveGotTo(c) {
		return false // "has got to act": the present semi-auxiliary, no perfect (havegotto.go)
	}
	for _, k := range tr.kids[c] {
		if base(tr.rel(k)) == "aux" && tr.lemma(k) == "have" {
			return true
		}
	}
	return false
}

// deontic returns the deontic auxiliary of clause c ("must" in "Libya must hand over"), or -1.
func (lx *Lexicon) deontic(tr *tree, c int) int {
	for _, k := range tr.kids[c] {
		if base(tr.rel(k)) == "aux" && lx.in("deontic", tr.lemma(k)) {
			return k
		}
	}
	return -1
}

// reportedObligation matches a verb of saying (or a support verb with a noun of saying) whose
// complement states an obligation: "the administration declared that China must drop barriers"
// is the speaker's demand (PLOVER DEMAND
// "all demands and orders") that China drop them. Source: the speaker; target: the obliged
// subject; content: the clause.
func (lx *Lexicon) reportedObligation(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" {
		return nil
	}
	if !lx.in("report", tr.lemma(i)) && !lx.in("opinion", tr.lemma(i)) && !lx.in("advise", tr.lemma(i)) {
		// a verb of opinion states the believer's obligation ("We believe all parties should
		// …": modality.txt opinion); a support verb with a noun of saying says it too: "issued a stern reminder to Iraq
		// that it must cooperate" (Oper1 of the noun, Mel'čuk 1996)
		o := tr.object(i)
		if !lx.in("support", tr.lemma(i)) || o < 0 || !lx.in("report-noun", tr.lemma(o)) {
			return nil
		}
	}
	c := tr.child(i, "ccomp")
	if c < 0 {
		if o := tr.object(i); o >= 0 {
			c = tr.child(o, "acl", "ccomp") // the clause on the noun
			if c >= 0 && tr.caseOf(c) != "that" {
				c = -1
			}
		}
	}
	if c < 0 {
		return nil
	}
	c = tr.conditionedContent(c)
	d, x := lx.deontic(tr, c), c
	if d < 0 {
		if x = semiModalObligation(tr, c); x >= 0 {
			d = c // "said Beijing has to remove the rig", "said Togo ought to reopen"
		}
	}
	if d < 0 || tr.perfect(c) {
		return nil // none, or "said Morocco must have known": epistemic (perfect)
	}
	if s := tr.child(c, "nsubj", "nsubj:pass"); s >= 0 && tr.t[s].UPOS == "PRON" && speechParticipant[tr.lower[s]] {
		// "“We must protect our fishermen,” the minister said": the speaker's own commitment
		// or an address to the hearer, as in voicedObligation
		return nil
	}
	src, frame := tr.verbSource(i, 0)
	mode, neg, hedged := lx.modality(tr, i)
	if neg && lx.in("opinion", tr.lemma(i)) {
		// "I don't think others should interfere": a negated verb of opinion negates the
		// complement (neg-raising, Horn 1989, ch. 5), a demand that others not act, which the
		// content clause does not say; left out rather than read as its opposite
		return nil
	}
	tgt := tr.nounAgentOfInfinitive(c) // "said Hungary's answer should be to lift the veto"
	if tgt < 0 {
		tgt = tr.child(c, "nsubj", "nsubj:pass")
	}
	scope, outer := lx.scope(tr, i, mode, src)
	m := Match{Cue: i, Kind: "verb", Type: graph.Demands, Source: src, Target: tgt, Content: x, Mode: mode,
		Negated: neg, Hedged: hedged, Scope: scope, Outer: outer, Code: "10", Plover: "DEMAND",
		Rule: "frames:" + frame + "-obligation:modality/" + obligationClass(tr, d) + "/" + tr.lemma(d)}
	return tr.perSource(m, src)
}

// conditionedContent returns the head of the content clause "that if P, (then) Q" when the parser
// made the conditional clause P the verb's complement c and hung Q on it (parataxis, conj):
// "if" opens an adverbial clause, which cannot be a content clause of its own, so the clause that
// "that" introduces is Q, with P its conditional adjunct (Quirk et al. 1985, 15.34–15.36: the
// conditional clause is adverbial; "then" marks the apodosis). c itself otherwise.
func (tr *tree) conditionedContent(c int) int {
	cond := false
	for _, k := range tr.kids[c] {
		if k < c && tr.rel(k) == "mark" && (tr.lower[k] == "if" || tr.lower[k] == "unless") {
			cond = true
		}
	}
	if !cond {
		return c
	}
	for _, k := range tr.kids[c] {
		if k > c && (tr.rel(k) == "parataxis" || tr.rel(k) == "conj") && tr.t[k].UPOS == "VERB" && tr.child(k, "nsubj", "nsubj:pass") >= 0 {
			return k
		}
	}
	return c
}

// warnedObligation drops from ms the THREATENS of a verb of advising i (modality.txt advise,
// Levin 1993, 37.9: warn, caution) whose that-clause lays an obligation on another
// (reportedObligation matched it): "Japan warned that China should not change the status quo by
// force" tells China what it must (not) do, a demand (PLOVER DEMAND "all demands and orders"; the
// deontic modal's source is the speaker, Huddleston & Pullum 2002, 3.9.2), not a warning of
// repercussions the speaker will bring (PLOVER THREATEN "coercive or forceful warnings with serious
// potential repercussions"): CAMEO.2.0.txt's own WARN block codes a warning about another's course
// as an appeal ("- * (AGAINST PULLOUT)" [020]), as "said that X should not" is a demand. Only
// the threats whose cue is i go, and only when the obliged subject is a noun phrase (another
// party named): "Turkey warned that it must defend its borders" binds the speaker itself, an
// announcement of its own act, and keeps the warning.
func (lx *Lexicon) warnedObligation(tr *tree, i int, ms, ob []Match) []Match {
	if !lx.in("advise", tr.lemma(i)) {
		return ms
	}
	named := false
	for _, m := range ob {
		named = named || m.Target >= 0 && tr.t[m.Target].UPOS != "PRON"
	}
	if !named {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Match) bool { return m.Cue == i && m.Type == graph.Threatens })
}

// postmodifiedThose reports "those" heading a noun phrase with a postmodifier — a relative clause,
// a participle or prepositional phrase, a postposed adjective ("those who ordered the strikes",
// "all those detained for protesting", "those responsible"): with a postmodifier, "those" is no
// anaphor but means "the people" (Quirk et al. 1985, 6.46, 17.10 on "those who"), so the passive's
// subject names the patient as a noun does ("Sudan must be punished"), and the act on it is
// demanded. "Those must be released", with no postmodifier, points back and names no one here.
func (tr *tree) postmodifiedThose(p int) bool {
	if tr.lower[p] != "those" {
		return false
	}
	for _, k := range tr.kids[p] {
		switch tr.rel(k) {
		case "acl", "acl:relcl", "amod", "nmod":
			if k > p {
				return true
			}
		}
	}
	return false
}
