package frames

import (
	"slices"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// modality reads the mode, negation and hedging of predicate p from its dependents and from the
// verbs above it through xcomp (intent, hedge and aspect verbs: "plans to impose", "is expected
// to sign", "began to withdraw").
func (lx *Lexicon) modality(tr *tree, p int) (mode Mode, neg, hedged bool) {
	future, cond, modal := false, false, false
	for c, depth := p, 0; c >= 0 && depth < 8; depth++ {
		condClause, condAux, perfect := false, false, false
		kids := tr.kids[c]
		if h := tr.t[c].Head; tr.rel(c) == "conj" && h >= 0 && tr.child(c, "aux", "nsubj", "nsubj:pass") < 0 && !tensed(tr.t[c].XPOS) {
			// coordinated verbs share the first conjunct's auxiliaries and negation ("will impose
			// tariffs and expel diplomats", "did not impose tariffs or expel diplomats"), unless
			// the conjunct has its own subject or auxiliary, or its own tense ("will never trade
			// away its interests and rejects the demand": an auxiliary governs a base form or a
			// participle, never a finite verb)
			for _, k := range tr.kids[h] {
				if r := base(tr.rel(k)); r == "aux" || (r == "advmod" && lx.in("negation", tr.lemma(k))) {
					kids = append(kids[:len(kids):len(kids)], k)
				}
			}
		}
		for _, k := range kids {
			l := tr.lemma(k)
			switch base(tr.rel(k)) {
			case "aux":
				switch {
				case lx.in("future", l):
					future = true
				case lx.in("conditional", l):
					cond, condAux = true, true
				case l == "have":
					perfect = true
				}
				if lx.in("hedge", l) {
					hedged, modal = true, true
				}
				if lx.in("negation", l) {
					neg = !neg // "cannot"
				}
			case "advmod", "det", "cc":
				// cc: "neither … nor" negates each conjunct (Quirk et al. 1985, 13.42); an adverb
				// modified by "no" is a negative adverb phrase ("no longer", "no more")
				if lx.in("negation", l) && !tr.notOnly(k) || tr.child(k, "advmod", "det") >= 0 && tr.lemma(tr.child(k, "advmod", "det")) == "no" {
					neg = !neg // (not "not only … but also", notonly.go)
				} else if lx.in("hedge", l) {
					hedged = true
				}
			case "advcl":
				condClause = condClause || lx.in("condition", tr.caseOf(k))
			case "nsubj":
				// a subject quantified by a negative determiner negates its clause: "no country
				// offered", "none of the states objected" (Quirk et al. 1985, 10.58: negative
				// words in subject position give clause negation)
				if lx.in("negation", l) || lx.negDeterminer(tr, k) {
					neg = !neg
				}
			}
		}
		if condAux && perfect && tr.t[c].XPOS == "VBN" {
			// "would have demanded": a modal of condition with the perfect is the hypothetical
			// past, an act that did not happen (Quirk et al. 1985, 15.36, the apodosis of "Had X
			// V-ed, …"; Huddleston & Pullum 2002, ch. 8, remote conditionals): hedged
			hedged = true
		}
		if lx.alternativeClause(tr, c) {
			neg = !neg // "rather than imposing tariffs": the alternative not taken (alternativeClause)
		}
		if condClause && (future || modal) {
			cond = true // "will strike if …", "may halt talks if …"
		}
		if base(tr.rel(c)) == "advcl" && tr.caseOf(c) == "to" && !lx.compelledPassive(tr, c) {
			future = true // a purpose infinitive is intended, not done ("sent envoys to demand")
		}
		if h := tr.t[c].Head; tr.rel(c) == "acl" && (tr.caseOf(c) == "to" || ofGerund(tr, c)) && h >= 0 && lx.in("intent", tr.lemma(h)) {
			future = true // "China's plan to expel …", "its intention of leaving": the noun of an intent verb
		}
		if h := tr.t[c].Head; tr.rel(c) == "acl" && (tr.caseOf(c) == "to" || tr.caseOf(c) == "of") && h >= 0 && lx.negDeterminer(tr, h) {
			// "has no plans to impose tariffs", "no intention of lifting sanctions", "no
			// information to release": a negative determiner on the noun an infinitive or
			// of-gerund completes negates the act it names (Quirk et al. 1985, 10.58: a negative
			// word outside the verb phrase gives clause negation)
			neg = !neg
		}
		if g := tr.t[c].Head; g >= 0 && (future || cond) && !condClause && lx.decidedMeasure(tr, c, g) {
			// "decided that it would expel the envoy": the measure decided is taken, in the
			// deciding verb's mode (decidedMeasure)
			future, cond = false, false
			c = g
			continue
		}
		// climb to the governor of an infinitive when it is an intent, hedge, aspect or negative
		// implicative verb ("refrained from criticising": a from-gerund too)
		if tr.t[c].Head < 0 {
			break
		}
		g := tr.t[c].Head
		gl := tr.lemma(g)
		compelled := lx.compelledPassive(tr, c)
		if tr.rel(c) != "xcomp" && !(tr.caseOf(c) == "from" && lx.in("implicative", gl)) && !compelled {
			break
		}
		if tr.objectControls(g) {
			break // "expects Korea to reject", "urged Iran to": the governor's modality is its own act's
		}
		switch {
		case compelled:
			// "was compelled to take": done as the passive verb's tense says (compelledPassive)
		case lx.enactedMeasure(tr, c):
			// "agreed to impose sanctions", "decided to bar imports": the act agreed or decided
			// is done in the resolution's mode, not intended (enactedMeasure)
		case lx.in("intent", gl), tr.goingTo(g):
			future = true
		case lx.in("hedge", gl):
			hedged = true
		case lx.in("aspect", gl), lx.in("contributory", gl):
		case lx.in("implicative", gl), lx.refusedOpposition(tr, g, c):
			neg = !neg // "failed to back": not backed (Karttunen 1971); "declined to denounce"
		case tr.attemptSuffix(c) != "" && lx.in("attempt", gl):
			// "did not try to obtain": the trying is the seeking (attempt.go), with its modality
		default:
			return mode0(future, cond), neg, hedged
		}
		c = g
	}
	return mode0(future, cond), neg, hedged
}

// alternativeClause reports a clause or phrase c marked as the alternative not taken, or a
// conjunct of one (modality.txt class alternative): an advcl, acl, obl or nmod whose mark or case is
// "rather (than)" / "instead (of)" ("rather than undermining our alliances or applying tariffs",
// "instead of a boycott"), or a conjunct whose cc is one (UD English EWT annotates "rather than"
// between like constituents as cc with fixed than: "talks rather than sanctions"). "X rather
// than Y" asserts X and denies Y (Huddleston & Pullum 2002), so an act in Y is negated;
// coordinated clauses share the mark of the first (Quirk et al. 1985, 13.5).
func (lx *Lexicon) alternativeClause(tr *tree, c int) bool {
	for depth := 0; depth < 8; depth++ {
		r := base(tr.rel(c))
		if r == "conj" && tr.t[c].Head >= 0 {
			// UD hangs every conjunct on the first: a conjunct at or after the one that
			// "rather than" introduces is in the rejected alternative ("trading with them rather
			// than expelling their envoys or seizing their ships")
			for _, s := range tr.children(tr.t[c].Head, "conj") {
				if k := tr.child(s, "cc"); s <= c && k >= 0 && lx.in("alternative", tr.lemma(k)) {
					return true
				}
			}
		}
		if (r == "advcl" || r == "acl" || r == "obl" || r == "nmod") && lx.in("alternative", tr.caseOf(c)) {
			return true
		}
		if r != "conj" || tr.t[c].Head < 0 {
			return false
		}
		c = tr.t[c].Head
	}
	return false
}

// negDeterminer reports a nominal with a negative determiner ("no country", "neither side",
// "few countries": few is tagged as an adjective, amod, by UD English; "not a single country":
// not as its advmod).
func (lx *Lexicon) negDeterminer(tr *tree, n int) bool {
	for _, k := range tr.kids[n] {
		if tr.rel(k) == "advmod" && tr.lemma(k) == "only" {
			return false // "not only China but also …" is additive, not negative (Quirk 13.36)
		}
	}
	for _, k := range tr.kids[n] {
		if r := tr.rel(k); (r == "det" || r == "amod" || r == "advmod") && lx.in("negation", tr.lemma(k)) {
			return true
		}
	}
	return false
}

// interrogative reports a clause that asks rather than states: marked by an interrogative
// subordinator (modality.txt class interrogative: whether, if) or opened by a wh-word ("asked
// what the plan was"; XPOS WDT, WP, WP$, WRB). Huddleston & Pullum 2002, 11.5: closed and open
// interrogative content clauses.
func (lx *Lexicon) interrogative(tr *tree, c int) bool {
	if lx.in("interrogative", tr.caseOf(c)) {
		return true
	}
	lo, _ := tr.span(c)
	switch tr.t[lo].XPOS {
	case "WDT", "WP", "WP$", "WRB":
		// "that" is tagged WDT as a relative or complementizer; the wh-words ask
		w := tr.lower[lo]
		return lo < c && (strings.HasPrefix(w, "wh") || w == "how")
	}
	return false
}

func mode0(future, cond bool) Mode {
	switch {
	case cond:
		return Conditional
	case future:
		return Future
	}
	return Asserted
}

// negated reports a negation on verb i or on the intent/hedge/aspect verbs above it.
func (lx *Lexicon) negated(tr *tree, i int) bool {
	_, neg, _ := lx.modality(tr, i)
	return neg
}

// isCue reports whether token g carries any cue entry (used for scope: a clause under another
// cue is that cue's content).
func (lx *Lexicon) isCue(tr *tree, g int) bool {
	return len(lx.cands(tr, g)) > 0
}

// demandsAt reports whether token g carries a cue entry that demands in some mode.
func (lx *Lexicon) demandsAt(tr *tree, g int) bool {
	for _, c := range lx.cands(tr, g) {
		if c.types.demands() {
			return true
		}
	}
	return false
}

// assertsAct reports whether token g carries a cue entry with a relation type in the asserted
// mode.
func (lx *Lexicon) assertsAct(tr *tree, g int) bool {
	for _, c := range lx.cands(tr, g) {
		if c.types.Asserted != "" {
			return true
		}
	}
	return false
}

// scope decides whose act the cue at predicate p is. It climbs from p through infinitives under
// intent, hedge and aspect verbs to the clause head, then looks at what governs the clause.
func (lx *Lexicon) scope(tr *tree, p int, mode Mode, src int) (Scope, int) {
	if k := lx.conjecturedNoun(tr, p); k >= 0 {
		return Hypothesis, k // "rumours of a Chinese ban", "Peru's likely expulsion of" (inverted.go)
	}
	c := p
	for depth := 0; depth < 8; depth++ {
		if op := tr.invertedProtasis(c); op >= 0 {
			// "Had Britain vetoed the resolution, the talks would have collapsed": a conditional
			// clause by subject–operator inversion, not asserted (protasis.go; Quirk et al. 1985,
			// 15.36), whether the parser hangs it as advcl or makes it the root
			return Hypothesis, op
		}
		if h := tr.genericSubjectClause(c); h >= 0 {
			return Hypothesis, h // "Raising tariffs won't solve any problem" (genericsubject.go)
		}
		if d := lx.deontic(tr, c); d >= 0 {
			// "ASML must apply for licences", "Iran should release them": an act under a modal of
			// obligation is required, not done (Palmer 2001: deontic modality is not realised;
			// Quirk et al. 1985, 4.53 ff.), so it is no act of its subject; said by someone, it is
			// that speaker's demand (reportedObligation)
			return Content, d
		}
		if a := tr.accordingTo(c); a >= 0 && mode != Asserted {
			// "Russia will retaliate against Finland, according to analysts": a future or
			// conditional act attributed to a source is that source's prediction, as under a
			// verb of saying (report, below; PARC 3.0 counts "according to" an attribution cue,
			// Pareti 2016); an act reported as done stays asserted, as with "said"
			return Prediction, a
		}
		if n := lx.specifiedContent(tr, c); n >= 0 {
			return Belief, n // "the fear is that Russia will cut …" (inverted.go)
		}
		if v := lx.invertedAttribution(tr, c); v >= 0 {
			// "Mongolia will endorse the plan, observers believe": the inverted belief scopes its
			// content as the preposed one does (below: ccomp of scope verbs)
			return Belief, v
		}
		h := tr.t[c].Head
		if h < 0 {
			if k := tr.child(c, "cop"); k >= 0 && lx.in("interrogative", tr.caseOf(c)) {
				// "The question is whether Turkey will block the deal": UD makes the
				// interrogative clause after a specifying copula the root, with "is" as its cop;
				// it is still a subordinate interrogative (Huddleston & Pullum 2002, 11.5), an
				// open question, neither asserted nor predicted
				return Hypothesis, k
			}
			if lx.in("condition", tr.caseOf(c)) {
				// "If Chile can offer aid to Peru, then talks resume" with the if-clause as the
				// root (the apodosis misattached below it): the subordinator, not the clause's
				// attachment, makes it a protasis, and a protasis is a condition, not asserted
				// (Quirk et al. 1985, 15.33–15.34), as under advcl below
				return Hypothesis, c
			}
			return Own, -1
		}
		r := base(tr.rel(c))
		hl := tr.lemma(h)
		if c == p && tr.rel(c) == "acl:relcl" && lx.endedMeasure(tr, h) && lx.imposes(tr, c) {
			// "the removal of controls China imposed": the measure ended, identified by the
			// relative clause of its imposing, is background to the ending (endedMeasure). Only
			// the clause's own verb of imposing: a conjunct the parser hangs inside the clause
			// ("remove measures it took … and remove sanctions on …") is an act of its own, and
			// so is a stance on the measure ("the tariff the unions had denounced")
			return Background, h
		}
		if lx.background(tr, c, h) {
			// "The tariff that Mexico imposed in 1998 was a mistake", "When Turkey sanctioned
			// Greece in 2004, trade collapsed": a past act in a relative or temporal clause
			// dated by a year is background to the sentence's point (class 15)
			return Background, h
		}
		if g := tr.t[h].Head; r == "acl" && g >= 0 && tr.rel(h) == "obj" && (lx.in("oper1", tr.lemma(g)) || lx.in("light", tr.lemma(g))) && lx.enactedNoun(tr, h) {
			// "reached an agreement to impose sanctions": the act agreed is the agreer's own, in
			// the clause of the agreement's verb (argstance.go enactedNoun), as for "agreed to"
			c = g
			continue
		}
		if (r == "ccomp" || r == "csubj") && lx.falsified(tr, h) {
			// "it was not true that Norway had sanctioned Iran", "it is false that …": a subject
			// clause of a predicate of falsity is denied, not asserted (modality.txt falsity)
			return Hypothesis, h
		}
		if (r == "ccomp" || r == "csubj") && lx.improbable(tr, h) {
			// "It is unlikely that Norway will impose sanctions", "it seemed improbable that
			// …": an extraposed subject clause of an adjective of low likelihood is doubted,
			// neither asserted nor predicted (modality.txt improbable; Quirk et al. 1985, 18.33)
			return Hypothesis, h
		}
		if (r == "ccomp" || r == "csubj" || r == "advcl" || r == "acl") && lx.in("interrogative", tr.caseOf(c)) {
			// "unclear whether Egypt would support", "asked if Japan would impose": an open
			// question, neither asserted nor predicted (Huddleston & Pullum 2002, 11.5)
			return Hypothesis, h
		}
		if lx.compelledPassive(tr, c) {
			// "Nigeria was compelled to take countermeasures", "was forced to impose": the
			// passive of a verb of coercion is implicative with no coercer named, and its
			// subject does the act (modality.txt compelled); the clause scopes as the passive
			// verb's (UD parsers hang the infinitive as xcomp or as a purpose advcl)
			c = h
			continue
		}
		switch r {
		case "conj":
			c = h
			continue
		case "xcomp":
			if tr.child(h, "obj", "iobj") < 0 && lx.in("semimodal", hl) {
				// "ASML will need to apply", "they have to cut": a marginal modal of necessity
				// (Quirk et al. 1985, 3.40–3.45), an obligation as "must" is (above)
				return Content, h
			}
			if tr.child(h, "obj", "iobj") >= 0 && lx.in("scope", hl) {
				return Belief, h // "Japan expects Korea to reject"
			}
			if tr.child(h, "obj", "iobj") < 0 && lx.raising(tr, h) {
				// "Brazil is likely to impose tariffs", "Iran is said to have threatened": the raised subject's act is the writer's estimate or an
				// unnamed report, neither asserted nor announced by its subject (modality.txt
				// raising)
				return Hypothesis, h
			}
			if lx.enactedMeasure(tr, c) {
				c = h // "agreed to impose sanctions": the agreer's own act (enactedMeasure)
				continue
			}
			if !tr.objectControls(h) && (lx.in("intent", hl) || tr.goingTo(h) || lx.in("hedge", hl) || lx.in("aspect", hl) || lx.contributoryStance(tr, h, c) || lx.in("implicative", hl) || lx.refusedOpposition(tr, h, c)) {
				c = h
				continue
			}
			if tr.attemptSuffix(c) != "" && lx.in("attempt", hl) {
				c = h // "tried to obtain the release": the trying is the seeking (attempt.go)
				continue
			}
			if lx.in("denial", hl) {
				return Belief, h // "denied imposing sanctions"
			}
			fallthrough
		case "ccomp", "csubj":
			if r != "xcomp" && lx.in("report", hl) && lx.negated(tr, h) {
				// "Rabat did not say that it would release the crews", "has never stated that it
				// would …": negation of a verb of saying scopes over the act of saying, so the
				// content clause is asserted by no one (Quirk et al. 1985, 10.64 on the scope of
				// negation; the interrogative case, "has not said whether", above). A denial
				// proper ("denied that …") keeps its own rule (denial, below)
				return Hypothesis, h
			}
			if lx.reportNoun(tr, h) {
				// "reports that Turkey had expelled …" with the clause parsed as the noun's ccomp,
				// or "rejected claims that …" with it hung on the verb whose object the noun is
				return Belief, h
			}
			if r == "ccomp" && lx.ownCommitment(tr, c, h, src) {
				c = h // "Japan promised that it would provide aid": Japan's own announced act
				continue
			}
			switch {
			case lx.beliefAdjective(tr, c, h):
				return Belief, h // "Ethiopia is confident that Egypt will support …"
			case lx.in("scope", hl), lx.in("denial", hl):
				// a belief, prediction or hope; or a denial ("officials denied that Iran had
				// threatened the tanker"): the outer subject's claim, not an asserted act
				return Belief, h
			case lx.isCue(tr, h) && !(lx.in("report", hl) && (!lx.assertsAct(tr, h) || lx.demandsAt(tr, h) && r == "ccomp" && lx.assertive(tr, c))):
				// (a verb of saying that demands, "insisted", over an assertive clause, "insisted it
				// would not accept the ruling", reports that clause: no demand, see frame)
				// "insisted that Albania withdraw", "warned that …"; a verb of saying whose own
				// entry names no act when asserted ("adding that …": ADD is a cue only in the
				// future, GRANT 060) reports its clause
				return Content, h
			case lx.in("report", hl) && lx.deontic(tr, c) >= 0:
				return Content, h // "said Libya must hand over": the speaker's demand
			case lx.in("contested", hl) && !lx.sameActor(tr, src, h) && !tr.pronounPossessed(src):
				// "the newspaper claimed Zambia had frozen …": an unproven assertion of another's
				// act is the speaker's claim, not asserted (modality.txt contested)
				return Belief, h
			case lx.in("report", hl):
				if mode == Asserted || lx.sameActor(tr, src, h) || tr.medialSubject(c) >= 0 {
					// (a medial reporting clause, "Syria, the agency said, would reject …", is a
					// parenthetical comment on the clause it splits, as one after it is: the
					// clause's act stands as its subject's, Quirk et al. 1985, 15.53)
					return Own, -1
				}
				return Prediction, h
			}
			return Own, -1
		case "advcl":
			if lx.in("condition", tr.caseOf(c)) {
				return Hypothesis, h
			}
			if lx.temporalClause(tr, c) {
				if m, _, _ := lx.modality(tr, h); m != Asserted {
					// "Turkey would withdraw once Damascus disbanded the camps", "Qatar will sign
					// only after Oman drops its restrictions": a clause of time whose main clause
					// is future or hypothetical sets a time that has not come, as a condition does
					// (Quirk et al. 1985, 15.25; 14.26: the present or back-shifted past of such a
					// clause has future reference), so its act is not asserted. Under a past main
					// clause ("Russia imposed an embargo after Chisinau expelled two diplomats")
					// the clause is factual and stays asserted
					return Hypothesis, h
				}
			}
			if m := tr.caseOf(c); (m == "of" || m == "for") && tr.t[c].XPOS == "VBG" && lx.isCue(tr, h) {
				// "accused the government of punishing ordinary people", "criticised Peru for
				// expelling": the gerund after an evaluating verb's object is the charge or the
				// ground of the evaluation (Quirk et al. 1985, 16.58: object + prepositional
				// complement), the evaluator's claim, not asserted by the writer
				return Content, h
			}
			if tr.caseOf(c) == "from" && lx.in("implicative", hl) {
				c = h // "refrained from criticising": negated in modality, scoped as the governor
				continue
			}
			if tr.caseOf(c) == "for" && tr.child(c, "nsubj") >= 0 && lx.requests(tr, h) {
				return Content, h // "pushing for the US (to) support its plan": the request's content
			}
			if tr.caseOf(c) == "to" && (lx.requests(tr, h) || lx.demandsAt(tr, h) && tr.demandedInfinitive(h) == c) {
				// "called on the factions to observe a ceasefire", "pressed the government to
				// scrap the tax", "urged the parties to return": a request verb's infinitive is
				// what it asks for, whether the parser attaches it as xcomp or as a purpose
				// adjunct (Quirk et al. 1985, 16.52-16.53, 16.63: object + to-infinitive
				// complements of verbs of requesting); a cue that demands only in the future or
				// conditional counts when the infinitive follows its addressee (targetOf)
				return Content, h
			}
			if o := tr.child(h, "obj"); tr.caseOf(c) == "to" && o >= 0 && o < c && lx.in("scope", hl) {
				return Belief, h // "expects its neighbours to condemn the test", parsed as an adjunct
			}
			if o := tr.object(h); tr.caseOf(c) == "to" && o >= 0 && o < c && lx.commissiveNoun(tr, o, h) {
				c = h // "renewed its pledge to protect …": the subject's own promise (commissivenoun.go)
				continue
			}
			if o := tr.object(h); tr.caseOf(c) == "to" && o >= 0 && o < c && lx.infinitiveNoun(tr, o) {
				// "dropped its threat to veto the text", "announced a plan to expel": a noun that
				// takes a to-infinitive (cue-classes.txt target xcomp) right before it governs it,
				// wherever the parser hangs it; the infinitive is that noun's content (Quirk et al.
				// 1985, 17.34: to-infinitive postmodifying a noun)
				return Content, o
			}
			if tr.caseOf(c) == "to" && tr.adjacentInfinitive(h) == c && lx.in("intent", hl) {
				// "voted on Sunday to freeze the assets", "vowed on Tuesday to retaliate": the
				// infinitive the parser hangs as an adjunct after a time phrase is the intent
				// verb's complement all the same (adjacentInfinitive), and scopes as the xcomp
				// rule above reads it: the subject's own intended act
				c = h
				continue
			}
			if tr.caseOf(c) == "to" && tr.adjacentInfinitive(h) == c && lx.isCue(tr, h) {
				return Content, h // "threatened on Tuesday to strike": the threat's content
			}
			// a non-finite adjunct (purpose infinitive, participle) has no subject of its own
			// and is controlled from its governor's clause (Quirk et al. 1985, 15.58), so it
			// takes that clause's scope: "urge the community to … take measures to impose
			// costs" is part of the demand's content, as "take" is. A finite adverbial clause
			// ("because they voted …") asserts on its own
			// ("while resisting calls …", "after meeting …": an -ing clause after a subordinator
			// of time or circumstance is as subjectless, subjectAttached)
			if tr.finite(c) || tr.child(c, "nsubj", "nsubj:pass") >= 0 || tr.caseOf(c) != "" && tr.caseOf(c) != "to" && !(tr.t[c].XPOS == "VBG" && subjectAttached[tr.caseOf(c)]) {
				return Own, -1
			}
			c = h
			continue
		case "obj", "nsubj:pass":
			// a cue noun sought, not had: "sought Arab support", "demanded an apology"
			if tr.t[c].UPOS == "NOUN" && lx.in("opaque", hl) {
				return Content, h
			}
			if c == p && tr.t[c].UPOS == "NOUN" && tr.t[h].UPOS == "VERB" && !lx.in("support", hl) && !lx.in("reversal", hl) && lx.assertsAct(tr, h) {
				// "Beijing rejects the U.S.'s demand for an exorbitant price", "rejected a
				// proposal by Uganda to share …": a stance noun that is the object of another
				// actor's stance verb is what that stance is about, named as its holder sees it
				// (the evaluation's target, "an exorbitant price"); the outer cue is the act
				// reported, the noun its content, as under an intensional verb (above)
				return Content, h
			}
			return Own, -1
		case "acl":
			if g := tr.t[h].Head; tr.caseOf(c) == "to" && g >= 0 && tr.rel(h) == "obj" && tr.t[g].UPOS == "VERB" && (lx.requests(tr, g) || lx.in("opaque", tr.lemma(g))) {
				// "demanding a U.N. military presence to protect them": the object of a verb of
				// demand or seeking is what is wanted, not had (an intensional object), and so is
				// what its infinitive says that thing would do: the demand's content
				return Content, g
			}
			if m := tr.caseOf(c); (m == "of" || m == "for") && tr.t[c].XPOS == "VBG" && tr.rel(h) == "obj" && tr.t[h].Head >= 0 && lx.isCue(tr, tr.t[h].Head) {
				return Content, tr.t[h].Head // as advcl above, the gerund hung on the object
			}
			if g := tr.t[h].Head; tr.caseOf(c) == "to" && g >= 0 && tr.rel(h) == "obj" && lx.in("scope", tr.lemma(g)) {
				// "expects its partners to honour theirs" with the infinitive parsed as the
				// object's modifier: the object and infinitive of a verb of believing or expecting
				// are one clause, its content (Quirk et al. 1985, 16.52: object + to-infinitive)
				return Belief, g
			}
			if g := tr.t[h].Head; tr.caseOf(c) == "to" && g >= 0 && (tr.rel(h) == "obj" || tr.rel(h) == "nsubj:pass") && (lx.in("reversal", tr.lemma(g)) || lx.in("obstruct", tr.lemma(g))) {
				// "cancelled its plan to impose tariffs", "vetoed the EU plan to impose
				// sanctions": a plan or decision that is cancelled or blocked no longer stands,
				// so the act its infinitive names is intended by no one (modality.txt reversal,
				// obstruct; class 3)
				return Content, g
			}
			if g := tr.t[h].Head; (tr.caseOf(c) == "to" || ofGerund(tr, c)) && g >= 0 && tr.rel(h) == "obj" && lx.in("light", tr.lemma(g)) && !lx.isCue(tr, h) {
				// "denied it had any intention of rejecting …", "said it had no plans to …": the
				// complement of a light verb's object is controlled by the verb's subject
				// (nounController; Mel'čuk's Oper1) and stands in the verb's clause, so it takes
				// that clause's scope, as an xcomp under an intent verb does
				c = g
				continue
			}
			if g := tr.t[h].Head; tr.caseOf(c) == "to" && tr.rel(h) == "obj" && lx.commissiveNoun(tr, h, g) {
				c = g // "made a promise to help Poland": as the advcl above (commissivenoun.go)
				continue
			}
			// a complement clause of a cue noun, not a participle describing it ("the curfew
			// imposed in May")
			if tr.caseOf(c) == "to" && tr.t[h].UPOS == "NOUN" && lx.in("commitment", tr.lemma(h)) && lx.opposingAct(tr, c) {
				// "its commitment to deter hostile activities", "our resolve to prevent
				// sabotage": an act of opposition in the infinitive of a noun of commitment is
				// its holder's own act, announced (PLOVER AGREE "indicate ... commitment"), as
				// under the adjective "committed to"; it takes the noun's clause's scope
				// (opposingAct, args.go)
				c = h
				continue
			}
			if m := tr.caseOf(c); (m == "to" || m == "that") && lx.isCue(tr, h) {
				return Content, h // "pressure on Bolivia to reject", "its refusal to sign"
			}
			if lx.reportNoun(tr, h) && tr.t[c].UPOS == "VERB" {
				// "claims that it had threatened Taiwan", "reports that Turkey had expelled the
				// envoy": the clause of a noun of saying or believing is that claim's content
				return Belief, h
			}
			return Own, -1
		}
		return Own, -1
	}
	return Own, -1
}

// infinitiveNoun reports a cue noun whose class entry takes a to-infinitive (target xcomp:
// threat, refusal, offer, decision …).
func (lx *Lexicon) infinitiveNoun(tr *tree, n int) bool {
	if tr.t[n].UPOS != "NOUN" {
		return false
	}
	for _, c := range lx.classes["noun "+tr.lemma(n)] {
		if slices.Contains(c.targets, "xcomp") {
			return true
		}
	}
	return false
}

// reportNoun reports a noun of saying or believing (modality.txt class report-noun), or a verb
// whose object is one: a that-clause under either is that claim's content, however attached.
func (lx *Lexicon) reportNoun(tr *tree, h int) bool {
	if tr.t[h].UPOS == "NOUN" {
		return lx.in("report-noun", tr.lemma(h))
	}
	o := tr.child(h, "obj")
	if o < 0 {
		o = tr.postposedObject(h) // "dismissed as baseless reports that …"
	}
	return o >= 0 && tr.t[o].UPOS == "NOUN" && lx.in("report-noun", tr.lemma(o))
}

// requests reports a verb whose entry is a demand or request (DEMANDS).
func (lx *Lexicon) requests(tr *tree, v int) bool {
	if tr.t[v].UPOS != "VERB" {
		return false
	}
	for _, c := range lx.cands(tr, v) {
		if c.types.Asserted == graph.Demands {
			return true
		}
	}
	// "would not meet hostage-takers' demands to release prisoners": the infinitive hung on
	// the verb belongs to its object, a demand noun
	if o := tr.object(v); o >= 0 && tr.t[o].UPOS == "NOUN" {
		for _, c := range lx.classes["noun "+tr.lemma(o)] {
			if c.types.Asserted == graph.Demands {
				return true
			}
		}
	}
	return false
}

// sameActor reports whether the embedded source src may be the speaker of report verb h: a
// pronoun (which the coreference stage resolves, usually to the speaker: "Hungary said it will
// send …") or the same word as the speaker's head.
func (lx *Lexicon) sameActor(tr *tree, src, h int) bool {
	if src < 0 {
		return true
	}
	if tr.t[src].UPOS == "PRON" {
		return !lx.objectAntecedent(tr, src, h) && !lx.otherPerson(tr, src, h) // person.go
	}
	sp, _ := tr.verbSource(h, 0)
	return sp >= 0 && tr.lemma(sp) == tr.lemma(src)
}

// tensed reports a finite verb's Penn tag: past (VBD) or present (VBZ, VBP).
func tensed(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" }

// raising reports a predicate of likelihood or report at h that raised its clause's subject
// (modality.txt raising): an adjective ("is likely to"), or a verb in the passive ("is said to
// have", "is believed to have").
func (lx *Lexicon) raising(tr *tree, h int) bool {
	if !lx.in("raising", tr.lemma(h)) {
		return false
	}
	if tr.t[h].UPOS == "ADJ" {
		return true
	}
	return tr.child(h, "aux:pass", "nsubj:pass") >= 0
}

// goingTo reports "going" with a progressive be at g, whose to-infinitive is the be-going-to
// future (Quirk et al. 1985, 4.47: "be going to" of future fulfilment of the present intention).
func (tr *tree) goingTo(g int) bool {
	if tr.lower[g] != "going" || tr.lem[g] != "go" {
		return false
	}
	for _, k := range tr.kids[g] {
		if base(tr.rel(k)) == "aux" && tr.lem[k] == "be" {
			return true
		}
	}
	return false
}

// accordingTo returns the noun of an "according to X" phrase on clause c (an obl or nmod whose
// case is "according"; "to" is fixed to it in UD English), -1 when none.
func (tr *tree) accordingTo(c int) int {
	for _, x := range tr.kids[c] {
		if r := base(tr.rel(x)); r != "obl" && r != "nmod" {
			continue
		}
		for _, k := range tr.kids[x] {
			if tr.lower[k] == "according" && tr.rel(k) == "case" {
				return x
			}
		}
	}
	return -1
}

// improbable reports an adjective of low likelihood (modality.txt improbable) at h, or a verb of
// seeming or being at h with one as its xcomp ("it seemed improbable that …", the clause hung on
// the verb).
func (lx *Lexicon) improbable(tr *tree, h int) bool {
	if lx.in("improbable", tr.lemma(h)) {
		return true
	}
	x := tr.child(h, "xcomp")
	return x >= 0 && lx.in("improbable", tr.lemma(x))
}

// falsified reports whether predicate h denies the truth of its subject clause: an adjective of
// the falsity class ("false", "untrue", "baseless"), or one of the truth class negated ("not
// true", "not correct"; Quirk et al. 1985, 18.33, 10.55): a negation-class word as h's advmod.
func (lx *Lexicon) falsified(tr *tree, h int) bool {
	if tr.t[h].UPOS != "ADJ" {
		return false
	}
	if l := tr.lemma(h); lx.in("falsity", l) {
		return true
	} else if !lx.in("truth", l) {
		return false
	}
	for _, k := range tr.kids[h] {
		if base(tr.rel(k)) == "advmod" && lx.in("negation", tr.lower[k]) {
			return true
		}
	}
	return false
}

// objectAntecedent reports a pronoun src ("it", "they") in the clause of a participial verb of
// saying h (", adding it would hurt farmers", ", saying they would punish smugglers") whose
// governing clause has a common-noun object of the same number before h ("criticised the
// agreement, adding it would …"): the pronoun may refer to that object as well as to the
// subject (Quirk et al. 1985, 6.16-6.17: "it" and "they" refer to any preceding noun phrase of
// their number; a thing as well as a state), so the speaker's own act is not established and
// the reported act is the speaker's report, not a stance of its own (issue 13 blind round 8
// class 16).
func (lx *Lexicon) objectAntecedent(tr *tree, src, h int) bool {
	f := strings.ToLower(tr.t[src].Form)
	if (f != "it" && f != "they") || tr.t[h].XPOS != "VBG" || base(tr.rel(h)) != "advcl" {
		return false
	}
	g := tr.t[h].Head
	if g < 0 {
		return false
	}
	o := tr.child(g, "obj")
	if o < 0 || o > h || tr.t[o].UPOS != "NOUN" {
		return false
	}
	plural := tr.t[o].XPOS == "NNS"
	return plural == (f == "they")
}

// ObjectAntecedent is objectAntecedent over a parsed sentence: pronoun src in the clause of the
// participial verb of saying h may refer to the governing clause's object (", adding it would
// hurt farmers" after "criticised the agreement"), so the loader does not take the reported act
// for the speaker's own (relation_ownspeech.go).
func (lx *Lexicon) ObjectAntecedent(toks []Token, src, h int) bool {
	if src < 0 || h < 0 || src >= len(toks) || h >= len(toks) {
		return false
	}
	return lx.objectAntecedent(newTree(toks), src, h)
}

// background reports clause c, governed by h, as a past act given as background: a relative
// clause (acl:relcl) or a "when"-clause (advcl marked when) in the simple past whose own adjunct
// is a year ("in 1998"). A year outside the clause does not date its act as past background:
// "strained since 2022, when Spain backed the plan" names when a stance began that still holds
// (held-out h04 E16). A relative or temporal clause
// is presupposed, not asserted (Quirk et al. 1985, 17.15 on restrictive relative clauses, 15.25
// on temporal clauses; Huddleston & Pullum 2002, 12.3), and a year dates the act in the past, so
// it states no stance the source holds now (issue 13 blind round 8 class 15).
func (lx *Lexicon) background(tr *tree, c, _ int) bool {
	r := tr.rel(c)
	when := base(r) == "advcl" && (tr.caseOf(c) == "when" || tr.childLemma(c, "advmod", "when"))
	if r != "acl:relcl" && !when || tr.t[c].XPOS != "VBD" {
		return false
	}
	return tr.yearAdjunct(c)
}

// endedMeasure reports noun n as what a reversal word ends (modality.txt reversal): its object
// or passive subject ("lifted the tariffs", "the tariffs were lifted") or its of-complement ("the
// removal of controls"). A relative clause on such a noun ("the removal of controls China imposed
// since 2023", "Peru lifted the tariffs it had imposed on Chile") identifies the measure ended
// (Quirk et al. 1985, 17.15: a restrictive relative clause is presupposed, not asserted); the
// event reported is the ending, CAMEO 081/085, not the imposing.
func (lx *Lexicon) endedMeasure(tr *tree, n int) bool {
	if n < 0 {
		return false
	}
	g := tr.t[n].Head
	if g < 0 || !lx.in("reversal", tr.lemma(g)) {
		return false
	}
	r := tr.rel(n)
	return r == "obj" || r == "nsubj:pass" || base(r) == "nmod" && tr.caseOf(n) == "of"
}

// compelledPassive reports a to-infinitive c (xcomp, or advcl as parsers often hang it) of a
// passive verb of coercion with a subject and no by-agent ("Nigeria was compelled to take
// countermeasures"): the passive is implicative (modality.txt compelled), so the act is the
// subject's own, done in the passive verb's tense and mode, not intended nor demanded.
func (lx *Lexicon) compelledPassive(tr *tree, c int) bool {
	h := tr.t[c].Head
	if h < 0 || tr.caseOf(c) != "to" || !lx.in("compelled", tr.lemma(h)) {
		return false
	}
	if r := base(tr.rel(c)); r != "xcomp" && r != "advcl" {
		return false
	}
	return tr.child(h, "nsubj:pass") >= 0 && tr.child(h, "obl:agent") < 0
}

// imposes reports verb v as a sanction cue (a dictionary or class entry whose asserted type is
// SANCTIONS: impose, adopt, order …), the act that makes a measure.
func (lx *Lexicon) imposes(tr *tree, v int) bool {
	for _, c := range lx.cands(tr, v) {
		if c.types.Asserted == graph.Sanctions {
			return true
		}
	}
	return false
}

// yearAdjunct reports an obl or nmod of v that is a year: a four-digit number from 1000 to 2099
// ("in 1998", "in 2004").
func (tr *tree) yearAdjunct(v int) bool {
	for k := range tr.t {
		if tr.t[k].Head != v || base(tr.rel(k)) != "obl" && base(tr.rel(k)) != "nmod" {
			continue
		}
		if f := tr.t[k].Form; len(f) == 4 && tr.t[k].UPOS == "NUM" && (f[0] == '1' || f[0] == '2' && f[1] == '0') {
			if _, err := strconv.Atoi(f); err == nil {
				return true
			}
		}
	}
	return false
}

// childLemma reports a dependent of v under relation rel with lemma l (UD English tags a
// clause-opening "when" advmod, not mark).
func (tr *tree) childLemma(v int, rel, l string) bool {
	for k := range tr.t {
		if tr.t[k].Head == v && tr.rel(k) == rel && tr.lemma(k) == l {
			return true
		}
	}
	return false
}

// objectControls reports a verb h whose object controls its to-infinitive complement: one with
// an object (obj, iobj: "urged Iran to withdraw", "expects Korea to reject") that is no
// commissive, whose subject commits itself whatever the object ("promised Ukraine to withdraw":
// modality.txt commissive; Huddleston & Pullum 2002, ch. 14 §6).
func (tr *tree) objectControls(h int) bool {
	return tr.child(h, "obj", "iobj") >= 0 && !(tr.lx != nil && tr.lx.in("commissive", tr.lemma(h)))
}

// ownCommitment reports a that-clause c under a verb of promising h (modality.txt intent and
// commitment both: promise, pledge, vow — PLOVER AGREE "promise"; not "mean", "decide") whose
// subject is the promising verb's own subject, named again or by a pronoun ("Japan promised that
// it would provide aid", "Chad pledged that Chad will …"): a
// commissive commits its speaker to a future act of the speaker's (Searle 1976, commissives;
// Quirk et al. 1985, 16.31 on that-clauses after verbs of promising), so the clause's act is
// announced by its own agent, as "promised to provide aid" is (the xcomp rule above), and scopes
// as the intent verb does. "Japan promised that Korea would …" is not the promiser's act and
// stays the promise's content.
func (lx *Lexicon) ownCommitment(tr *tree, c, h, src int) bool {
	if !lx.in("intent", tr.lemma(h)) || !lx.in("commitment", tr.lemma(h)) || tr.t[h].UPOS != "VERB" || src < 0 {
		return false
	}
	if s := tr.child(c, "nsubj"); s != src {
		return false // the act's subject must be the clause's own ("promised that its army would")
	}
	return lx.sameActor(tr, src, h)
}

// temporalClause reports whether c heads an adverbial clause of time: marked by a temporal
// subordinator of modality.txt class temporal ("once", "when", "until", "after", "before"), as
// mark or, as parsers hang "when" and "once", as a clause-initial advmod (Quirk et al. 1985,
// 15.25).
func (lx *Lexicon) temporalClause(tr *tree, c int) bool {
	if lx.in("temporal", tr.caseOf(c)) {
		return true
	}
	for _, k := range tr.kids[c] {
		if k < c && base(tr.rel(k)) == "advmod" && lx.in("temporal", tr.lemma(k)) && tr.child(c, "nsubj", "nsubj:pass") > k {
			return true
		}
	}
	return false
}
