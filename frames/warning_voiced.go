package frames

import "github.com/claimgraph/claimgraph/graph"

// Warnings said in the clause itself rather than with a verb of warning (issue 13, stance26):
// the speaker's words state that a repercussion will follow an act of another. CAMEO.2.0.txt
// codes the warning of repercussions in its WARN block as 130 THREATEN ("* CONSEQUENCES", "* (OF
// RESPONSE)", "* {SEVERE REPRISALS}"; modality.txt repercussion), and PLOVER THREATEN holds
// "coercive or forceful warnings with serious potential repercussions"; the clauses below say the
// same warning in other words, in the future or conditional only (a consequence yet to come, not
// one reported: "the raid was met with a firm response" is a fact):
//
//   - clause-warning, passive: "Any attack on our ships will be met with a firm response" — the
//     act warned against (a hypotheticalAct subject) met with a repercussion or a coercive
//     measure (modality.txt repercussion, hostile) in a with-phrase;
//   - clause-warning, active, outside a verb of saying (reportedWarning reads it under one): "Any
//     harm to our water security will have serious consequences" (quoted, or with "…, X said"
//     hung after it);
//   - clause-warning, addressed: "Mali would face serious consequences if …" — a third party
//     named as the subject of face, risk or incur (the verbs of orFaceThreats) with a
//     repercussion as object: the speaker tells that party what its act will bring;
//   - verb-warning: a response announced to another's act, "We will respond firmly to any
//     provocation", "it would respond if attacked" — the verb of the repercussion noun
//     (modality.txt counteraction: respond, the verb of response) in the future or conditional,
//     with a to-phrase naming a hypothetical act or an if-clause; its subject is the one who
//     responds, so the loader's scope and speaker rules decide whose threat it is (a
//     first-person subject in a quotation is the speaker's);
//   - verb-warning of a light verb: "We will take resolute countermeasures against the tariffs"
//     (announcedMeasure).
//
// A clause-warning's target is the act warned against or the party addressed (no content). It
// has Source -1 unless a verb of saying hangs on it or governs it (Outer: that
// verb); the loader then takes that verb's speaker, the quotation's or the turn's (sentenceVoice).
// Rule "frames:clause-warning:modality/<class>/<noun>" or
// "frames:verb-warning:modality/counteraction/<verb>".
func (lx *Lexicon) voicedWarning(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" {
		return nil
	}
	if !lx.announced(tr, i) {
		if l := tr.lemma(i); lx.readyFor(tr, i) >= 0 && lx.in("counteraction", l) {
			return lx.announcedResponse(tr, i) // "said they were prepared to respond … if …"
		}
		return nil
	}
	if lx.in("counteraction", tr.lemma(i)) {
		return lx.announcedResponse(tr, i)
	}
	if lx.in("defence", tr.lemma(i)) {
		return lx.conditionalDefence(tr, i) // "If a trade war is waged against us, we will safeguard our interests"
	}
	if ms := lx.announcedMeasure(tr, i); len(ms) > 0 {
		return ms
	}
	outer, reported := -1, false
	if h := tr.t[i].Head; h >= 0 && base(tr.rel(i)) == "ccomp" && tr.t[h].UPOS == "VERB" && lx.in("report", tr.lemma(h)) {
		outer, reported = h, true
	}
	for _, k := range tr.kids[i] {
		if k > i && tr.t[k].UPOS == "VERB" && lx.in("report", tr.lemma(k)) && tr.child(k, "nsubj") >= 0 && tr.child(k, "ccomp", "obj") < 0 {
			outer = k // "“…,” Mr Peters said"
		}
	}
	if outer < 0 && !tr.mainClause(i) {
		return nil // a clause inside another ("if any attack would be met …"): not said
	}
	m := Match{Cue: i, Kind: "verb", Type: graph.Threatens, Source: -1, Target: -1, Content: i, Mode: Future,
		Scope: Own, Outer: outer, Code: "130", Plover: "THREATEN"}
	_, m.Negated, m.Hedged = lx.modality(tr, i)
	if m.Negated {
		return nil
	}
	if s := tr.child(i, "nsubj:pass"); s >= 0 && tr.passive(i) && hypotheticalAct(tr, s) {
		for _, k := range tr.kids[i] {
			if tr.caseOf(k) != "with" {
				continue
			}
			for _, class := range []string{"repercussion", "hostile"} {
				if lx.in(class, tr.lemma(k)) {
					m.Target, m.Content, m.Rule = s, -1, "frames:clause-warning:modality/"+class+"/"+tr.lemma(k)
					return []Match{m}
				}
			}
		}
		return nil
	}
	o, s := tr.child(i, "obj"), tr.child(i, "nsubj")
	if o < 0 || s < 0 {
		return nil
	}
	class := "repercussion"
	switch l := tr.lemma(i); {
	case !lx.in("repercussion", tr.lemma(o)) && (!lx.in("hostile", tr.lemma(o)) || l != "face" && l != "risk" && l != "incur"):
		// a coercive measure (modality.txt hostile) that a named party "would face" is the
		// measure threatened against it, as in the or-face ultimatum (orFaceThreats) and the
		// passive "will be met with sanctions" above: "Beijing said Vilnius would face
		// sanctions if …" (CAMEO 1312 "threaten with sanctions, boycott, or embargo"; PLOVER
		// THREATEN "threaten to impose … restrictions and penalties"; coerce18 D4)
		return nil
	case !lx.in("repercussion", tr.lemma(o)):
		class = "hostile"
	}
	m.Rule = "frames:clause-warning:modality/" + class + "/" + tr.lemma(o)
	switch l := tr.lemma(i); {
	case class == "repercussion" && tr.t[s].UPOS == "NOUN" && hypotheticalAct(tr, s) && !reported:
		m.Target, m.Content = s, -1 // "Any harm to … will have serious consequences": the act warned against
	case (l == "face" || l == "risk" || l == "incur") && tr.t[s].UPOS == "PROPN":
		m.Target, m.Content = s, -1 // "Mali would face serious consequences": addressed to Mali
	default:
		return nil
	}
	return []Match{m}
}

// announcedResponse is voicedWarning's verb-warning: verb i of modality.txt counteraction, in the
// future or conditional or the infinitive of an adjective of readiness (readyFor), with a to-phrase whose head is a hypothetical act ("to any provocation":
// the target) or an if-clause of condition (the target its subject's act when named, else the
// response itself). Source its subject, scope as the modality rules read it.
func (lx *Lexicon) announcedResponse(tr *tree, i int) []Match {
	src := tr.child(i, "nsubj")
	if r := lx.readyFor(tr, i); src < 0 && r >= 0 {
		src = tr.child(r, "nsubj") // "Iran stands ready to respond": the one ready responds
	}
	if src < 0 {
		return nil
	}
	tgt, content := -1, -1
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "obl" && tr.caseOf(k) == "to" && hypotheticalAct(tr, k) {
			tgt = k
		}
	}
	if tgt < 0 {
		cond := false
		for _, a := range tr.kids[i] {
			if r := base(tr.rel(a)); (r == "advcl" || r == "ccomp") && lx.in("condition", tr.caseOf(a)) {
				cond = true
			}
		}
		if !cond {
			return nil
		}
		if tgt = lx.conditionAgent(tr, i, src); tgt < 0 {
			content = i // "we will respond if attacked": the response is what is threatened
		}
	}
	mode, neg, hedged := lx.modality(tr, i)
	scope, outer := lx.scope(tr, i, mode, src)
	m := Match{Cue: i, Kind: "verb", Type: graph.Threatens, Source: src, Target: tgt, Content: content, Mode: mode,
		Negated: neg, Hedged: hedged, Scope: scope, Outer: outer, Code: "130", Plover: "THREATEN",
		Rule: "frames:verb-warning:modality/counteraction/" + tr.lemma(i)}
	return tr.perSource(m, src)
}

// announcedMeasure is voicedWarning's verb-warning of a light verb (modality.txt light: "take")
// or a verb of using (modality.txt employ: "would use force against") whose object is a coercive measure (modality.txt hostile: "will take countermeasures against
// the tariffs", "would take retaliatory measures"): the light verb's noun carries the act
// (Jespersen, MEG VI), and an announced coercive measure is a threat (PLOVER THREATEN "threaten
// to impose or expand non-force administrative restrictions and penalties"; cameo-types.txt 16–17
// future). Target the against- or on-phrase (the act or party it answers), else the agent of its
// condition (conditionAgent, as for a verb of force), else the measure.
// Source its subject, scope as the modality rules read it.
func (lx *Lexicon) announcedMeasure(tr *tree, i int) []Match {
	src, o := tr.child(i, "nsubj"), tr.child(i, "obj")
	employ := lx.in("employ", tr.lemma(i)) // "would use force against" (modality.txt employ)
	if !lx.in("light", tr.lemma(i)) && !employ || src < 0 || o < 0 {
		return nil
	}
	if !lx.in("hostile", tr.lemma(o)) && !lx.retaliatoryRelative(tr, o) {
		if employ {
			return nil // "will use all means": a verb of using takes no general act
		}
		return lx.announcedActionAgainst(tr, i, src, o)
	}
	tgt := -1
	for _, k := range append(tr.kids[i], tr.kids[o]...) {
		if r := base(tr.rel(k)); (r == "obl" || r == "nmod") && (tr.caseOf(k) == "against" || tr.caseOf(k) == "on") {
			tgt = k
		}
	}
	if tgt < 0 {
		tgt = lx.conditionAgent(tr, i, src) // "If Lusitania insists …, we will take countermeasures": aimed at Lusitania
	}
	if tgt < 0 {
		tgt = o
	}
	return lx.warningMatch(tr, i, src, tgt, "frames:verb-warning:modality/hostile/"+tr.lemma(o))
}

// announcedActionAgainst is announcedMeasure's general act: a light verb whose object is a
// general noun of acting (modality.txt act: "take steps", "take action", "take all necessary
// measures"), announced, aimed at a party — an against-phrase naming one (a name, or a
// hypothetical agent or act: "against any ship that …") or, failing that, the named agent of
// an if- or unless-clause on the verb ("will take steps if Greece continues the drilling").
// CAMEO.2.0.txt codes the announced act against a party as 130 THREATEN in its own patterns
// (PLEDGE * ACTION against, PROMISE * ACTION against, CONSIDER * ACTION against, DEMAND *
// MEASURES against), and PLOVER THREATEN holds conditional coercion (issue 13: "would withdraw
// unless …"). A general act against no party ("will take steps against corruption", "will take
// steps to cut emissions") is no threat.
func (lx *Lexicon) announcedActionAgainst(tr *tree, i, src, o int) []Match {
	if !lx.in("act", tr.lemma(o)) || tr.t[o].UPOS != "NOUN" {
		return nil
	}
	tgt := -1
	for _, k := range append(tr.kids[i], tr.kids[o]...) {
		if r := base(tr.rel(k)); (r == "obl" || r == "nmod") && tr.caseOf(k) == "against" && (tr.t[k].UPOS == "PROPN" || hypotheticalAct(tr, k)) {
			tgt = k
		}
	}
	if tgt < 0 {
		tgt = lx.conditionAgent(tr, i, src)
	}
	if tgt < 0 {
		return nil
	}
	return lx.warningMatch(tr, i, src, tgt, "frames:verb-warning:modality/act/"+tr.lemma(o))
}

// announced reports verb i with a will or shall of the future (modality.txt future) or the
// hypothetical would among its auxiliaries; could and might (modality.txt conditional too) leave
// the act possible, not announced (Quirk et al. 1985, 4.60–4.65).
func (lx *Lexicon) announced(tr *tree, i int) bool {
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "aux" && (lx.in("future", tr.lemma(k)) || tr.lemma(k) == "would") {
			return true
		}
	}
	return false
}

// conditionalDefence is voicedWarning's verb-warning of defence: verb i of modality.txt defence
// (CAMEO.2.0.txt DEFEND [074]: defend, protect, safeguard), announced (future or conditional),
// with an if- or unless-clause whose own words name a coercive act (modality.txt hostile: "if a
// trade war is waged against us", "if Lusitania imposes tariffs on us"). Announced on the
// condition of another's hostile act, the defence is the repercussion warned of, a coercive
// warning (PLOVER THREATEN "coercive or forceful warnings with serious potential repercussions";
// Quirk et al. 1985, 15.34, the condition names the act that brings it on; issue 13: "would
// withdraw unless …" threatens), as announcedResponse codes "will respond if". A defence on no
// condition, or on a condition with no hostile act ("will protect the refugees if they come"),
// stays the dictionary's 074 (aid). Target the condition's named agent (conditionAgent: the
// subject, or a passive's by-agent), else the defence itself (Content), never the hostile act's
// word ("trade war" is what is feared, not whom the warning addresses). Source its subject.
func (lx *Lexicon) conditionalDefence(tr *tree, i int) []Match {
	src := tr.child(i, "nsubj")
	if src < 0 {
		return nil
	}
	cond, act := -1, -1
	for _, a := range tr.kids[i] {
		if r := base(tr.rel(a)); (r == "advcl" || r == "ccomp") && lx.in("condition", tr.caseOf(a)) {
			cond = a
		}
	}
	if cond < 0 {
		return nil
	}
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if act >= 0 || depth > 4 {
			return
		}
		if lx.in("hostile", tr.lemma(k)) {
			act = k
			return
		}
		for _, c := range tr.kids[k] {
			if base(tr.rel(c)) != "advcl" && base(tr.rel(c)) != "ccomp" {
				walk(c, depth+1)
			}
		}
	}
	walk(cond, 0)
	if act < 0 {
		return nil
	}
	ms := lx.warningMatch(tr, i, src, lx.conditionAgent(tr, i, src), "frames:verb-warning:modality/defence/"+tr.lemma(i))
	for k := range ms {
		if ms[k].Target < 0 {
			// "if a trade war is waged against us": an agentless condition names no party whose
			// act brings the defence on, and its hostile word is the act feared, not a party
			// threatened; the announced defence is itself what is threatened, as an announced
			// response with no agent named is (announcedResponse: "we will respond if attacked")
			ms[k].Content = i
		}
	}
	return ms
}

// warningMatch is the THREATENS match (CAMEO 130, PLOVER THREATEN) of a warning whose verb is
// token i of tr, its source src and target tgt (token indexes), with the verb's modality and
// scope, one per coordinated source (perSource); rule names the shape that found it.
func (lx *Lexicon) warningMatch(tr *tree, i, src, tgt int, rule string) []Match {
	mode, neg, hedged := lx.modality(tr, i)
	scope, outer := lx.scope(tr, i, mode, src)
	m := Match{Cue: i, Kind: "verb", Type: graph.Threatens, Source: src, Target: tgt, Content: -1, Mode: mode,
		Negated: neg, Hedged: hedged, Scope: scope, Outer: outer, Code: "130", Plover: "THREATEN", Rule: rule}
	return tr.perSource(m, src)
}

// readyFor returns the adjective of readiness or intent (modality.txt intent: ready, prepared,
// willing, poised) whose to-infinitive is verb i ("were prepared to respond", "stands ready to
// respond"), -1 when none. Being ready to act is the predicative form of the intention the
// future states (Quirk et al. 1985, 16.75 on adjective + to-infinitive; 4.47 on intention):
// announced, as "will respond" is. The adjective's subject, or that of the verb it complements
// ("stood ready"), is the one who acts.
func (lx *Lexicon) readyFor(tr *tree, i int) int {
	h := tr.t[i].Head
	if h < 0 || base(tr.rel(i)) != "xcomp" || tr.t[h].UPOS != "ADJ" || !lx.in("intent", tr.lemma(h)) {
		return -1
	}
	if tr.child(h, "nsubj") < 0 {
		if g := tr.t[h].Head; g >= 0 && base(tr.rel(h)) == "xcomp" && tr.child(g, "nsubj") >= 0 {
			return g // "Iran stood ready to respond"
		}
		return -1
	}
	return h
}
