package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Noun cues: who acts through a noun (possessor, national modifier, by- and from-phrases,
// support verb, complex preposition) and what its complements are.

// nounController returns the controller of verb v when v is a to-infinitive complementing a noun
// and has no subject of its own, -1 otherwise: the noun's addressee when it has one ("pressure on
// Bolivia to reject", "a call to Iran to …"), else its agent ("China's decision to expel …", "the
// move by Ankara to close …"), else, for the object of a light verb ("took action to impose",
// "made efforts to reach"), the light verb's subject (a support-verb construction, Mel'čuk's
// Oper1: the noun's first actant is the verb's subject). A gerund after "of" complementing the
// noun of intent (modality.txt intent) is controlled the same way ("has no intention of
// lifting"), and so is a gerund after another preposition (prepGerund: "its cooperation with
// Japan on revitalizing …"): a gerund-participial clause is the complement of the preposition, which
// complements the noun (Huddleston & Pullum 2002, ch. 14 §4 and ch. 5 §16), not a participle
// modifying the noun ("countries seeking to …", verbSource's attached reading). Other nouns' of-
// gerunds ("its vision of ensuring …", "a strategy of competing") describe a view or a way,
// no act announced, and are left as they were.
func (lx *Lexicon) nounController(tr *tree, v int) int {
	h := tr.t[v].Head
	if h < 0 || tr.rel(v) != "acl" || !(ofGerund(tr, v) && lx.in("intent", tr.lemma(h))) && !prepGerund(tr, v) && tr.caseOf(v) != "to" || tr.t[h].UPOS != "NOUN" {
		return -1
	}
	if tr.caseOf(v) == "to" && lx.appealAddressee(tr, h) {
		return -1 // "calls on A and B to agree to a ceasefire": the act wanted (appealaddressee.go)
	}
	for _, p := range []string{"on", "upon", "to"} {
		if a := tr.oblWith(h, p); a >= 0 && a < v && !tr.timeNoun(a) { // "on Friday" is a time adjunct, no addressee
			return a
		}
	}
	if lx.requestNoun(tr.lemma(h)) {
		// "calls by the EU to halt the offensive": a noun of request or demand takes object
		// control, as its verb does ("the EU called on Israel to halt": Israel halts; Quirk et
		// al. 1985, 16.63, 17.26 on the infinitive complement of a directive noun): its agent
		// asks, and with no addressee named the doer of the infinitive is left unsaid
		return -1
	}
	if s, _, _ := lx.nounSource(tr, h); s >= 0 {
		return s
	}
	if g := tr.t[h].Head; g >= 0 && tr.rel(h) == "obj" && (lx.in("light", tr.lemma(g)) || lx.enactedNoun(tr, h) && lx.in("oper1", tr.lemma(g))) {
		if s, _ := tr.verbSource(g, 0); s >= 0 {
			return s
		}
	}
	return tr.characterizedSubject(h) // "the EU must be a stronger partner in helping Ukraine …"
}

// actSource returns the acting argument of verb v: its source (verbSource), else, for an
// infinitive or of-gerund complementing a noun, the noun's controller ("has no plans to lift
// sanctions": the reversal verb's subject is China's through the support verb; nounController).
func (lx *Lexicon) actSource(tr *tree, v int) int {
	if s, _ := tr.verbSource(v, 0); s >= 0 {
		return s
	}
	return lx.nounController(tr, v)
}

// gerundPreps are the prepositions that take a gerund-participial clause as complement after an
// event noun ("cooperation on revitalizing shipbuilding", "a role in helping members", "support
// for expanding trade"): grammar machinery, a closed class.
var gerundPreps = map[string]bool{"on": true, "in": true, "about": true, "for": true, "toward": true, "towards": true}

// prepGerund reports a gerund (VBG) hung on a noun (acl) after one of gerundPreps: the clause is
// the complement of the preposition, which complements the noun (Huddleston & Pullum 2002, ch. 14
// §4), so the noun is no subject of it as it is of a participle modifying it ("countries seeking
// to …"); the covert subject is the noun's agent, as with an infinitive complement
// (nounController).
func prepGerund(tr *tree, v int) bool {
	h := tr.t[v].Head
	return tr.t[v].XPOS == "VBG" && tr.rel(v) == "acl" && h >= 0 && tr.t[h].UPOS == "NOUN" && gerundPreps[tr.caseOf(v)]
}

// ofGerund reports a gerund (VBG) marked by "of" ("no intention of lifting"): the complement
// of a preposition on the noun it hangs on, never a participle modifying that noun.
func ofGerund(tr *tree, v int) bool {
	return tr.t[v].XPOS == "VBG" && tr.caseOf(v) == "of"
}

// nounSource returns the source of noun cue n and its frame, and the support verb whose object n
// is (-1 when none).
func (lx *Lexicon) nounSource(tr *tree, n int) (int, string, int) {
	sup := -1
	if h := tr.t[n].Head; h >= 0 && (tr.rel(n) == "obj" || tr.rel(n) == "nsubj:pass") && lx.in("support", tr.lemma(h)) {
		sup = h
	} else if h >= 0 && (tr.rel(n) == "obj" || tr.rel(n) == "nsubj:pass") && (lx.in("light", tr.lemma(h)) || lx.in("command", tr.lemma(h))) && !lx.in("undergo", tr.lemma(h)) && lx.sanctionNoun(tr, n) {
		// "took countermeasures against Togo", "put a ban on": a light verb (modality.txt
		// light, Jespersen's) with a sanction noun is the noun's Oper1, its subject the one who
		// imposes the measure (Mel'čuk 1996: Oper1(countermeasure) = take); a verb of undergoing
		// ("got sanctions") is not. A verb of command (modality.txt command: "ordered a levy on
		// rice imports") imposes the measure it orders, its subject the one who imposes it
		sup = h
	} else if v := lx.orderedRise(tr, n); v >= 0 {
		sup = v // "ordered a 30 percent rise in duties on rice": the measure raised is imposed (orderedRise)
	} else if h >= 0 && tr.rel(n) == "obj" && lx.pledgedStance(tr, h) {
		sup = h // "pledged their support for Tunisia": the pledge is the noun's Oper1 (pledgedStance)
	} else if lx.emphasisObject(tr, n) && lx.emphasisNoun(tr.lemma(n)) {
		sup = h // "stressed the importance of keeping …" (significance.go)
	} else if h >= 0 && tr.rel(n) == "conj" {
		// "expressed deep concern and firm opposition to the plan": a noun conjoined to the
		// support verb's object is an object of the verb too (coordinated noun phrases share
		// their function in the clause, Quirk et al. 1985, 13.45–13.47)
		if g := tr.t[h].Head; g >= 0 && (tr.rel(h) == "obj" || tr.rel(h) == "nsubj:pass") && lx.in("support", tr.lemma(g)) {
			sup = g
		} else if o := tr.child(h, "obj"); tr.t[n].UPOS == "NOUN" && o >= 0 && o < n && lx.in("support", tr.lemma(h)) &&
			tr.child(n, "nsubj") < 0 && tr.child(n, "cop") < 0 {
			// "reaffirms its determination to counter sabotage, and its commitment to deter …"
			// with the second noun hung on the verb: a subjectless noun conjoined to a support
			// verb that has an object before it is that object's conjunct, the verb's object too
			sup = h
		}
	}
	if a := lx.amongHolder(tr, n); a >= 0 && sup < 0 {
		return a, "noun-among", sup // "the mayor's support among teachers" (among.go)
	}
	if a := lx.possessedFromAgent(tr, n); a >= 0 {
		return a, "noun-from-poss", sup // "the mayor's support from union leaders" (stanceholder.go)
	}
	// an agent noun names the agent itself ("one who supports", Quirk et al. 1985, App. I.29), so
	// its genitive is no subjective genitive ("Congress's most zealous advocate of X" is an
	// advocate in Congress, "the mayor's critics" criticize the mayor: 5.116, the genitive of a
	// noun that is no deverbal event noun names a relation, not the act's agent); the predicate
	// and appositive rules below find the one it names (modality.txt agent-noun)
	if p := tr.child(n, "nmod:poss"); p >= 0 && !lx.receivedFromAgent(tr, n) && !lx.in("agent-noun", tr.lemma(n)) {
		if lx.sanctionNoun(tr, n) {
			if tr.oblWith(n, "from") >= 0 && tr.oblWith(n, "of") < 0 {
				// "Mexico's expulsion from the bloc": a noun of removal with a from-phrase and no
				// of-phrase takes the one removed as its possessor (the possessor of a nominal
				// may be its theme, Grimshaw 1990, ch. 3; "the city's destruction"), so no agent
				// is named
				return -1, "noun-bare", sup
			}
		}
		if h := tr.t[n].Head; h >= 0 && tr.rel(n) == "obj" && lx.in("realize", tr.lemma(h)) && tr.t[p].UPOS != "PRON" {
			// "Switzerland adopted the EU's latest sanctions package", "Kenya enforced the UN's
			// arms embargo": a verb of carrying out a measure (Mel'čuk 1996, lexical function
			// Real1, "to realize") has for subject the one who applies it; the possessor names the
			// measure's author, not the act of this clause
			if s, _ := tr.verbSource(h, 0); s >= 0 && s != p {
				return s, "noun-support", h
			}
		}
		if sup >= 0 && tr.t[p].UPOS == "PRON" {
			// "the EU expressed its full support": a possessive pronoun on the support verb's
			// noun is bound by the verb's subject, which names the actor
			if s, _ := tr.verbSource(sup, 0); s >= 0 {
				return s, "noun-support", sup
			}
		}
		if s := lx.informerOfIntent(tr, n, p); s >= 0 {
			return s, "noun-informed", sup
		}
		if o := tr.judgedPossessor(n, p); o >= 0 {
			return o, "noun-judged", sup // "criticized the mayor over his call for tolls" (judged.go)
		}
		return p, "noun-poss", sup
	}
	if sup >= 0 {
		// "Ghana to keep Nigerian poultry ban", "Ottawa will impose the Russian oil ban": the
		// support verb's subject is the noun's first actant (Mel'čuk 1996, lexical functions
		// Oper1 and Cont1: the verb adds no meaning and its subject is the noun's agent), so a
		// national modifier names another participant, the goods' or the target's origin
		// (trial26, issue 14), as a possessor does under a verb of realizing (above)
		if s, _ := tr.verbSource(sup, 0); s >= 0 && tr.nationalModifier(lx, n) >= 0 && tr.nationalModifier(lx, n) != s {
			return s, "noun-support", sup
		}
	}
	if k := tr.nationalModifier(lx, n); k >= 0 && (!lx.in("agent-noun", tr.lemma(n)) || tr.ofRelatum(n)) {
		// (the name premodifier of an agent noun with no of-phrase is its object, not its
		// agent: "Sanders supporters", agentRelatum; with the object in the of-phrase it names
		// the holders' side, "GOP supporters of the bill", Quirk et al. 1985, 17.54)
		return k, "noun-national", sup
	}
	if a := lx.closeAppositionHolder(tr, n); a >= 0 {
		return a, "noun-close-appos", -1 // "Cruz endorser Ann Black" (stanceholder.go)
	}
	if k := lx.premodifierHolder(tr, n); k >= 0 && sup < 0 {
		// (with a support verb its subject is the agent: "the parents filed a wrongful death
		// lawsuit against …", the premodifier names the kind of act)
		return k, "noun-premodifier", sup // "voter opposition to the deal" (stanceholder.go)
	}
	if a := tr.oblWith(n, "by"); a >= 0 {
		return a, "noun-agent", sup
	}
	if a := tr.subjectByAgent(n); a >= 0 {
		return a, "noun-agent-subject", sup
	}
	if a := tr.oblWith(n, "between"); a >= 0 && lx.in("reciprocal", tr.lemma(n)) && tr.child(a, "conj") >= 0 && tr.nominal(a) {
		// "an agreement between Chile and Peru to reopen the border": the noun of a reciprocal
		// verb (Levin 1993, 36.1 correspond verbs: "Chile and Peru agreed" = "Chile agreed with
		// Peru") names its parties jointly in a between-phrase of coordinated nouns (Quirk et
		// al. 1985, 9.19: between with a coordinated complement); each conjunct acts, as
		// coordinated subjects do
		return a, "noun-between", sup
	}
	if tr.child(n, "cop") >= 0 && tr.caseOf(n) == "in" {
		// "Kenya is in favour of the plan", "is in support of": in + noun + of is a complex
		// preposition (Quirk et al. 1985, 9.10–9.11), used predicatively of the copula's subject
		if s := tr.subject(n); s >= 0 {
			return s, "noun-copula", -1
		}
	}
	if tr.child(n, "cop") >= 0 && lx.in("agent-noun", tr.lemma(n)) {
		// "Chile is a staunch supporter of the treaty", "has long been a critic of the plan": an
		// agent noun ("one who supports", Quirk et al. 1985, App. I.29) predicated of the
		// copula's subject says that the subject does the act (modality.txt agent-noun)
		if s := tr.subject(n); s >= 0 {
			if a, ok := tr.predicateAntecedent(n, s); ok {
				return a, "noun-predicate-relcl", -1 // "X, who is a critic of Y" (relcopula.go)
			}
			return s, "noun-predicate", -1
		}
	}
	if h := tr.t[n].Head; h >= 0 && tr.rel(n) == "appos" && lx.in("agent-noun", tr.lemma(n)) && tr.nominal(h) {
		// "Navalny, a fierce critic of the Kremlin, …": a nonrestrictive appositive is a
		// predication of its anchor (Quirk et al. 1985, 17.65–17.67: "X, a critic of Y" ≈ "X is
		// a critic of Y")
		return h, "noun-predicate", -1
	}
	if h := tr.t[n].Head; h >= 0 && base(tr.rel(n)) == "nmod" && tr.caseOf(n) == "of" && tr.child(h, "cop") >= 0 && lx.in("agent-noun", tr.lemma(n)) &&
		(tr.lemma(h) == "one" || lx.in("partitive", tr.lemma(h))) {
		// "Lithuania has been one of the staunchest supporters of Ukraine": in a partitive the
		// of-noun is the head of the meaning (Quirk et al. 1985, 5.7), predicated of the subject
		// as the agent noun itself is (above)
		if s := tr.subject(h); s >= 0 {
			return s, "noun-predicate", -1
		}
	}
	if v := lx.undergoVerb(tr, n); v >= 0 && lx.fromAgent(tr.lemma(n)) {
		// "the plan drew criticism from Germany", "faced opposition from France": the
		// from-phrase the parser hung on the verb of receiving or eliciting names the noun's agent
		a := tr.oblWith(n, "from")
		if a < 0 {
			a = tr.oblWith(v, "from")
		}
		if a < 0 {
			a = lx.receivedOfAgent(tr, n) // "won the backing of Jordan" (receivedof.go)
		}
		if a >= 0 && !tr.timeNoun(a) && tr.nominal(a) {
			return a, "noun-received", sup
		}
	}
	if a := tr.oblWith(n, "from"); a >= 0 && !tr.timeNoun(a) && lx.fromAgent(tr.lemma(n)) {
		return a, "noun-from", sup
	}
	if h := tr.t[n].Head; h >= 0 && tr.rel(n) == "nsubj" && tr.t[h].UPOS == "VERB" && lx.in("origin", tr.lemma(h)) && lx.fromAgent(tr.lemma(n)) {
		// "Criticism of the plan came from Germany", "Support for the rebels came from Iran":
		// the from-phrase of a verb of coming names the source of its subject (Quirk et al.
		// 1985, 9.31), and of a noun of saying or giving its agent, as "criticism from Germany"
		// (fromAgent; the nominalisation's agent, 17.51)
		if a := tr.oblWith(h, "from"); a >= 0 && !tr.timeNoun(a) && tr.nominal(a) {
			return a, "noun-origin", sup
		}
	}
	for _, k := range tr.kids[n] {
		// a reduced passive relative of a support verb: "the sanctions imposed by Washington"
		if tr.rel(k) == "acl" && tr.t[k].XPOS == "VBN" && lx.in("support", tr.lemma(k)) {
			a := tr.child(k, "obl:agent")
			if a < 0 {
				a = tr.oblWith(k, "by")
			}
			if a >= 0 {
				return a, "noun-support", k
			}
		}
	}
	if sup < 0 && tr.t[n].Head < 0 {
		// a cue noun heading a sentence whose passive verb the parser hung on it ("Sweeping
		// tariffs … were announced by the Commerce Department" read as a noun phrase): the verb
		// is the main verb and the noun its passive subject (predicateOfNominalRoot)
		for _, k := range tr.kids[n] {
			if tr.predicateOfNominalRoot(k) && tr.child(k, "aux:pass") >= 0 && lx.in("support", tr.lemma(k)) {
				sup = k
				break
			}
		}
	}
	if h := tr.t[n].Head; sup < 0 && h >= 0 && base(tr.rel(n)) == "obl" && tr.caseOf(n) == "in" && tr.t[h].UPOS == "VERB" {
		// "voted in support of the resolutions", "walked out in protest against the ruling":
		// in + stance noun + of/against is a complex preposition (Quirk et al. 1985, 9.10–9.11:
		// "in support of", "in favour of", "in protest against") saying how the verb's subject
		// acted, so that subject holds the stance; the verb's modality and scope are the noun's
		if s, _ := tr.verbSource(h, 0); s >= 0 {
			return s, "noun-adjunct", h
		}
	}
	if v := lx.instrumentVerb(tr, n); sup < 0 && v >= 0 {
		// "hit Beijing with tariffs", "struck back with sanctions": the cue noun is the means of
		// the verb of striking, the act its subject does (instrument.go); the verb carries the
		// modality ("will hit back with tariffs" threatens)
		if s, _ := tr.verbSource(v, 0); s >= 0 {
			return s, "noun-instrument", v
		}
	}
	if h := lx.intendingNoun(tr, n); sup < 0 && h >= 0 {
		// "announced plans for tariffs on steel", "Britain's plans for sanctions": the act a
		// noun of intent names in its for- or of-phrase is intended by whoever holds the
		// intent, the plan's own source (intent.go); the plan's support verb carries the
		// modality, made future (frame)
		if s, _, hs := lx.nounSource(tr, h); s >= 0 {
			return s, "noun-intended", hs
		}
	}
	if sup >= 0 {
		s, _ := tr.verbSource(sup, 0)
		if s < 0 {
			// "took action to impose restrictions": the support verb's own controller
			s = lx.nounController(tr, sup)
		}
		return s, "noun-support", sup
	}
	return -1, "noun-bare", sup
}

// fromAgent reports a noun cue whose from-phrase names its agent: a noun of saying, asking,
// judging or giving ("a demand from the union", "an offer from Tokyo", "criticism from Beijing",
// "support from Germany"), where from marks the source of what is said or given (Quirk et al.
// 1985, 9.31: from as source; 17.40 on postmodifying prepositional phrases), and a coercive
// measure (modality.txt hostile: "tariffs from Washington"). Not another sanction or a yielding
// act (CAMEO 08, 16, 17): "expulsion from the bloc", "withdrawal from the talks" — there from
// names what is left.
func (lx *Lexicon) fromAgent(l string) bool {
	for _, c := range lx.classes["noun "+l] {
		if c.types.Asserted == graph.Sanctions && lx.in("hostile", l) {
			return true // a measure comes from who imposes it ("sanctions from Washington")
		}
		if c.types.Asserted == "" || c.types.Asserted == graph.Sanctions {
			return false
		}
		for _, r := range []string{"08", "16", "17"} {
			if strings.HasPrefix(c.code, r) {
				return false
			}
		}
	}
	return len(lx.classes["noun "+l]) > 0
}

// measureCompound returns the compound modifier of noun n that names a sanction ("tariff" of
// "tariff exclusions"), -1 when none: the first part of a compound names what the head is about
// (Quirk et al. 1985, 17.108), so a reversal noun with it ends that measure.
func (lx *Lexicon) measureCompound(tr *tree, n int) int {
	for _, k := range tr.children(n, "compound") {
		if lx.sanctionNoun(tr, k) {
			return k
		}
	}
	return -1
}

// subjectByAgent returns the name in a by-phrase the parser hung on the active verb whose subject
// is noun cue n, when the phrase stands between n and that verb ("The criticism of Israel by
// Canada surprised diplomats"), else -1. English places no prepositional adjunct between a
// subject and its verb short of a parenthesis set off by commas (Quirk et al. 1985, 8.16–8.21:
// medial position is for adverbs; a PP there is marked and punctuated), so an unpunctuated
// by-phrase before the verb ends the subject noun phrase, and on an event noun it names the
// agent (Quirk et al. 1985, 17.51–17.54: "the destruction of the city by the enemy"). Only a
// proper name: "by then", "by contrast", "by the day" are adjuncts of time or manner; and only
// an active verb, whose own by-phrase could never be its agent.
func (tr *tree) subjectByAgent(n int) int {
	h := tr.t[n].Head
	if h < 0 || tr.rel(n) != "nsubj" || tr.t[h].UPOS != "VERB" || tr.passive(h) {
		return -1
	}
	a := tr.oblWith(h, "by")
	if a < 0 || a < n || a > h || tr.t[a].UPOS != "PROPN" || tr.timeNoun(a) {
		return -1
	}
	for k := n + 1; k < h; k++ {
		if tr.t[k].UPOS == "PUNCT" {
			return -1 // "The plan, by Canada's count, …": a parenthesis set off by commas
		}
	}
	return a
}

// ofOnAgentName returns the of-phrase the parser hung on the name in a noun cue's by- or
// from-phrase ("the condemnation by the African Union of the coup", "criticism from Beijing of
// the arms sale"): a proper name is unique and takes no restrictive postmodifier (Quirk et al.
// 1985, 5.63–5.65), so an of-phrase with a common noun after it is the cue noun's complement,
// the verb's object as of (Grimshaw 1990). -1 when there is none.
func (tr *tree) ofOnAgentName(n int) int { return tr.ppOnAgentName(n, "of") }

// ppOnAgentName is ofOnAgentName for the preposition prep: "calls by Russia for a ceasefire",
// "support from Iran for the rebels" (the for-phrase, as the of-phrase, is the noun's own
// complement, "call for", "support for"; the name before it takes no restrictive postmodifier).
func (tr *tree) ppOnAgentName(n int, prep string) int {
	for _, p := range []string{"by", "from"} {
		a := tr.oblWith(n, p)
		if a < 0 || tr.t[a].UPOS != "PROPN" {
			continue
		}
		for _, k := range tr.children(a, "nmod") {
			if k > a && tr.caseOf(k) == prep && tr.t[k].UPOS == "NOUN" {
				return k
			}
		}
	}
	return -1
}

// undergoVerb returns the verb whose object noun n is when that verb is one of receiving or
// eliciting (modality.txt class undergo: face, receive, draw, attract, provoke, spark …), else
// -1. The subject of such a verb is what the act its object names is aimed at: CAMEO.2.0.txt
// codes "FACE * CRITICISM" [:111], "RECEIVE * THREATS" [:130], "GET * SUPPORT (FROM)" [:051] as
// the object's act towards the subject (the ":B" half of a PETRARCH2 code), and WordNet 3.0
// glosses draw "elicit responses, such as objections, criticism, applause" ("The President's
// comments drew criticism from the press"). Issue 13, frames21.
func (lx *Lexicon) undergoVerb(tr *tree, n int) int {
	v := tr.t[n].Head
	if v < 0 || tr.t[v].UPOS != "VERB" || !lx.in("undergo", tr.lemma(v)) {
		return -1
	}
	if tr.rel(n) == "obj" || base(tr.rel(n)) == "obl" && tr.caseOf(n) == "under" && tr.lemma(v) == "come" {
		return v // "came under pressure from donors": CAMEO.2.0.txt "COME * (UNDER FIRE)" [:111]
	}
	return -1
}

// receivedFrom reports a noun cue n that is the object of a verb of receiving or eliciting
// (undergoVerb) with a subject, and whose from-phrase, on it or on the verb, names its agent
// (fromAgent): "Caracas received a stern warning from Bogota". The subject is then the one the act
// is addressed to (the noun-received frame makes it the target), which is what a class entry's
// "target" condition asks for ("a warning to Caracas"): CAMEO.2.0.txt codes "RECEIVE * THREATS"
// [:130] and "FACE * THREAT" [:130] as the threat made to the subject. A noun that says what it
// is of or about ("received a warning from the weather service about frost") is left to the
// entries that name those prepositions and their conditions (a warning of a danger is CAMEO 012).
func (lx *Lexicon) receivedFrom(tr *tree, n int) bool {
	s, v := lx.undergoer(tr, n)
	if s < 0 || !lx.fromAgent(tr.lemma(n)) {
		return false
	}
	a := tr.oblWith(n, "from")
	if a < 0 {
		a = tr.oblWith(v, "from")
	}
	if a < 0 || tr.timeNoun(a) || !tr.nominal(a) {
		return false
	}
	for _, p := range []string{"of", "about", "against"} {
		// on the noun, the verb, or the from-phrase, where the parser hangs a later phrase
		if tr.oblWith(n, p) >= 0 || tr.oblWith(v, p) >= 0 || tr.oblWith(a, p) >= 0 {
			return false
		}
	}
	return true
}

// undergoer returns the subject of the verb of receiving or eliciting whose object noun cue n
// is (undergoVerb): the target of n's act when n names none of its own ("drew criticism from
// Germany": the subject is criticised); -1 when none.
func (lx *Lexicon) undergoer(tr *tree, n int) (int, int) {
	v := lx.undergoVerb(tr, n)
	if v < 0 {
		return -1, -1
	}
	if tr.passive(v) {
		return -1, -1
	}
	// the verb's subject as any verb's is found: its nsubj, the antecedent of a relative
	// pronoun ("Japan, which faced criticism from China, …"), the main subject of a participle
	// clause ("The minister, facing criticism from unions, withdrew …", Quirk et al. 1985,
	// 15.58), a conjunct's first conjunct's
	if s, _ := tr.verbSource(v, 0); s >= 0 {
		return s, v
	}
	return -1, -1
}

// informerOfIntent returns the subject of the verb of informing (modality.txt class advise,
// Levin 1993, 37.9) in whose prepositional complement noun n of intent stands with possessive
// pronoun p: "The Administration notified Congress of its intent to start negotiations" — the
// informer announces its own intent (Quirk et al. 1985, 6.28), the pronoun is not the object's.
// The parser may hang the of-phrase on the object or on a date between ("notified Congress on
// October 16 of its intent"), so the head chain is climbed through nominal dependents. -1 when
// the noun is no such complement.
func (lx *Lexicon) informerOfIntent(tr *tree, n, p int) int {
	if tr.t[p].UPOS != "PRON" || !lx.in("intent", tr.lemma(n)) {
		return -1
	}
	switch tr.caseOf(n) {
	case "of", "about", "on":
	default:
		return -1
	}
	for k, steps := n, 0; steps < 3; steps++ {
		h := tr.t[k].Head
		if h < 0 {
			return -1
		}
		if r := base(tr.rel(k)); r != "obl" && r != "nmod" && r != "obj" {
			return -1
		}
		if tr.t[h].UPOS == "VERB" {
			if !lx.in("advise", tr.lemma(h)) {
				return -1
			}
			s, _ := tr.verbSource(h, 0)
			return s
		}
		k = h
	}
	return -1
}

// requestNoun reports a noun cue of cue-classes.txt whose line is a request or demand (DEMANDS:
// call, demand, request, appeal, pressure, order).
func (lx *Lexicon) requestNoun(l string) bool {
	for _, c := range lx.classes["noun "+l] {
		if c.types.Asserted == graph.Demands {
			return true
		}
	}
	return false
}

// nationalModifier returns the first national modifier of noun n (amod or compound): a proper
// noun, a demonym, or a capitalized adjective not opening the sentence (where every word is
// capitalized: "New restrictions were …"); -1 when there is none. A word the tagger calls a
// proper noun but written in lower case is none ("a stark warning"): English writes proper
// nouns with an initial capital (Quirk et al. 1985, 5.60; CGEL 5.20).
func (tr *tree) nationalModifier(lx *Lexicon, n int) int {
	for _, k := range tr.kids[n] {
		if r := tr.rel(k); (r == "amod" || r == "compound") && (tr.t[k].UPOS == "PROPN" && startsUpper(tr.t[k].Form) || lx.demonyms[tr.lower[k]] || k > 0 && startsUpper(tr.t[k].Form)) {
			return k
		}
	}
	return -1
}
