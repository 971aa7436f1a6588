package frames

import "github.com/claimgraph/claimgraph/graph"

// Yield acts on a measure (issue 13, commit28; trial nu16 C5, C6): "China will suspend the
// countermeasures taken against the United States", "will terminate its investigations
// targeting U.S. companies", "will end its retaliation against U.S. firms". CAMEO 08 "yield"
// codes the easing of a coercive measure as a concession — 081 "ease administrative sanctions",
// 085 "ease economic sanctions"; announced, 0354/0355 "express intent to ease sanctions" (PLOVER
// CONCEDE) — all OFFERS in cameo-types.txt. The verbs of ending and reducing (modality.txt
// reversal) mostly have no code of their own in CAMEO.2.0.txt (SUSPEND, TERMINATE, HALT, END,
// STOP are the null-coded CANCEL block), so over such a measure they made no frame. A measure is
// named by its head noun (a word of modality.txt hostile: a countermeasure, a retaliation, a
// penalty), by a relative clause of retaliation ("the measures it took in retaliation"), or by a
// participle of aiming after it (modality.txt aiming: "investigations targeting U.S. firms").
// The sanction nouns that are cues of their own ("lifted the tariffs", cue-classes.txt noun
// tariff) keep their noun frame (noun-bare-reversal), and a verb with a coded default or pattern
// keeps its entry (args.go upgrades it over a hostile object).

// yieldCand is the candidate of a reversal verb i with no coded entry whose object names a
// coercive measure (measureObject): CAMEO 081, PLOVER CONCEDE, OFFERS in every mode.
func (lx *Lexicon) yieldCand(tr *tree, i int) (cand, bool) {
	l := tr.lemma(i)
	if !lx.reversalVerb(tr, i) || tr.t[i].UPOS != "VERB" {
		return cand{}, false
	}
	o := lx.patternObject(tr, i)
	if o >= 0 && !lx.measureObject(tr, o) {
		return lx.dissentYield(tr, i)
	}
	if o < 0 {
		return cand{}, false
	}
	return cand{kind: "verb", types: Types{Asserted: graph.Offers, Future: graph.Offers, Conditional: graph.Offers},
		code: "081", plover: "CONCEDE", entry: "modality/reversal/" + l, targets: []string{"obj"}}, true
}

// measureObject reports a noun o that names a coercive measure which is no cue noun of its own:
// its head a word of the hostile class, a relative clause of retaliation on it, or a participle
// of aiming after it (the loader hangs one the parser put on the verb on the object:
// wire_aiming.go).
func (lx *Lexicon) measureObject(tr *tree, o int) bool {
	if tr.t[o].UPOS != "NOUN" || lx.IsSanctionNoun(tr.lemma(o)) {
		return false
	}
	if lx.in("hostile", tr.lemma(o)) || lx.retaliatoryRelative(tr, o) {
		return true
	}
	for _, k := range tr.kids[o] {
		if k > o && tr.rel(k) == "acl" && tr.t[k].UPOS == "VERB" && lx.in("aiming", tr.lemma(k)) {
			return true
		}
	}
	return false
}

// reversalOver is the reversal verb (modality.txt reversal) whose object, or passive subject, is
// the measure noun i ("lifted sanctions", "the tariffs will be suspended"), also through a
// partitive head ("will suspend all of the retaliatory tariffs": in the partitive construction
// the of-phrase's noun is the head of the meaning, Quirk et al. 1985, 5.7, as patternObject
// reads a verb's object); -1 when there is none.
func (lx *Lexicon) reversalOver(tr *tree, i int) int {
	n := i
	if p := tr.t[i].Head; p >= 0 && tr.rel(i) == "nmod" && tr.caseOf(i) == "of" && p < i && lx.in("partitive", tr.lemma(p)) {
		n = p
	}
	if h := tr.t[n].Head; h >= 0 && (tr.rel(n) == "obj" || tr.rel(n) == "nsubj:pass") && lx.reversalVerb(tr, h) {
		return h
	}
	return -1
}

// reversalVerb reports a verb of modality.txt reversal, by its lemma ("lift", "suspend") or, for
// a phrasal verb, by lemma and particle ("call_off": the phrasal verb is one lexeme, Quirk et al.
// 1985, 16.3-16.4).
func (lx *Lexicon) reversalVerb(tr *tree, h int) bool {
	if lx.in("reversal", tr.lemma(h)) {
		return true
	}
	p := tr.particle(h)
	return p != "" && lx.in("reversal", tr.lemma(h)+"_"+p)
}

// dissentYield is the candidate of a reversal verb i ("called off", "ended", "suspended") whose
// object is an act of political dissent (modality.txt dissent: a strike, a demonstration, a
// march, a sit-in) that is the subject's own: CAMEO 082 "ease political dissent" (PLOVER CONCEDE
// "suspending protests"; CAMEO.2.0.txt "HALT * STRIKE" [082], "REVOKE_ * RALLY" [082]), OFFERS
// in every mode, the dissent given up its target. A protest is its protesters' act (CAMEO 14: the
// source protests), so one whose possessor is another party ("the court suspended the dockers'
// strike") is ended by an outsider, no concession of the subject; and one ended by force or by
// an order ("ended the protest by force") is suppressed, not given up (CAMEO 175 "use tactics of
// violent repression"), so a by-phrase of means keeps the verb out.
func (lx *Lexicon) dissentYield(tr *tree, i int) (cand, bool) {
	o := lx.patternObject(tr, i)
	if o < 0 || !commonNoun(tr, o) || !lx.in("dissent", tr.lemma(o)) || tr.passive(i) {
		return cand{}, false
	}
	if lx.othersDissent(tr, o) {
		return cand{}, false // "the dockers' strike": another party's protest
	}
	if tr.argOf(i, "by") >= 0 || tr.argOf(o, "by") >= 0 {
		return cand{}, false // "ended the demonstration by force" (the parser may hang it on the noun)
	}
	if lx.cueObject(tr, i) {
		return cand{}, false // "called off its protest": the noun's own frame retracts it (args.go)
	}
	entry := "modality/reversal/" + tr.lemma(i) + particleSuffix(tr.particle(i)) + "+dissent"
	return cand{kind: "verb", types: Types{Asserted: graph.Offers, Future: graph.Offers, Conditional: graph.Offers},
		code: "082", plover: "CONCEDE", entry: entry, targets: []string{"obj"}}, true
}

// reversedMeasureClause reports a verb i heading a relative or participle clause on a measure
// noun that a reversal ends: "the removal of controls China imposed since 2023", "will lift the
// tariffs it imposed on Chilean wine". A restrictive relative clause identifies which measure its
// head names (Quirk et al. 1985, 17.3, 17.14: restrictive modification), so what it says of the
// measure — who imposed it — is presupposed to single it out, not asserted as an act of the
// sentence; the sentence's act is the reversal, a concession (CAMEO 081/085). The clause's
// imposing therefore gives no sanction or threat: a reversal never reads as a SANCTIONS.
func (lx *Lexicon) reversedMeasureClause(tr *tree, i int) bool {
	r := tr.rel(i)
	n := tr.t[i].Head
	if n < 0 || n > i || (r != "acl:relcl" && r != "acl") || tr.t[n].UPOS != "NOUN" {
		return false
	}
	if lx.reversalOver(tr, n) >= 0 || lx.in("reversal", tr.lemma(n)) {
		// (a clause hung on the reversal noun itself is its of-complement's, which lies between:
		// "the removal of the tariffs that Peru imposed")
		return true
	}
	// the of-complement of a reversal noun: "the removal of controls", "the suspension of the duties"
	g := tr.t[n].Head
	return g >= 0 && g < n && tr.rel(n) == "nmod" && tr.caseOf(n) == "of" && tr.t[g].UPOS == "NOUN" && lx.in("reversal", tr.lemma(g))
}

// othersDissent reports an act of dissent (modality.txt dissent) whose possessor is a party named
// by a noun, not a pronoun ("the dockers' strike"): a protest is its protesters' act (CAMEO 14),
// so a verb of ending over it, said of another subject ("the court suspended the dockers'
// strike"), ends someone else's protest, no concession of the subject's (CAMEO 082 is the
// dissenters' own easing). A possessive pronoun ("called off their strike") refers back to the
// subject, as it mostly does in a clause (Quirk et al. 1985, 6.29 on possessive reference).
func (lx *Lexicon) othersDissent(tr *tree, o int) bool {
	if o < 0 || !lx.in("dissent", tr.lemma(o)) {
		return false
	}
	p := tr.child(o, "nmod:poss")
	return p >= 0 && tr.t[p].UPOS != "PRON"
}

// commonNoun reports a noun, or a lower-case word the tagger read as a proper noun ("their
// protest march" with "march" read as the month): a proper noun is capitalized (Quirk et al. 1985,
// 5.60).
func commonNoun(tr *tree, o int) bool {
	return tr.t[o].UPOS == "NOUN" || tr.t[o].UPOS == "PROPN" && tr.t[o].Form == tr.lower[o]
}
