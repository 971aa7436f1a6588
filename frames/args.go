package frames

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// verbSource returns the source of verb i and the frame that found it; -1 when none.
func (tr *tree) verbSource(i int, depth int) (int, string) {
	if depth > 8 {
		return -1, ""
	}
	if tr.passive(i) {
		if a := tr.byAgent(i); a >= 0 {
			return a, "verb-passive"
		}
		return -1, "verb-passive"
	}
	if s := tr.subject(i); s >= 0 {
		if relativePronouns[tr.lemma(s)] && (tr.rel(i) == "acl:relcl" || tr.rel(i) == "advcl:relcl" && tr.child(tr.t[i].Head, "expl") >= 0) {
			// (advcl:relcl: the clause of a cleft sentence, UD v2.14, "It was Hungary that
			// vetoed …": the relative pronoun stands for the focus, Quirk et al. 1985, 18.25-18.28)
			if !tr.nominal(tr.t[i].Head) {
				// a "relative clause" on an adjective or verb ("unclear who ordered the strike")
				// is an interrogative clause: who is asked about, not named
				return -1, "verb-relcl"
			}
			if a, g := tr.t[i].Head, tr.t[tr.t[i].Head].Head; tr.lemma(s) != "who" && tr.t[a].UPOS == "NOUN" && tr.rel(a) == "obj" && g >= 0 && tr.lx != nil && tr.lx.in("issue", tr.lemma(g)) {
				// "the President signed an executive order that sanctions …": a text speaks
				// for whoever signs, adopts or issues it (modality.txt issue, PARC 3.0), as
				// its -ing modifier does ("adopted a resolution demanding …", below): the
				// relative clause's act is the issuer's (Quirk et al. 1985, 17.9 ff.: the
				// relative pronoun stands for the text)
				if src, _ := tr.verbSource(g, depth+1); src >= 0 {
					return src, "verb-text"
				}
			}
			if numberedProvision(tr, tr.t[i].Head) {
				return -1, "verb-relcl" // "Article 3 of the Statute of the Council of Europe which urges …" (provision.go)
			}
			return tr.relclHolder(tr.t[i].Head, "verb-relcl") // the noun, or an appositive's anchor (relcopula.go)
		}
		if h := tr.t[i].Head; relativePronouns[tr.lemma(s)] && tr.rel(i) == "conj" && h >= 0 && tr.rel(h) == "acl:relcl" && tr.nominal(tr.t[h].Head) && tr.t[h].Head < s {
			return tr.relclHolder(tr.t[h].Head, "verb-relcl-conj") // "X, whom Y appointed …, and who is now backing Z" (relcopula.go)
		}
		if tr.medialReporterAppos(s, i) {
			return s, "verb-medial" // "Vietnam, the spokeswoman Pham Thu Hang said, opposes …" read as appos + relative clause (args_clauses.go)
		}
		return s, "verb"
	}
	if k := tr.medialSubject(i); k >= 0 {
		return k, "verb-medial"
	}
	h := tr.t[i].Head
	if h < 0 {
		return -1, "verb"
	}
	if s := tr.alternativeController(i, depth); s >= 0 {
		return s, "verb-alternative"
	}
	if s, frame := tr.adjunctController(i, depth); s >= 0 {
		return s, frame // "criticized X for opposing …" (judged.go); "Kenya's health ministry, citing a WHO report, warned …" (attachment.go)
	}
	if r := base(tr.rel(i)); (r == "xcomp" || r == "advcl" || r == "acl") && tr.headlineSubject(i, h) {
		return h, "verb-headline" // "Ghana to keep poultry ban" (headline.go), on any attachment
	}
	switch base(tr.rel(i)) {
	case "xcomp":
		if tr.lx != nil && tr.t[h].UPOS == "ADJ" && tr.lx.in("extraposing", tr.lemma(h)) {
			if e := tr.child(h, "expl", "nsubj"); e >= 0 && tr.lemma(e) == "it" {
				// "it might be possible to resolve differences": the infinitive is the
				// extraposed subject of the adjective, its "it" anticipatory and its own
				// subject unexpressed (Quirk et al. 1985, 18.33; modality.txt extraposing)
				return -1, "verb-controlled"
			}
		}
		// object control when the governor has an object ("urged Iran to withdraw"), subject
		// control otherwise ("refused to withdraw") and after a commissive, whose subject commits
		// itself ("promised Ukraine to withdraw": modality.txt commissive)
		if o := tr.child(h, "obj", "iobj"); o >= 0 && !(tr.lx != nil && tr.t[o].UPOS == "NOUN" && (tr.lx.in("attempt", tr.lemma(o)) || tr.lx.in("act", tr.lemma(o)))) && !(tr.lx != nil && tr.lx.in("commissive", tr.lemma(h))) {
			return o, "verb-controlled"
		}
		// ("made efforts to secure …": a noun of attempt is the eventive object of its support
		// verb (Quirk et al. 1985 on eventive objects) and controls nothing; the subject does, as below.
		// So does a general noun of acting, modality.txt act (Halliday & Hasan 1976, 6.4: "will
		// adopt measures to remove …", the infinitive the measures' purpose, the adopter its agent)
		// a passive governor's subject controls: "Iran was urged to withdraw", "it is prepared
		// to impose" (the passive subject is the active object, or the adjective's subject)
		if o := tr.child(h, "nsubj:pass"); o >= 0 {
			return o, "verb-controlled"
		}
		s, _ := tr.verbSource(h, depth+1)
		return s, "verb-controlled"
	case "conj":
		if a := tr.relativeAntecedent(h); a >= 0 && h < i && i > 0 && tr.t[i-1].Form == "," && tr.child(i, "cc") < 0 {
			// "Ireland and Denmark, whose fleets depend on mackerel, pressed for action": a verb
			// after the comma that closes a non-restrictive relative clause, with no conjunction,
			// continues the clause of the noun the relative clause modifies (Quirk et al. 1985,
			// 17.22), whatever the parser conjoined it to
			return a, "verb-attached"
		}
		// coordinated verbs share the surface subject: "was indicted by the court and will
		// resign" — the one indicted resigns, not the court (an active conjunct of a passive one)
		if s := tr.conjSubject(h, i); s >= 0 {
			return s, "verb-conj" // a passive first conjunct, or the clause reported (conjclause.go)
		}
		// a finite verb conjoined to a noun is a parser's error: coordination joins like
		// constituents (Quirk et al. 1985, 13.5), so "will never trade away its interests and
		// rejects the demand" conjoins "rejects" with the verb whose object the noun is
		if tr.finite(i) && tr.nominal(h) && h < i && (base(tr.rel(h)) == "obj" || base(tr.rel(h)) == "obl") {
			if v := tr.t[h].Head; v >= 0 && tr.t[v].UPOS == "VERB" {
				h = v
			}
		}
		s, _ := tr.verbSource(h, depth+1)
		return s, "verb-conj"
	case "acl", "parataxis", "appos", "nmod", "dep":
		if g := tr.t[h].Head; tr.rel(i) == "acl" && tr.caseOf(i) == "to" && tr.lx != nil && h < i && tr.t[h].UPOS == "NOUN" && tr.lx.in("act", tr.lemma(h)) && tr.rel(h) == "obj" && g >= 0 && tr.t[g].UPOS == "VERB" && (tr.lx.in("light", tr.lemma(g)) || tr.lx.in("support", tr.lemma(g))) {
			// "will adopt all necessary measures to remove …": the infinitive on a general noun of
			// acting (modality.txt act) states the measures' purpose, whose agent is the one who
			// takes or adopts them (as "took steps to", parsed as a purpose adjunct): the subject
			// of a light or support verb is its object noun's first actant (Mel'čuk 1996, Oper1);
			// "criticized the measures to …" names no agent of them
			s, _ := tr.verbSource(g, depth+1)
			return s, "verb-controlled"
		}
		if tr.rel(i) == "acl" && ofGerund(tr, i) && tr.lx != nil && tr.lx.in("intent", tr.lemma(h)) {
			// "has no intention of lifting …": the intent noun's complement, controlled as its
			// infinitive is (nounController), not an attached participle
			return -1, "verb"
		}
		if prepGerund(tr, i) {
			return -1, "verb" // "its cooperation with Japan on revitalizing …": nounController
		}
		// a finite verb has a subject: attached without one to a noun before it (a parser's
		// reading of "Albania on Friday denounced …", under whatever relation: a finite verb
		// is never a noun's modifier or nominal dependent), that noun is it; so is the noun a present
		// participle modifies ("countries seeking to …"). A past participle's noun ("the curfew
		// imposed in Sudan") is its object, not its subject.
		// A past participle with a direct object after a comma is no passive modifier (a
		// passive monotransitive verb has no object, Quirk et al. 1985, 3.64): it is a past
		// tense the parser hung on the noun before it
		active := tr.t[i].XPOS == "VBN" && tr.child(i, "obj") >= 0 && i > 0 && tr.t[i-1].Form == ","
		if s, ok := tr.seriesConjunct(i, h, active, depth); ok {
			return s, "verb-conj" // "criticized the plan, urged the council …" (seriesconj.go)
		}
		if tr.finite(i) || active || tr.t[i].XPOS == "VBG" || tr.predicateOfNominalRoot(i) {
			if tr.nominal(h) && h < i {
				if g := tr.t[h].Head; tr.t[i].XPOS == "VBG" && tr.rel(h) == "obj" && g >= 0 && tr.lx != nil && tr.lx.in("issue", tr.lemma(g)) {
					// "the Council adopted a resolution demanding a ceasefire": a text speaks for
					// whoever adopts or issues it (modality.txt issue), who is the act's source
					if s, _ := tr.verbSource(g, depth+1); s >= 0 {
						return s, "verb-text"
					}
				}
				if s := tr.characterizedSubject(h); s >= 0 {
					return s, "verb-attached" // "the EU must be a stronger partner in helping Ukraine …"
				}
				return tr.outsideRelative(h, i), "verb-attached"
			}
		}
	case "advcl":
		if tr.t[i].XPOS == "VBG" && tr.nominal(h) && h < i && tr.child(i, "nsubj") < 0 && (tr.rel(h) == "nsubj" || tr.rel(h) == "nsubj:pass") {
			// "South Africa, invoking the Genocide Convention, asked …" with the participle hung
			// on the subject: a supplementive -ing clause after the subject is predicated of it
			// (Quirk et al. 1985, 15.60: its implied subject is the subject of the matrix clause)
			return tr.outsideRelative(h, i), "verb-adjunct"
		}
		if tr.nounInfinitive(h, i) {
			return -1, "verb" // "criticized the measures to lift the sanctions" (nounInfinitive)
		}
		if tr.pactResult(h, i) {
			return -1, "verb" // "signed a peace agreement, ending a border dispute" (pactResult)
		}
		// a subjectless adjunct is controlled by the main subject: a participle ("…, threatening
		// to retaliate"), a by-gerund ("retaliated by expelling …"), a purpose infinitive ("sent
		// envoys to demand …", "in order to")
		if o := tr.child(h, "nsubj:pass"); o >= 0 && tr.caseOf(i) == "to" && tr.lx != nil && tr.lx.in("compelled", tr.lemma(h)) {
			// "Zambia was compelled to take countermeasures" with the infinitive parsed as a
			// purpose adjunct: the complement of the passive verb of coercion, controlled by its
			// subject as an xcomp is (modality.txt compelled)
			return o, "verb-controlled"
		}
		if o := tr.object(h); tr.lx != nil && tr.caseOf(i) == "to" && o >= 0 && o < i && tr.lx.commissiveNoun(tr, o, h) {
			// "renewed its pledge to protect …" with the infinitive hung on the support verb:
			// the promise noun's complement, controlled by the support verb's subject as with
			// the noun's acl (commissivenoun.go), not a purpose adjunct
			s, _ := tr.verbSource(h, depth+1)
			return s, "verb-noun-controlled"
		}
		if m := tr.caseOf(i); m == "to" && tr.child(h, "obj", "iobj") < 0 {
			// "called for the mayor to resign": for introduces the infinitive's subject (Quirk et
			// al. 1985 on for + subject + to-infinitive clauses), whoever the parser hangs it on
			if a := tr.oblWith(h, "for"); a >= 0 && a < i && tr.nominal(a) && !tr.timeNoun(a) {
				return a, "verb-controlled"
			}
		}
		if g := tr.t[h].Head; g >= 0 && tr.t[g].UPOS == "VERB" && tr.lx != nil && tr.lx.requestVerb(tr.lemma(g)) && tr.looseParticiple(i) && tr.wantedAct(h) {
			// "pressed Japan to lift the ban, saying …", "demanded that Israel withdraw its
			// troops, warning of …": a supplementive -ing clause set off by a comma is predicated
			// of the matrix clause's subject (Quirk et al. 1985, 15.60), and a to-infinitive or
			// mandative subjunctive complement reports an act wanted, not done, whose agent says
			// nothing in it: the parser's attachment to the complement is no reading of English.
			// Only under a verb of asking or ordering, whose complement is that act wanted
			// ("had data to make decisions, allowing …": a purpose infinitive of the noun)
			s, _ := tr.verbSource(g, depth+1)
			return s, "verb-adjunct"
		}
		if g := tr.reportingHost(h, i); g >= 0 {
			s, _ := tr.verbSource(g, depth+1) // "said the patrols were illegal, urging …"
			return s, "verb-adjunct"
		}
		if m := tr.caseOf(i); m == "" || m == "by" || m == "to" || m == "in" || tr.t[i].XPOS == "VBG" && subjectAttached[m] {
			// (an -ing clause after a preposition or subordinator of time or circumstance, "while
			// continuing its cooperation …", "on revitalizing …": the covert subject of a
			// nonfinite adverbial clause is the matrix subject, Quirk et al. 1985, 15.60)
			s, _ := tr.verbSource(h, depth+1)
			if tr.boundObject(i, s) {
				return -1, "verb" // "It co-finances …, giving it access": not "it" that gives
			}
			return s, "verb-adjunct"
		}
	}
	return -1, "verb"
}

// targetOf returns the target and content of predicate i for the target specs (a class's list;
// nil for a CAMEO verb: object, the pattern's prepositions, then the usual ones). sup is the
// support verb of a noun cue, whose obliques also take the noun's target ("imposed sanctions on
// Iran").
func (tr *tree) targetOf(i int, c cand, kind string, sup int) (target, content int) {
	target, content = -1, -1
	if kind == "prep" {
		return i, -1 // "is against the plan": the phrase's own noun
	} else if g := tr.gerundComplement(i); c.needs["gerund"] && g >= 0 {
		return g, -1 // "the importance of keeping the lanes open" (significance.go)
	}
	specs := c.targets
	if specs == nil {
		specs = append(append([]string{"obj"}, c.prep...), "xcomp", "ccomp", "against", "on", "upon", "to", "with", "over", "for", "at", "from", "into", "about")
		if kind == "verb" && c.code == "050" {
			// CAMEO 050 "engage in diplomatic cooperation" (cooperate, collaborate, coordinate,
			// agree, ally with): a verb of joint action names its partner with "with" and the
			// matter with "on" or "over" ("collaborate with Thailand on the dam"; Quirk et al.
			// 1985, 9.44 on with of accompaniment, and the reciprocal verbs of 16.5); the
			// partner is the one cooperated with
			specs = append(append([]string{"obj"}, c.prep...), "with", "xcomp", "ccomp", "against", "on", "upon", "to", "over", "for", "at", "from", "into", "about")
		}
	}
	for _, s := range specs {
		k := -1
		switch s {
		case "obj":
			k = tr.object(i)
			if k < 0 && kind == "verb" {
				k = tr.child(i, "iobj")
			}
			if io := tr.child(i, "iobj"); kind == "verb" && c.types.Asserted == graph.Sanctions && k >= 0 && io >= 0 && io < k && tr.t[io].UPOS == "PROPN" {
				// "fined Kestrel Social €310 million": with two objects, the indirect one names
				// the party the act is done to, the direct one what is charged (Quirk et al. 1985,
				// 10.6: indirect object as the affected participant); a sanction is aimed at that
				// party (CAMEO 17 "coerce": measures against an actor). An offer's target stays
				// what is offered ("offered Kosmar a joint inquiry")
				k = io
			}
			if io := tr.child(i, "iobj"); kind == "verb" && k >= 0 && io >= 0 && io < k && tr.lx != nil && tr.lx.in("judge-call", tr.lemma(i)) {
				// "branded [the decision] [a violation of the law]" parsed as a double object: a
				// verb of naming or judging is complex-transitive, object then object complement,
				// no indirect object (Quirk et al. 1985, 16.44 vs 16.55; judgement.go), so the
				// act is aimed at the first noun phrase, not at the name it is given
				k = io
			}
			if a := tr.objectAddressee(i, k); kind == "verb" && c.objNamed && c.types.Asserted == graph.Threatens && a >= 0 {
				k = a // "set a deadline for Barbados", "for Barbados" hung on the verb (objectpp.go)
			}
			if sc := tr.stanceComplement(i, k); kind == "verb" && sc >= 0 {
				k = sc // "reaffirmed their commitment to deepen cooperation" (stancecomplement.go)
			}
			if g := tr.aidGiver(k); kind == "verb" && (c.code == "051" || c.lineCode == "051") && g >= 0 {
				k = g // "welcome the support of Japan": praise of the giver (shifted.go)
			}
		case "xcomp":
			if k = tr.child(i, "xcomp"); k < 0 && kind == "noun" {
				if a := tr.child(i, "acl"); a >= 0 && tr.caseOf(a) == "to" {
					k = a
				}
				if h := tr.t[i].Head; k < 0 && h >= 0 && tr.rel(i) == "obj" {
					// "dropped its threat to veto the text": the noun's infinitive hung on the verb
					// whose object the noun is (scope reads it as the noun's content too)
					for _, a := range tr.children(h, "advcl") {
						if a > i && tr.caseOf(a) == "to" {
							k = a
							break
						}
					}
				}
			}
			if k < 0 && kind == "verb" && c.targets != nil {
				// a line that takes an infinitive takes it when parsed as a purpose adjunct too
				// ("urged Iran … to release", "pressured workers to cancel": the parser's
				// xcomp/advcl confusion)
				if a := tr.child(i, "advcl"); a >= 0 && tr.caseOf(a) == "to" {
					k = a
				}
			}
			if k < 0 && kind == "verb" && c.types.demands() {
				k = tr.demandedInfinitive(i)
			}
			if k < 0 && kind == "verb" && c.types.demands() {
				// "pushing hard for the US (to) support its plan": for + subject + infinitive is a
				// clause, UD's advcl marked for (Quirk et al. 1985 on for + subject + to-infinitive);
				// after a verb of request it is what is requested
				for _, a := range tr.children(i, "advcl") {
					if tr.caseOf(a) == "for" && tr.t[a].UPOS == "VERB" && tr.child(a, "nsubj") >= 0 {
						k = a
						break
					}
				}
			}
			if k < 0 {
				k = tr.adjacentComplement(i, kind) // "stands ready to work" with the infinitive on the verb (attachment.go)
			}
			if k >= 0 && content < 0 {
				content = k
				continue
			}
		case "ccomp":
			if k = tr.child(i, "ccomp"); k < 0 && kind == "noun" {
				if a := tr.child(i, "acl"); a >= 0 && tr.caseOf(a) == "that" {
					k = a
				}
				if k < 0 {
					k = tr.appositiveThatClause(i)
				}
			}
			if k >= 0 && content < 0 {
				content = k
				continue
			}
		default:
			if k = tr.argOf(i, s); k < 0 && sup >= 0 {
				k = tr.argOf(sup, s)
			}
			if k < 0 && s == "to" && sup >= 0 && tr.t[i].Head == sup && tr.rel(i) == "obj" && tr.child(sup, "iobj") >= 0 && tr.child(sup, "iobj") < i {
				// "gave Qatar an ultimatum", "handed Seoul a warning": the dative alternation,
				// the indirect object before the direct one is the to-phrase after it ("gave an
				// ultimatum to Qatar"; Quirk et al. 1985, 10.6 and 16.57), the noun's addressee
				k = tr.child(sup, "iobj")
			}
			if k < 0 {
				k = tr.argElsewhere(i, s, c, kind) // a particle's, a stranded passive's, an aid recipient's; "open to talks" on the verb
			}
			if o := tr.object(i); k < 0 && kind == "verb" && c.needs["with"] && o >= 0 {
				// a class line that holds only with its preposition (with:) takes the group where
				// the match found it, on the object too, where the parser often hangs it
				// ("imposed [quotas [on Russian firms]]": Quirk et al. 1985, 16.55, the
				// prepositional object of "impose X on Y" is the verb's)
				k = tr.argOf(o, s)
			}
			if k >= 0 && s == "with" && (tr.comitative(k) || tr.complaintForum(i, k, c, kind)) {
				k = -1
			}
			if k < 0 {
				k = tr.timeMisattached(i, s)
			}
			if k < 0 && kind == "noun" && (s == "of" || s == "for") {
				k = tr.ppOnAgentName(i, s) // "calls by Russia for a ceasefire"
			}
			if k < 0 && kind == "noun" && s == "for" {
				k = tr.forClauseSubject(i) // "renewed its call for Comoros to withdraw" (forclause.go)
			}
			if k < 0 && kind == "noun" {
				k = tr.participleArg(i, s) // "countermeasures taken against Canada" (args_pp.go)
			}
			if k < 0 && sup >= 0 {
				k = tr.timeMisattached(sup, s)
			}
		}
		if k >= 0 && target < 0 {
			target = k
		}
	}
	if content < 0 && kind == "verb" && c.types.demands() && tr.passive(i) && target >= 0 && target == tr.child(i, "nsubj:pass") {
		// "Israel was called on by the EU to halt …": the passive subject asked (strandedPassive)
		// is asked to do what the infinitive says, as in the active "called on Israel to halt"
		content = tr.demandedInfinitive(i)
	}
	if m := tr.requestedMatter(i, c, kind, target, content); m >= 0 {
		target = m // "pressed Britain for talks": what is requested (requestedMatter)
	}
	if kind == "verb" {
		target = tr.pronounObjectAntecedent(i, target) // "the plan that Japan rejected", "that" obj
	}
	if target < 0 && content < 0 && kind == "verb" && (c.targets == nil || slices.Contains(c.targets, "obj")) {
		// "the accord the rebels had rejected": with no argument of its own, the antecedent of
		// an object relative clause fills its object gap (objectRelative); a prepositional
		// argument found above stays the target ("the penalty it imposed on the company")
		target = tr.objectRelative(i)
	}
	if c.types.Asserted == graph.Sanctions && (kind == "verb" || kind == "noun") {
		if y := tr.tradePartner(i, target); y >= 0 {
			target = y // "barred firms from selling chips to ZTE": an embargo on ZTE (tradePartner)
		}
	}
	// "urged Iran to withdraw": the addressee is the target, the infinitive the content;
	// "refused to withdraw", "is unwilling to negotiate": the infinitive is both
	if target < 0 && content >= 0 {
		target = content
	}
	return target, content
}

// frame builds the matches of cue c at token i: one per source conjunct and target conjunct.
func (lx *Lexicon) frame(tr *tree, i int, c cand) []Match {
	var src, sup int
	var frame string
	pred := i // the word whose dependents carry modality
	switch c.kind {
	case "verb":
		src, frame = tr.verbSource(i, 0)
		sup = -1
		if lx.in("unaccusative", tr.lemma(i)) && tr.child(i, "obj", "xcomp") < 0 {
			// "thousands died": the subject undergoes the event; used transitively ("to increase
			// trade", the causative alternation, Levin 1993 1.1.2.1) the subject acts, and so
			// does one with a to-infinitive ("declined to sell": decline in its sense "refuse",
			// CAMEO.2.0.txt REFUSE block 120, not "fall")
			src = -1
		}
		if src < 0 && !lx.passiveDirectiveInfinitive(tr, i) && !lx.requestedInfinitive(tr, i) {
			if k := lx.nounController(tr, i); k >= 0 {
				src, frame = k, "verb-noun-controlled"
			}
		}
	case "noun":
		src, frame, sup = lx.nounSource(tr, i)
		if sup >= 0 {
			pred = sup
		}
		if frame == "noun-predicate" && base(tr.rel(i)) == "nmod" {
			pred = tr.t[i].Head // "is not one of the backers of": the partitive head is the predicate
		}
	case "prep":
		src, frame, sup = tr.child(i, "nsubj"), "prep-copula", -1
	case "adj":
		src, frame, sup = tr.subject(i), "adj-copula", -1
		if src < 0 {
			src = tr.child(i, "nsubj:pass")
		}
		if a, ok := tr.predicateAntecedent(i, src); ok {
			src, frame = a, tr.appositiveFrame(i, a, "adj-relcl") // relcopula.go
		}
		if h := tr.t[i].Head; src < 0 && tr.rel(i) == "xcomp" && h >= 0 && tr.t[h].UPOS == "VERB" {
			// "Kenya remains committed to the talks", "stands ready to", "appeared willing to":
			// an adjective complementing a linking verb (remain, stay, seem, appear, stand: UD
			// xcomp) predicates of its subject (Quirk et al. 1985, 16.20–16.24), of its object
			// when it has one ("considers Kenya ready", 16.43); the linking verb carries the
			// clause's negation and tense
			if o := tr.child(h, "obj"); o >= 0 {
				src = o
			} else {
				src, _ = tr.verbSource(h, 0)
			}
			frame, pred = "adj-linking", h
		}
	}
	target, content := tr.targetOf(i, c, c.kind, sup)
	target, frame = tr.forumCondition(i, sup, target, content, c, frame) // "a complaint with the WTO if the bans stay" (forum.go)
	if c.kind == "verb" && c.types.Asserted == graph.Cites {
		if s, o := tr.commaParticiple(i); o >= 0 {
			src, target, content, frame = s, o, -1, "verb-adjunct"
		}
		if k := tr.child(i, "ccomp"); target < 0 && lx.compoundHeadClause(tr, k) {
			target, content = k, -1 // "citing a European Commission ruling" (citing.go)
		}
	}
	if c.kind == "verb" && physicalRoot(c.code) && content >= 0 && tr.rel(content) == "ccomp" && lx.in("condition", tr.caseOf(content)) {
		// "China will retaliate if Lithuania opens an office" with the if-clause parsed as a
		// complement: a verb of a physical act takes no content clause (below), so an if- or
		// unless-clause on it is its condition (Quirk et al. 1985, 15.34), not what it is about
		if target == content {
			target = -1
		}
		content = -1
	}
	if c.kind == "verb" && content >= 0 && target >= 0 && target != content && content == objectComplement(tr, target) {
		// "held Moscow responsible for the blast": an adjective object complement is what the
		// object is called or held to be (complex-transitive, Quirk et al. 1985, 16.44), no act
		// of it; the object is what the verb is aimed at (match_patterns.go)
		content = -1
	}
	if c.kind == "verb" && c.subjOnly && lx.in("report", tr.lemma(i)) {
		// "Critics said the measure risked …": the agent noun's of-phrase (agentnoun.go)
		if target, content = tr.agentNounTarget(i), -1; target < 0 {
			return nil
		}
	}
	if frame == "noun-instrument" {
		if t := tr.instrumentTarget(sup); t >= 0 {
			target, content = t, -1 // "hit Beijing with tariffs": whom the blow is aimed at (instrument.go)
		}
	}
	if n := lx.namedReferent(tr, i, target, content); n >= 0 {
		target, content = n, -1 // "condemned what it called an invasion" (freerel.go)
	}
	if c.kind == "verb" && evaluative(c.types) && target >= 0 && content < 0 && target == tr.object(i) && lx.in("support", tr.lemma(i)) && tr.t[target].UPOS == "NOUN" && len(lx.classes["noun "+tr.lemma(target)]) == 0 {
		// "expressed outrage at the attack", "voiced concern over the plan": the object of a
		// support verb carries the meaning (Oper1, Mel'čuk 1996) and its prepositional complement
		// names what the stance (support, opposition, demand) is about, wherever the parser hangs
		// it; a measure or a thing given is itself the target ("imposed a blackout on …")
		if k := tr.nounComplement(target, i); k >= 0 {
			target = k
		}
	}
	if c.kind == "noun" && (target < 0 || target == src && frame == "noun-received") && content < 0 && (frame == "noun-received" || frame == "noun-poss" || frame == "noun-national") {
		if s, v := lx.undergoer(tr, i); s >= 0 && s != src {
			// "the plan drew criticism from Germany", "faced US pressure": the act is aimed at
			// the subject of the verb of receiving or eliciting (undergoVerb), whose modality
			// and scope it takes ("could face criticism")
			target, pred = s, v
		}
	}
	if c.kind == "noun" && sup < 0 && content < 0 {
		if s, v := lx.adjunctHolder(tr, i, c, src, target); v >= 0 {
			// "over a U.S. objection, the Governors decided …", "at China's request, the council
			// postponed …", "with the support of Japan, …": the stance is toward the act of the
			// clause the adjunct modifies (adjunct.go); the act is the content
			src, target, content, frame = s, -1, v, "noun-adjunct-act"
		}
	}
	if c.kind == "noun" && target < 0 && content < 0 {
		src, frame, target = lx.nounHolderTarget(tr, i, src, frame) // stanceholder.go
	}
	if c.kind == "noun" && sup >= 0 && target < 0 && content < 0 && c.types.Asserted == graph.Sanctions {
		// "imposed a curfew", "New restrictions were imposed by Japan": a measure that names no
		// one it hits is itself the target, as the object of the dictionary's support-verb
		// pattern ("IMPOSE * CURFEW") is; a request, offer or threat without content names
		// nothing ("the request was submitted by our mission")
		target = i
	}
	if h := tr.t[i].Head; c.kind == "noun" && sup < 0 && target < 0 && content < 0 && c.types.Asserted == graph.Sanctions &&
		h >= 0 && tr.t[h].UPOS == "VERB" && (tr.rel(i) == "obj" || tr.rel(i) == "obl") && !lx.in("reversal", tr.lemma(h)) && lx.answeringParty(tr, i, -1) < 0 {
		// "would violate Security Council sanctions", "helped Moscow evade U.S. sanctions": a
		// measure that names no one it hits, as the object of a verb that neither imposes nor
		// keeps it (not its support verb, which sets sup) nor ends it (reversal), is an existing
		// measure the verb's own subject acts on; the clause asserts that act, and the measure's
		// owner imposes nothing on anyone named here (CAMEO codes the imposing verb, 163/172, not
		// a measure mentioned)
		return nil
	}
	if content >= 0 && tr.rel(content) == "xcomp" && tr.t[content].XPOS == "VBG" && lx.in("report", tr.lemma(content)) && tr.child(content, "ccomp") >= 0 {
		// "China resolutely defends its national interest, adding that …": a participle of saying
		// with its own clause is a second speech act of the subject (a supplementive clause,
		// Quirk et al. 1985, 15.58), not what the cue is about; the parser's xcomp is no content
		content = -1
		if target < 0 {
			target = tr.object(i)
		}
	}
	if lx.withheldAct(tr, i, c, content) {
		return nil // "declined to comment", "declined to denounce" (refusedopposition.go)
	}
	if content >= 0 && (lx.in("intent", tr.lemma(i)) || lx.in("implicative", tr.lemma(i))) && (lx.isCue(tr, content) || lx.cueObject(tr, content)) &&
		!c.synset {
		// "plans to impose", "is prepared to impose martial law": the intended act is the
		// content's cue, in the future mode; the intent word is no act of its own. Under object
		// control ("wants Germany to pay", synsetRequest) the act is another's: a request
		return nil
	}
	if content >= 0 && c.kind == "noun" && c.types.Asserted == graph.Offers && lx.in("commitment", tr.lemma(i)) && tr.caseOf(content) == "to" && lx.opposingAct(tr, content) {
		// "its commitment to deter hostile activities", "our resolve to prevent sabotage": the
		// act committed to is opposition to its object (the infinitive's own cue, announced),
		// and the noun offers nothing to anyone (issue 13, classesLM22 L22; opposingAct)
		return nil
	}
	if lx.contributoryStance(tr, i, content) {
		return nil // "will help push back on …": the infinitive's stance is the subject's (contributory.go)
	}
	if c.kind == "verb" && c.types.Asserted == graph.Offers && content >= 0 && tr.t[content].Head == i && lx.enactedMeasure(tr, content) {
		return nil // "agreed to impose sanctions": the act agreed is the sanction (enactedMeasure)
	}
	if content >= 0 && c.kind == "adj" && c.types.Asserted == graph.Offers && lx.ownDefence(tr, content) {
		return nil // "is ready to protect its borders": one's own stake, no aid (ownstake.go)
	}
	if content >= 0 && c.kind == "adj" && c.types.Asserted == graph.Offers && lx.generalAct(tr, content) {
		// "stands ready to act": no cooperation named; "… against X" threatens (readiness.go)
		if target, content = lx.readinessToAct(tr, &c, content), -1; target < 0 {
			return nil
		}
	}
	mode, neg, hedged := lx.modality(tr, pred)
	if frame == "noun-intended" {
		mode, neg = lx.intendedModality(tr, i, mode, neg) // "announced plans for tariffs" (intent.go)
	}
	if c.kind == "verb" && content < 0 && (target < 0 || lx.in("repercussion", tr.lemma(target))) && c.types.For(mode) == graph.Threatens {
		// "Beijing will retaliate if Washington imposes new curbs", "warned of consequences if
		// Finland joined": a threat that names no party (no target, or only the repercussion)
		// is aimed at the one whose act its condition names (Quirk et al. 1985, 15.34: the
		// conditional clause states the condition for the act; PLOVER THREATEN "coercive
		// warnings" to the party whose act would bring it on)
		if a := lx.conditionAgent(tr, i, src); a >= 0 {
			target = a
		} else if target < 0 && mode != Asserted && (strings.HasPrefix(c.code, "18") || strings.HasPrefix(c.code, "19") || strings.HasPrefix(c.code, "20")) {
			// "We will retaliate if we are attacked", "will strike back with full force": an
			// announced act of force that names no party is itself what is threatened (PLOVER
			// THREATEN "threaten to use force"; cameo-types.txt 18–20 future), as the content
			// of "threatened to retaliate" is; the act is the target. Only force: an announced
			// protest or meeting with no one named is a plan ("farmers will march on Monday")
			content = i
		}
	}
	if c.kind == "noun" && sup >= 0 && target == i && content < 0 && c.types.For(mode) == graph.Threatens {
		// "If the EU imposes duties on Chinese cars, Beijing will impose countermeasures": a
		// measure announced under a condition and naming no one it hits (its own target, above)
		// is aimed at the party whose act the condition names, as a verb of force is (above;
		// Quirk et al. 1985, 15.34; PLOVER THREATEN)
		if a := lx.conditionAgent(tr, pred, src); a >= 0 {
			target = a
		}
	}
	if frame == "verb-controlled" && c.kind == "verb" && target < 0 && content < 0 && mode != Asserted && c.types.For(mode) == graph.Offers && tr.rel(i) == "xcomp" {
		// "is ready to mediate", "promised to help": an intended act of cooperation under a word
		// of willingness or promise that names no party is itself what is offered (PLOVER AGREE
		// "offer, promise, or otherwise indicate willingness … to cooperate"), as the content of
		// "offered to mediate" is
		content = i
	}
	if h := tr.t[i].Head; c.kind == "verb" && mode == Future && h >= 0 && tr.rel(i) == "advcl" && tr.caseOf(i) == "to" && lx.sameRoot(tr, h, c.code) {
		// "met in Buenos Aires to discuss trade": a purpose adjunct naming an act of the same
		// CAMEO root as its governor describes the governor's event, not a second one intended
		// (PETRARCH2 codes one event per verb phrase); it takes the governor's mode
		mode, _, _ = lx.modality(tr, h)
	} else if c.kind == "verb" && mode == Future && h >= 0 && tr.rel(i) == "advcl" && tr.caseOf(i) == "to" && VerbalAct(c.code) && c.types.Future == c.types.Asserted {
		// "summoned the ambassador to protest the remarks", "met to condemn the coup", "wrote
		// to the council to demand a vote": a verbal act (a statement of protest, demand,
		// rejection or threat) named as the purpose of another act is performed
		// by that act — the summons or the letter is the protest — so it takes the governor's
		// mode; a material act in a purpose clause ("sent troops to attack") is only intended.
		// Only for codes whose announced form is coded as the act itself (future type =
		// asserted type in cameo-types.txt), as a verbal act's announcement is the act.
		mode, _, _ = lx.modality(tr, h)
	}
	if c.kind == "noun" && tr.caseOf(i) == "without" {
		// "without Congress's support": without is the negative of with (Quirk et al. 1985,
		// 9.49), the support is not had
		neg = !neg
	}
	if c.kind == "noun" && tr.child(i, "cop") < 0 && lx.negDeterminer(tr, i) || c.kind == "verb" && tr.object(i) >= 0 && lx.negDeterminer(tr, tr.object(i)) {
		// "imposed no sanctions", "made no demands", "offered no support": a negative
		// determiner in the object negates the clause (Quirk et al. 1985, 10.58). (A predicate
		// noun's "not", "is not a supporter of", "is not in favour of", is the clause's own
		// negation, which modality has counted on the noun: UD hangs the copula clause's
		// dependents on the predicate)
		neg = !neg
	}
	if c.negIsCue {
		neg = false // "did not rule out": the negation is part of the cue
	}
	if c.needs["hostile-target"] && !lx.hostileArg(tr, i, c.targets, c.kind) {
		return nil
	}
	if c.kind == "verb" && strings.HasPrefix(c.code, "11") && lx.in("assertive", tr.lemma(i)) && tr.child(i, "ccomp") >= 0 && tr.child(i, "obj", "iobj") < 0 {
		// "Latvia claimed that Russia had violated the ceasefire", "alleged that …": a verb of
		// asserting over a that-clause states what its subject holds true (modality.txt
		// assertive, Hooper 1975), a statement the claims stage reports; the CAMEO ALLEGE
		// block's 110 "disapprove" is no stance toward the clause (class 24)
		return nil
	}
	if c.kind == "verb" && c.types.Asserted == graph.Cites && frame == "verb-adjunct" && tr.t[i].XPOS == "VBG" {
		if o := tr.child(i, "obj"); o >= 0 && !lx.citable(tr, o, 0) && !lx.splitCompoundHead(tr, i, o) {
			// ", citing a sprained ankle", ", citing bad weather": a participial adjunct of
			// citing whose object is a reason, not a source of information, gives the
			// subject's excuse, not evidence it invokes (issue 13 blind round 8 class 14)
			return nil
		}
		if h := tr.t[i].Head; h >= 0 && base(tr.rel(h)) == "ccomp" && i > 0 && tr.t[i-1].Form == "," {
			if g := tr.t[h].Head; g >= 0 && (lx.in("report", tr.lemma(g)) || lx.in("scope", tr.lemma(g))) {
				// "Sweden said Norway had expelled them, citing a leaked report": a supplementive
				// participle clause set off by a comma takes the subject of the superordinate
				// clause (Quirk et al. 1985, 15.59), the reporter, not the subject of the reported
				// clause the parser hangs it on (class 14)
				if s, _ := tr.verbSource(g, 0); s >= 0 {
					src = s
				}
			}
		}
	}
	if c.needs["intent"] && mode == Asserted {
		return nil
	}
	if c.kind == "noun" && sup >= 0 && mode == Future && c.types.Asserted == graph.Sanctions && lx.in("publish", tr.lemma(sup)) && frame != "noun-intended" {
		// "the government will detail additional curbs": the future is the publication's; the
		// measure announced is decided (modality.txt publish), a sanction, not a threat of one
		// (what is published under noun-intended is a plan for the measure, not the measure)
		mode = Asserted
	}
	if c.kind == "noun" && sup >= 0 && mode == Future && c.types.Asserted == graph.Sanctions && lx.in("continuation", tr.lemma(sup)) {
		// "Poland will keep its ban": keeping presupposes the measure in force (modality.txt
		// continuation; CAMEO 1241 "refuse to ease", an act, not CAMEO 132 "threaten with
		// administrative sanctions"): a sanction, not a threat of one
		mode = Asserted
	}
	typ := c.types.For(mode)
	code, plover := c.code, c.plover
	if (c.kind == "verb" || strings.HasPrefix(c.entry, "gerund/")) && (c.types.Asserted == graph.Sanctions || c.objNamed) && target >= 0 && content < 0 && lx.classedNoun(tr, target, "relation") {
		// "severed diplomatic ties with Venezuela", "the peace process with Colombia" (classedNoun), "suspended the dialogue with Kosovo": what
		// a reduction of relations is aimed at is the other party of the relation, the with-
		// phrase of the reciprocal noun (on the noun or, as the parser often hangs it, on the
		// verb); CAMEO 161 "reduce or break diplomatic relations" codes that party as target.
		// So does every act the dictionary codes by its verb–object pattern on a noun of
		// relations ("RE_ESTABLISH * RELATIONS" 050, "START * TALKS" 046, "REPAIR * TIES"
		// 050): the act is on the relationship, and its target is the partner ("resumed talks
		// with Ethiopia", "restored relations with Morocco")
		w := tr.argOf(target, "with")
		if w < 0 {
			w = tr.argOf(i, "with")
		}
		if w >= 0 {
			target = w
		}
	}
	if c.kind == "verb" && c.types.Asserted == graph.Sanctions && target >= 0 && content < 0 && lx.in("membership", tr.lemma(target)) {
		// "suspended Niger's membership over the coup": the member named by the genitive or
		// the of-phrase (modality.txt membership) is what the suspension is aimed at
		if m := memberOf(tr, target); m >= 0 {
			target = m
		}
	}
	if c.kind == "noun" && sup >= 0 && code == "" {
		// the support verb's dictionary pattern ("ISSUE * WARNING" 130) gives the noun its code
		if bp := lx.bestPattern(tr, sup, lx.verbEntries(tr, sup)); bp != nil && bp.types.Asserted == c.types.Asserted {
			code, plover = bp.code, bp.plover
		}
	}
	if code == "" && c.lineCode != "" && c.kind == "noun" && !strings.HasPrefix(c.entry, "nominal/") {
		// a hand noun class names its CAMEO code (cue-classes.txt, from the codebook line its
		// source cites) and the PLOVER category CAMEO2PLOVER-2021.txt gives it; the support
		// verb's pattern, more specific, wins above ("IMPOSE * RESTRICTIONS" 1721)
		code, plover = c.lineCode, c.linePlover
	}
	if c.kind == "noun" && c.types.Asserted == graph.Sanctions && lx.in("reversal", tr.lemma(i)) && (target >= 0 && tr.t[target].Head == i && lx.sanctionNoun(tr, target) || lx.measureCompound(tr, i) >= 0) {
		// "the suspension of sanctions", "a cutoff of tariffs": ending a measure is a concession
		// (CAMEO 085 ease economic sanctions), as the reversal verb is
		typ, code, plover, frame = graph.Offers, "085", "RETREAT", frame+"-reversal"
	} else if c.kind == "noun" && c.types.Asserted == graph.Sanctions && sup < 0 {
		if h := lx.reversalOver(tr, i); h >= 0 {
			// "lifted sanctions on Iran", "will lift sanctions": CAMEO 085 ease economic
			// sanctions (announced, 0354), a concession in every mode; the reversal verb's
			// subject and modality are the act's
			typ, code, plover, frame = graph.Offers, "085", "RETREAT", frame+"-reversal"
			if s := lx.actSource(tr, h); s >= 0 {
				src = s
			}
			mode, neg, hedged = lx.modality(tr, h)
			pred = h
			if target >= 0 && tr.caseOf(target) == "in" {
				// "lifted a curfew in Kano", "in three tourist areas": an in-phrase is a place
				// adjunct of the measure, where it held (Quirk et al. 1985, 9.15–9.17 on
				// prepositions of position), not a party eased towards (CAMEO 085 codes the actor
				// the measure hit): the lifted measure itself is what is conceded, as below
				target = -1
			}
			for _, p := range c.targets {
				if k := tr.argOf(h, p); target < 0 && content < 0 && k >= 0 && tr.t[k].UPOS == "PROPN" && tr.caseOf(k) != "in" {
					// "will lift the sanctions on Chile" with "on Chile" hung on the verb: the
					// noun's postmodifier the parser attached to the clause (a verb of ending
					// takes no on- or against-phrase of its own) names the party eased towards
					// (CAMEO 085); goods named so ("scrap the duties on soybeans") leave the
					// measure itself the target, below
					target = k
				}
			}
			if target < 0 && content < 0 {
				// "Chile will remove its countermeasures", "lifted the curfew": a measure
				// ended that names no one it was aimed at is itself what is conceded, as the
				// reversal verb's object is (verb-reversal below; PLOVER CONCEDE "ease
				// restrictions")
				target = i
			}
		}
	} else if c.kind == "noun" && sup < 0 {
		if h := tr.t[i].Head; h >= 0 && (tr.rel(i) == "obj" || tr.rel(i) == "nsubj:pass") && lx.reversalVerb(tr, h) {
			// a stance retracted: "dropped its objection to", "abandoned its demand for",
			// "withdrew its threat" back away from a position — PLOVER CONCEDE, CAMEO 08
			// "yield"; "withdrew its support", "withdrew the offer" end a support or offer, which
			// is then negated. The retracting verb's subject and modality are the act's
			switch typ {
			case graph.Opposes, graph.Demands, graph.Threatens:
				if typ == graph.Opposes && target < 0 && content < 0 {
					// "suspended its protests", "halted their strike": a protest given up that
					// names no one it was aimed at is itself what is conceded (PLOVER CONCEDE
					// "suspending protests"), as a lifted measure is ("lifted the curfew")
					target = i
				}
				typ, code, plover, frame = graph.Offers, "08", "CONCEDE", frame+"-reversal"
			default:
				frame = frame + "-reversal"
			}
			if s := lx.actSource(tr, h); s >= 0 {
				src = s
			}
			mode, neg, hedged = lx.modality(tr, h)
			if typ != graph.Offers || code != "08" {
				neg = !neg
			}
			pred = h
		}
	}
	if o := lx.patternObject(tr, i); c.kind == "verb" && lx.in("reversal", tr.lemma(i)) && typ != graph.Offers && o >= 0 && (lx.in("hostile", tr.lemma(o)) || lx.retaliatoryRelative(tr, o)) {
		// "will remove all of the retaliatory countermeasures": a verb that undoes a coercive
		// measure (its object's head in modality.txt hostile) eases it — CAMEO 081 "ease
		// administrative sanctions", as the dictionary's own "REMOVE * RESTRICTION" [081] codes
		// it — whatever its block's default for a person as object (REMOVE in DEPORT, 174); a
		// modifier alone does not make the measure ("cut military aid" cuts aid)
		typ, code, plover, frame = graph.Offers, "081", "CONCEDE", frame+"-reversal"
	}
	refusal, refused := "", ""
	declared := mode != Asserted && !lx.abilityModal(tr, pred) || neg && lx.willingnessAdj(tr, i, c.kind) // readiness.go
	if neg && lx.in("assent", tr.lemma(i)) && lx.abilityModal(tr, pred) {
		// "cannot accept the quotas", "could not endorse": a verbal act of assent needs only
		// its subject's will, so a negated modal of ability declines it (modality.txt assent)
		declared = true
	}
	if neg && lx.in("complementary", tr.lemma(i)) && pred == i && tr.simplePresent(i) {
		// "Serbia does not recognize Kosovo's independence", "Turkey does not accept the
		// ruling": a verb of assent in the simple present states its subject's present attitude
		// (the state present of stative uses, Quirk et al. 1985, 4.6; Huddleston & Pullum 2002,
		// ch. 3 §4.2.1), and the negation of a complementary (modality.txt complementary:
		// accept, recognize) asserts its opposite, a present rejection (PLOVER REJECT "all
		// rejections and refusals"), as a declared refusal is; "does not support" (contraries)
		// leaves a neutral position open, and a past "did not accept" reports an event not done:
		// both stay negated
		declared = true
	}
	if neg && declared && lx.in("desertion", tr.lemma(i)) {
		// "We will not abandon our partners", "will never desert the families": a declared
		// refusal to leave an associate or a cause behind (modality.txt desertion, Levin 1993,
		// 51.2) is a commitment to stand by them (Quirk et al. 1985, 10.64: the negation
		// scopes over the leaving), never an opposition; as the verb's own act it is negated,
		// and its reading as support is left to the words that say it
		return nil
	}
	if neg && declared && (typ == graph.Offers || typ == graph.Supports) && !lx.in("report", tr.lemma(i)) && !lx.in("ponder", tr.lemma(i)) {
		// (not for a verb of saying or of thinking aloud: "will not comment", "I will not
		// speculate about countermeasures" declines comment, CAMEO 011, and rejects nothing)
		// "will not sign", "would not meet their demands": a declared refusal is a rejection
		// (CAMEO 12 "reject", PLOVER REJECT "all rejections and refusals"), as "refuse to" is;
		// "did not sign" stays a negated report
		refused = code
		typ, neg, code, plover, refusal = graph.Opposes, false, "12", "REJECT", "-refusal"
	}
	if refusal != "" && strings.HasPrefix(refused, "08") && lx.easesOwnMeasure(tr, i, frame) {
		// "we will not lift our sanctions until …", "will not ease its restrictions": a
		// declared refusal to undo one's own measure keeps the measure — CAMEO 124 "decline to
		// yield" (1241/1244 "decline to ease administrative/economic sanctions"; the
		// dictionary's "MAINTAIN * SANCTIONS" [1244]) — and opposes no part of it
		// (yieldrefusal.go); refusing a concession that is no easing ("no intention to extend
		// the ceasefire") still rejects it
		code = "124"
		if target = lx.yieldRefusalTarget(tr, i, target); target < 0 {
			return nil
		}
		if content >= 0 && content != target {
			content = -1
		}
	}
	if typ == "" {
		return nil
	}
	if typ == graph.Threatens && c.kind == "verb" && content >= 0 && tr.rel(content) == "ccomp" && lx.in("unaccusative", tr.lemma(content)) && !lx.hostileArg(tr, i, c.targets, "verb") {
		// "scientists warned that the glacier could collapse", "the IMF warned that growth would
		// slow": a warning of an event without an agent is no threat — a threat announces an
		// act (PLOVER THREATEN "coercive or forceful warnings"), and an unaccusative verb's
		// subject does not act (Perlmutter 1978; CAMEO 012 "pessimistic comment")
		return nil
	}
	if typ == graph.Threatens && c.kind == "verb" && content >= 0 && tr.rel(content) == "ccomp" && lx.pastClause(tr, content) {
		// "warned that famine had been declared in two camps", "warned that prices rose": a
		// warning whose clause is in a past tense reports what has happened; a threat announces
		// an act to come (PLOVER THREATEN "coercive or forceful warnings" of what the source will
		// do; a commissive commits to a future act, Searle 1976), so this is a statement
		return nil
	}
	if typ == graph.Threatens && c.kind == "verb" && content >= 0 && tr.rel(content) == "ccomp" && lx.possibleEffect(tr, content) {
		// "warned that very large fines may deter investment": a warning that a thing (not an
		// actor's coercive measure) may bring about an effect foresees, it does not threaten —
		// CAMEO 012 "make pessimistic comment", as for warnings of events (above); a threat
		// announces what an agent will do ("warned that it will retaliate", "that sanctions
		// could follow")
		return nil
	}
	if c.types.Asserted == "" && typ == graph.Offers && target < 0 && content < 0 {
		// a cue that is a stance only when announced (meeting, visit, material cooperation:
		// CAMEO 036/031 "express intent to meet … to cooperate" with someone) names no
		// counterpart: a scheduled event ("the council will meet on Tuesday"), no offer
		return nil
	}
	if typ == graph.Demands && c.kind == "verb" {
		if q := tr.child(i, "ccomp"); q >= 0 && lx.interrogative(tr, q) || lx.inquiryUse(tr, i) {
			// "asked the spokesman whether Japan would …", "asked Trump about it": ask as a
			// question, not a request; a request takes a to-infinitive or for (Huddleston &
			// Pullum 2002, 11.5; CAMEO 02 "make an appeal or request"; inquiry.go)
			return nil
		}
		if x := tr.child(i, "xcomp"); x >= 0 && tr.lemma(x) == "know" && tr.caseOf(x) == "to" {
			if q := tr.child(x, "ccomp"); q >= 0 && lx.interrogative(tr, q) {
				// "demanded to know whether Russia would raise prices", "insisted on knowing
				// why": a verb of request over "know" and an interrogative clause asks a
				// question forcefully (OALD demand v. 2 "to ask a question very firmly": "I
				// demand to know what's going on"); the clause is what is asked, no act
				// required of anyone (Huddleston & Pullum 2002, 11.5), as with ask above
				return nil
			}
		}
	}
	if c.kind == "verb" && (strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")) && tr.object(i) < 0 {
		if x := tr.child(i, "xcomp"); x >= 0 && tr.caseOf(x) == "to" && tr.t[x].UPOS == "VERB" {
			// "was going to fight to invest at home", "battled to save the deal": a verb of
			// combat with a to-infinitive is the catenative "strive, struggle to do" (OED fight v.
			// "to strive, struggle, to do something"; Quirk et al. 1985, 16.38 catenatives), no
			// use of force (CAMEO 18-20)
			return nil
		}
	}
	if c.kind == "verb" && physicalRoot(code) && content >= 0 && content != i && tr.rel(content) == "ccomp" && tr.object(i) < 0 && tr.child(content, "nsubj", "nsubj:pass", "expl") >= 0 {
		// "it demonstrates that the principle is acknowledged", "this shows that …": a verb of a
		// physical act (protest, force, aid, meeting) with a content clause is used as a verb of
		// showing or saying — content clauses complement verbs of cognition and communication
		// (Huddleston & Pullum 2002, 11.3), not of physical acts — so the CAMEO act is not meant
		return nil
	}
	if (typ == graph.Supports || typ == graph.Offers) && c.kind == "verb" && lx.in("acknowledge", tr.lemma(i)) && content >= 0 && tr.rel(content) == "ccomp" && tr.object(i) < 0 && lx.propositional(tr, content) {
		// "they recognize that it is in China's interest", "agreed that the vote was fair", "we
		// recognize that China may not change": a verb of acknowledging over a declarative
		// content clause states a belief (modality.txt acknowledge; senses.go propositional),
		// not support of an actor or policy
		return nil
	}
	if typ == graph.Demands && c.kind == "verb" && content >= 0 && tr.rel(content) == "ccomp" && lx.assertive(tr, content) {
		// "insisted that the vote was fair": an indicative complement is asserted, not
		// demanded; a demand takes the mandative subjunctive or should ("insisted that it
		// withdraw", Quirk et al. 1985 on the mandative subjunctive)
		return nil
	}
	// the addressee of a warning (addressee.go roleTarget)
	target, content, argRule := tr.roleTarget(i, c.kind, target, content, typ)
	if typ == graph.Demands && target >= 0 && target != content && lx.in("necessity", tr.lemma(target)) {
		target = lx.neededThing(tr, target) // "stressed the need for a ceasefire" (resolution.go)
	}
	if typ == graph.Offers && c.kind == "verb" && target >= 0 && target != content {
		if p := lx.moneyPurpose(tr, i, target); p >= 0 {
			target = p // "pledged $15 million to rebuild schools" (money.go)
			if tr.t[p].UPOS == "VERB" {
				content = p
			}
		}
	}
	scope, outer := lx.scope(tr, pred, mode, src)
	m := Match{Cue: i, Kind: c.kind, Type: typ, Source: src, Target: target, Content: content,
		Mode: mode, Negated: neg, Hedged: hedged, Scope: scope, Outer: outer, Code: code, Plover: plover,
		Refused: refused, Rule: "frames:" + frame + refusal + tr.attemptSuffix(i) + ":" + c.entry + c.yield + lx.carriedSuffix(tr, c.kind, sup) + argRule}
	if code == "" && (c.kind != "noun" || strings.HasPrefix(c.entry, "nominal/")) {
		// a hand verb, adjective or preposition line's code, and a verb line's on the nominal
		// of its verb (addNominals), labels the relation only (Match.LineCode): the rules above
		// and the relations stage route on Code
		m.LineCode, m.LinePlover = c.lineCode, c.linePlover
	}
	var out []Match
	srcs := lx.sources(tr, i, src, frame)
	tgts := []int{-1}
	if target >= 0 {
		tgts = tr.conjuncts(target)
	}
	for _, s := range srcs {
		for _, t := range tgts {
			mm := m
			mm.Source, mm.Target = s, t
			if target == content && t != target && tr.t[t].UPOS == "VERB" && tr.caseOf(t) == "to" {
				// "threatened to veto the budget and to block the trade deal": a conjoined
				// to-infinitive with its own "to" is a content of its own (coordination of like
				// constituents, Quirk et al. 1985, 13.5), not a second name for the first act. A
				// bare verb after "and" may be a conjunct of anything ("proposed to cut … and
				// remove it"): left to the first act's name
				mm.Content = t
			}
			out = append(out, mm)
		}
	}
	return out
}
