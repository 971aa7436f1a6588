package frames

import (
	"slices"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Mode is the reality status of a cue's act as the tree marks it.
type Mode int

const (
	// Asserted: reported as done or said ("imposed", "has refused", "opposes").
	Asserted Mode = iota
	// Future: announced or intended ("will meet", "plans to impose", "vowed to sue").
	Future
	// Conditional: hypothetical or under a condition ("would impose", "could sue", "will strike
	// if …").
	Conditional
)

func (m Mode) String() string { return [...]string{"asserted", "future", "conditional"}[m] }

// Scope says whose act a match is.
type Scope int

const (
	// Own: the act is asserted as the source's (possibly reported: "X said Y has refused").
	Own Scope = iota
	// Belief: the cue is in the complement of a belief, prediction or hope verb ("China believes
	// Trump will agree"): the outer subject's belief, not the embedded subject's act.
	Belief
	// Prediction: a future or conditional act of someone other than the speaker, under a verb of
	// saying ("Trump said China would agree"): the speaker's prediction.
	Prediction
	// Content: the cue is what another cue is about ("demanded that Iran withdraw", "urged X to
	// impose"): the outer cue's content, not an act.
	Content
	// Hypothesis: the cue is in an "if"/"unless" clause ("if China imposes tariffs, …").
	Hypothesis
	// Background: a past act dated by a year in a relative or when-clause ("the tariff that
	// Mexico imposed in 1998 was a mistake"): told as background, no current stance.
	Background
)

func (s Scope) String() string {
	return [...]string{"own", "belief", "prediction", "content", "hypothesis", "background"}[s]
}

// Match is one cue frame matched in a sentence. Token fields are indices into the sentence, -1
// when absent; an argument index is the head word of the phrase (Span gives the phrase).
type Match struct {
	Cue     int           // the predicate word (verb, noun or adjective)
	Kind    string        // "verb", "noun", "adj" or "prep"
	Type    graph.RelType // the relation type for the match's mode; never ""
	Source  int           // the acting argument, -1 when the tree gives none
	Target  int           // the argument acted on (object, addressee, measure's target), -1 when none
	Content int           // an infinitive or clause the cue governs ("to withdraw"), -1 when none
	Mode    Mode
	Negated bool // the cue is negated ("did not impose"); a cue that needs negation is not
	Hedged  bool // "may", "reportedly", "is expected to"
	Scope   Scope
	Outer   int    // the verb that scopes the match (Scope != Own), else -1
	Code    string // CAMEO code of the entry, "" for contract-sourced classes
	Plover  string // PLOVER category, "-" when PLOVER drops the code
	// Refused is the entry's own CAMEO code when a declared refusal made the match a rejection
	// (Code "12", Rule "-refusal": "will not trade …" refuses TRADE, 060), else "".
	Refused string
	// LineCode and LinePlover are the CAMEO code and PLOVER category a hand verb, adjective or
	// preposition line of cue-classes.txt names (its code column, from the CAMEO.2.0.txt entry
	// or codebook definition its source cites), for a match whose Code is empty. They label the
	// relation only (Event): no rule of the matcher or the relations stage reads them, so that
	// coding a line changes no relation. Code stays the dictionary's, which rules route on (an
	// OFFERS coded 04 or 06 needs a counterpart, a material base code an actor acted on): a hand
	// line coded in Code would be routed as a dictionary entry is ("resume purchases", coded 061
	// in Code, lost its relation for want of a counterpart).
	LineCode, LinePlover string
	// Rule names the frame and the dictionary entry: "frames:<frame>:<entry>", e.g.
	// "frames:verb-passive:cameo@8073" (CAMEO.2.0.txt line 8073) or
	// "frames:noun-poss:class/noun/refusal" (cue-classes.txt). Frames lists the frames;
	// "-reversal" is appended when a reversal verb turned a sanction into a concession or
	// retracted a stance ("dropped its objection"), "-refusal" when a negated future offer or
	// support became a rejection, "-attempt" when a verb of obtaining under an attempt was read
	// as seeking ("launched a bid to secure …", attempt.go).
	Rule string
}

// Event returns the CAMEO code and PLOVER category the relation of m carries: the dictionary's
// (Code, Plover), else the hand class line's (LineCode, LinePlover); "" when neither names one.
func (m Match) Event() (code, plover string) {
	if m.Code != "" {
		return m.Code, m.Plover
	}
	return m.LineCode, m.LinePlover
}

// Asserts reports whether the match states an act of its source: own scope, a source found,
// not negated.
func (m Match) Asserts() bool { return m.Scope == Own && m.Source >= 0 && !m.Negated }

// cand is a lexicon entry selected for a token.
type cand struct {
	kind     string
	types    Types
	code     string
	plover   string
	entry    string
	targets  []string // for classes; nil: the CAMEO default order
	prep     []string // prepositions of the matched pattern (CAMEO targets)
	needs    map[string]bool
	negIsCue bool
	synset   bool // a request synset's sense under object control (synsetRequest)
	objNamed bool // a CAMEO verb–object pattern naming the object's head ("SEPARATE * TIES")
	subjOnly bool // a CAMEO pattern whose only slot is the subject noun ("- CRITICS *" [111])
	// a hand class line's own code and PLOVER category (classCue.lineCode)
	lineCode, linePlover string
	// the suffix of a precedence rule that chose this candidate over a dictionary pattern
	// (PrecedenceRules: "+comment-yield"), appended to the match's rule
	yield string
}

// Match returns the cue frames in one parsed sentence, in token order. toks must form a tree
// (every Head in range or -1); tokens with bad heads are treated as roots.
func (lx *Lexicon) Match(toks []Token) []Match {
	tr := newTree(premodifiedObject(asWellAsConjunct(lx.agentConjunct(lx.particleBeforeObject(lx.thatAfterSupplement(toks)))))) // supplement.go, particle.go, agentconj.go, quasicoord.go, premodcoord.go
	tr.lx = lx
	lx.unitCompounds(tr) // unit.go
	lx.dictionaryLemmas(tr)
	lx.attemptedObtaining(tr) // attempt.go
	var out []Match
	for i := range toks {
		for _, c := range lx.cands(tr, i) {
			ms := lx.argumentStance(tr, lx.noPropertySeized(tr, lx.exclusionAgent(tr, lx.attributedAgentless(tr, lx.frame(tr, i, c))))) // attributor.go, exclusion.go, seizure.go, argstance.go
			if lx.reversedMeasureClause(tr, i) {
				ms = slices.DeleteFunc(ms, func(m Match) bool { return m.Type == graph.Sanctions || m.Type == graph.Threatens })
			}
			out = append(out, ms...)
			out = append(out, lx.unlessDemands(tr, ms)...)
			out = append(out, lx.conditionThreats(tr, ms)...) // condition.go
			out = append(out, lx.orFaceThreats(tr, ms)...)    // warning.go
		}
		if ob := lx.reportedObligation(tr, i); len(ob) > 0 {
			out = append(lx.warnedObligation(tr, i, out, ob), ob...) // obligation.go
			out = append(out, lx.orFaceThreats(tr, ob)...)           // "said X must V or face N"
		}
		out = append(lx.deadlineNoThreat(tr, out, i), lx.grantedTime(tr, i)...) // ultimatum.go
		out = append(out, lx.madeCondition(tr, i)...)                           // precondition.go
		out = append(out, lx.reportedWarning(tr, i)...)                         // warning.go
		out = append(out, lx.voicedWarning(tr, i)...)                           // warning_voiced.go
		out = append(out, lx.voicedObligation(tr, i)...)
		out = append(out, lx.extraposedObligation(tr, i)...) // obligation_noun.go
		out = append(out, lx.sympathyIdiom(tr, i)...)        // sympathy_idiom.go
		out = append(out, lx.disavowal(tr, i)...)            // disavowal.go
		out = append(out, lx.hopedAct(tr, i)...)             // hope.go
		out = append(out, lx.mandativeClause(tr, i)...)      // mandative.go
		out = append(out, lx.sponsoredText(tr, i)...)        // sponsor.go
	}
	out = append(out, lx.conditionalCoercion(tr, out)...)                                                 // coercion.go
	out = lx.cautionWarnings(tr, lx.selfConsequences(tr, out))                                            // condition.go, warning_caution.go
	return lx.oneReversal(tr, lx.onlyIfDemands(tr, lx.coerciveWarnings(tr, lx.penaltyWarnings(tr, out)))) // warning_penalty.go, warning_coercive.go, condition_only.go, reversalonce.go
}

// mainClause reports a clause that no other governs: the root, or a conjunct of a main clause
// ("…, and the Council must act").
func (tr *tree) mainClause(c int) bool {
	for depth := 0; depth < 8; depth++ {
		switch tr.rel(c) {
		case "root":
			return true
		case "conj":
			c = tr.t[c].Head
			if c < 0 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// unlessDemands returns, for each own threat among ms whose act is conditioned by an unless
// clause ("will strike unless the railway agrees to raise wages"), the demand that the clause
// states: unless is the negative condition, "if … not" (Quirk et al. 1985, 15.36), so the
// threatener names what the other party must do to avert the act — a coercive demand (PLOVER
// THREATEN "coercive or forceful warnings", CAMEO 10 "demand"). Source: the threat's source;
// target: the clause's active subject, who is to act (none: no demand); content: the clause. Rule "frames:<frame>-condition:
// modality/condition/unless".
func (lx *Lexicon) unlessDemands(tr *tree, ms []Match) []Match {
	var out []Match
	for _, m := range ms {
		// a verb of refusal with its infinitive ("refused to release the hostages unless Israel
		// ends the war", CAMEO 12 "reject", 123/124 refuse to yield) is the same refusal on a
		// condition as the negated commitment below
		code, _ := m.Event()
		refusal := m.Type == graph.Opposes && m.Kind == "verb" && strings.HasPrefix(code, "12") && m.Content >= 0 && tr.rel(m.Content) == "xcomp" && tr.t[m.Content].Head == m.Cue
		if m.Type != graph.Threatens && !strings.Contains(m.Rule, "-refusal") && !refusal || m.Scope != Own || m.Negated || m.Source < 0 {
			// a refusal on an unless condition ("would not withdraw its troops unless NATO
			// stops …") is the same demand: not V unless P = V only if P (Quirk et al. 1985,
			// 15.36), a conditional concession, which PLOVER codes as a demand (classes19)
			continue
		}
		u := lx.unlessClause(tr, m.Cue)
		if u < 0 && m.Content >= 0 {
			u = tr.child(m.Content, "advcl") // "threatened to strike unless …": on the act threatened
			if u >= 0 && tr.caseOf(u) != "unless" {
				u = -1
				for _, k := range tr.children(m.Content, "advcl") {
					if tr.caseOf(k) == "unless" {
						u = k
					}
				}
			}
		}
		if u < 0 {
			continue
		}
		a := tr.child(u, "nsubj")
		if a < 0 || tr.t[a].UPOS == "PRON" && tr.lemma(a) == tr.lemma(m.Source) {
			// "unless wages are raised": no one is named to act, so no one is demanded of (a
			// demand is addressed to the agent of the act demanded, CAMEO 10)
			continue
		}
		frame, _, _ := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":")
		out = append(out, Match{Cue: m.Cue, Kind: m.Kind, Type: graph.Demands, Source: m.Source,
			Target: a, Content: u, Mode: Asserted, Hedged: m.Hedged,
			Scope: Own, Outer: -1, Code: "10", Plover: "DEMAND", Rule: "frames:" + frame + "-condition:modality/condition/unless"})
	}
	return out
}

// unlessClause returns the unless clause (advcl marked unless) of predicate p or of the verbs it
// complements (an infinitive's governor, a noun's support verb: "threatened to strike unless",
// "issued a warning unless"), -1 when none.
func (lx *Lexicon) unlessClause(tr *tree, p int) int {
	for c, n := p, 0; c >= 0 && n < 4; n++ {
		for _, k := range tr.kids[c] {
			if base(tr.rel(k)) == "advcl" && tr.caseOf(k) == "unless" {
				return k
			}
		}
		switch r := base(tr.rel(c)); {
		case r == "xcomp", r == "obj", r == "advcl" && tr.caseOf(c) == "to":
			c = tr.t[c].Head
		default:
			return -1
		}
	}
	return -1
}

// perSource returns m once for each conjunct of the source src ("Chile and Peru said …": both
// speak; UD conj), or m alone when src is -1 (no source found).
func (tr *tree) perSource(m Match, src int) []Match {
	srcs := []int{src}
	if src >= 0 {
		srcs = tr.conjuncts(src)
	}
	out := make([]Match, 0, len(srcs))
	for _, s := range srcs {
		mm := m
		mm.Source = s
		out = append(out, mm)
	}
	return out
}

// hasCase reports an obl/nmod/advmod-like dependent of i whose case is prep.
func (tr *tree) oblWith(i int, prep string) int {
	for _, k := range tr.kids[i] {
		if b := base(tr.rel(k)); (b == "obl" || b == "nmod") && tr.caseOf(k) == prep {
			return k
		}
	}
	return -1
}

// dependentWord reports a non-subject dependent of i with lemma or form w ("free" of "set X
// free", a multi-word verb of the dictionary).
func (tr *tree) dependentWord(i int, w string) bool {
	for _, k := range tr.kids[i] {
		if r := base(tr.rel(k)); r != "nsubj" && r != "csubj" && (tr.lem[k] == w || tr.lower[k] == w) {
			return true
		}
	}
	return false
}

// sameWord compares a token's lemma and form with a dictionary word, allowing the dictionary's
// plural ("sanctions" against lemma "sanction").
func (tr *tree) sameWord(i int, w string) bool {
	l, f := tr.lem[i], tr.lower[i]
	if l == w || f == w || strings.Contains(w, "-") && tr.hyphenWord(i, w) {
		return true
	}
	if tr.lx != nil {
		// "revoked the licenses": the dictionary's "LICENCE" in the other spelling (spellVariant)
		if v := tr.lx.spellVariant(l); v != "" && (v == w || v+"s" == w) {
			return true
		}
	}
	for _, suf := range []string{"s", "es"} {
		if strings.TrimSuffix(w, suf) == l && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasSuffix(w, "ies") && strings.TrimSuffix(w, "ies")+"y" == l
}

func (tr *tree) anyWord(i int, ws []string) bool {
	for _, w := range ws {
		if tr.sameWord(i, w) {
			return true
		}
	}
	return false
}

// passive reports a passive verb (nsubj:pass or aux:pass dependent), unless byMeansActive.
func (tr *tree) passive(i int) bool {
	if tr.byMeansActive(i) {
		return false
	}
	if tr.child(i, "nsubj:pass", "aux:pass", "csubj:pass") >= 0 {
		return true
	}
	// "The request was rejected on Monday by the party" with "was" read as a copula: UD gives a
	// copula only to non-verbal predicates, so be + a past participle verb is the passive auxiliary
	// (Quirk et al. 1985, 3.63: the be-passive), when a by-phrase names the agent
	if c := tr.child(i, "cop"); c >= 0 && tr.lemma(c) == "be" && tr.t[i].UPOS == "VERB" && (tr.t[i].XPOS == "VBN" || tr.t[i].XPOS == "VBD") && tr.byAgent(i) >= 0 {
		return true
	}
	return tr.conjPassive(i) >= 0 || tr.participlePatient(i) >= 0 || tr.retainedObjectPassive(i)
}

// byMeansActive reports verb i read as a passive only because of a by + -ing clause: an
// nsubj:pass with no passive auxiliary (be or get, Quirk et al. 1985, 3.63), no by-phrase naming
// an agent, and an advcl -ing clause marked "by" ("Moscow retaliated by expelling ten
// diplomats"). A by + -ing clause is an adjunct of means, never the passive's agent, which is a
// noun phrase (Quirk 3.63, 3.64); the clause is active and its nsubj:pass is its subject.
func (tr *tree) byMeansActive(i int) bool {
	if tr.child(i, "nsubj:pass") < 0 || tr.child(i, "aux:pass", "cop", "obl:agent") >= 0 || tr.oblWith(i, "by") >= 0 {
		return false
	}
	for _, k := range tr.kids[i] {
		if tr.rel(k) == "advcl" && tr.t[k].XPOS == "VBG" && tr.caseOf(k) == "by" {
			return true
		}
	}
	return false
}

// byAgent returns the by-phrase that names the agent of passive verb i: its obl:agent, an obl
// with case by, or a by-phrase the parser hung on a phrase of time of the verb ("rejected on
// Monday by the ruling party": a noun of time takes no by-phrase of its own), one hung on the
// noun chain of its complement (phraseAgent), one inside its non-finite complement
// (complementAgent), or one hung on a complement's noun that takes none of its own
// (complementNounAgent); -1 when none.
func (tr *tree) byAgent(i int) int {
	if a := tr.child(i, "obl:agent"); a >= 0 {
		return a
	}
	if a := tr.oblWith(i, "by"); a >= 0 {
		return a
	}
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) == "obl" && tr.timeNoun(k) {
			for _, a := range tr.kids[k] {
				if base(tr.rel(a)) == "nmod" && tr.caseOf(a) == "by" && !tr.timeNoun(a) {
					return a
				}
			}
		}
	}
	if a := tr.phraseAgent(i); a >= 0 {
		return a
	}
	if a := tr.complementAgent(i, 0); a >= 0 {
		return a
	}
	return tr.complementNounAgent(i)
}

// object returns the object of verb i: obj, or the passive subject.
// postposedObject returns the object of a verb of the judge-as class (modality.txt) placed after
// its as-complement ("dismissed as baseless reports that Cuba had …", "described as illegal the
// tariffs on …"), which the parser reads as one "as" phrase: a noun marked "as" that carries an
// adjective modifier, on a verb with no object of its own. A heavy object moves to the end of its
// clause, after the complement (end-weight: Quirk et al. 1985, 18.36, 18.39), and "as" takes the
// complement, adjective or noun phrase (16.47), so the adjective is the complement and the noun
// heads the object. Returns -1 when i has no such object.
func (tr *tree) postposedObject(i int) int {
	if tr.lx == nil || !tr.lx.in("judge-as", tr.lemma(i)) || tr.child(i, "obj") >= 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) != "obl" || tr.t[k].UPOS != "NOUN" || tr.caseOf(k) != "as" {
			continue
		}
		for _, a := range tr.kids[k] {
			if tr.rel(a) == "amod" && tr.t[a].UPOS == "ADJ" && a < k {
				return k
			}
		}
	}
	return -1
}

func (tr *tree) object(i int) int {
	if tr.passive(i) {
		if h := tr.conjPassive(i); h >= 0 {
			return tr.child(h, "nsubj:pass") // "was praised by Egypt but rejected by Ethiopia"
		}
		if p := tr.participlePatient(i); p >= 0 {
			return p // "the plan criticised by Germany", "Hungary, condemned by the EU, …"
		}
		if h := tr.t[i].Head; tr.rel(i) == "conj" && h >= 0 && h < i && tr.child(i, "nsubj:pass", "nsubj") < 0 && tr.child(i, "aux:pass") >= 0 {
			// "The draft decision circulated last year and was challenged by …": a passive
			// conjunct without a subject of its own shares the first conjunct's (subject
			// ellipsis in coordinated predicates, Quirk et al. 1985, 13.46–13.52), its patient
			if s := tr.child(h, "nsubj", "nsubj:pass"); s >= 0 {
				return s
			}
		}
		if s := tr.child(i, "nsubj:pass"); s >= 0 || tr.child(i, "cop") < 0 {
			return s
		}
		return tr.child(i, "nsubj") // the copula-read passive: its nsubj is the patient
	}
	if o := tr.child(i, "obj"); o >= 0 && !tr.complementizerThat(i, o) {
		return o
	}
	if o := tr.postposedObject(i); o >= 0 {
		return o // "dismissed as baseless reports that …"
	}
	if o := tr.shiftedObject(i); o >= 0 {
		return o // "condemn in the strongest terms the attack on …" (shifted.go)
	}
	// a reduced passive relative: "the curfew imposed in Sudan" — the noun is the object
	if tr.rel(i) == "acl" && tr.t[i].XPOS == "VBN" && !tr.finite(i) && tr.t[i].Head >= 0 && !tr.predicateOfNominalRoot(i) {
		return tr.t[i].Head
	}
	return -1
}

// cands selects the lexicon entries for token i.
func (lx *Lexicon) cands(tr *tree, i int) []cand {
	t := tr.t[i]
	l := tr.lemma(i)
	switch t.UPOS {
	case "VERB":
		if (tr.child(i, "cop") >= 0 || tr.child(i, "aux:pass") >= 0 || lx.adjectivalIng(tr, i) || tr.linkedParticiple(i)) && (tr.child(i, "obl:agent") < 0 && tr.oblWith(i, "by") < 0 || affectParticiple(tr, i)) {
			// an adjectival passive ("is opposed to", "is prepared to", "is committed to"), or the
			// same participle complementing a linking verb ("remains committed to"): a state of
			// the subject, not an act done to it; taken as the adjective when one is listed
			if cs := lx.classCands(tr, "adj", tr.lower[i], i); len(cs) > 0 {
				return cs
			}
		}
		if lx.in("implicative", l) && tr.object(i) < 0 {
			// "failed to back", "the talks failed": a negative implicative says whether its
			// complement happened (Karttunen 1971) and is no act of its own, whatever the
			// dictionary gives the bare verb (FAIL [120]); with an object it is an ordinary
			// verb ("stopped aid to", CAMEO 162)
			return nil
		}
		if lx.in("scope", l) && tr.child(i, "ccomp", "xcomp") >= 0 {
			// "Japan expects Korea to reject …", "hopes Iran will withdraw": a belief, prediction
			// or hope about a clause is the claims stage's, not an act (the scope rule),
			// whatever code the dictionary gives the verb alone (EXPECT [030], HOPE [020])
			return nil
		}
		if c, ok := lx.verbCand(tr, i); ok {
			return []cand{c}
		}
	case "NOUN", "PROPN", "PRON":
		if tr.child(i, "cop") >= 0 {
			// a predicative prepositional phrase: "X is against the plan"
			if cs := lx.classCands(tr, "prep", tr.caseOf(i), i); len(cs) > 0 {
				return cs
			}
		}
		if t.UPOS != "NOUN" {
			return nil
		}
		if tr.classifier(i) {
			return nil
		}
		cs := lx.classCands(tr, "noun", l, i)
		if len(cs) == 0 && len(lx.classes["noun "+l]) == 0 {
			if c, ok := lx.gerundCand(tr, i); ok {
				return []cand{c} // "the severing of ties" (gerund.go)
			}
		}
		if len(cs) > 1 {
			// entries that differ by their conditions: the one that holds ("a warning to X", "a
			// warning of sanctions")
			if pick := lx.pickClass(tr, i, cs); pick != nil {
				return []cand{*pick}
			}
			return nil
		}
		return cs
	case "ADJ":
		if tr.nominal(i) && !tr.classifier(i) {
			// only a nominal takes a possessor (UD nmod:poss attaches to nouns): "Vietnam's
			// refusal" tagged ADJ is the noun, the tagger's error
			if cs := lx.classCands(tr, "noun", l, i); len(cs) > 0 {
				return cs
			}
		}
		cs := lx.classCands(tr, "adj", l, i)
		if len(cs) == 0 {
			cs = lx.classCands(tr, "adj", tr.lower[i], i)
		}
		return cs
	}
	return nil
}

// classifier reports a noun that modifies another noun as the first part of a compound ("the
// sanctions committee", "support staff", "a protest march", "Threat Intelligence Ltd"): in a
// noun–noun compound the modifier classifies the head and refers to no act (Quirk et al. 1985,
// 17.108 ff.; Huddleston & Pullum 2002, 5.14.3), so it is no cue. UD labels it compound; the
// parser sometimes labels a noun in that place amod.
func (tr *tree) classifier(i int) bool {
	r := tr.rel(i)
	return r == "compound" || (r == "amod" && tr.t[i].UPOS == "NOUN")
}

// classCands returns the class entries of kind for lemma l (particle checked for verbs).
func (lx *Lexicon) classCands(tr *tree, kind, l string, i int) []cand {
	var out []cand
	for _, c := range lx.classes[kind+" "+l] {
		if kind == "verb" && c.particle != tr.particle(i) {
			continue
		}
		if c.objects != nil {
			if o := tr.object(i); o < 0 || !tr.anyWord(o, c.objects) && !tr.anyWord(lx.goodsHead(tr, o), c.objects) {
				continue
			}
		}
		if o := tr.object(i); c.oclass != "" && !lx.goodsIn(tr, lx.goodsHead(tr, o), c.oclass) && (c.xverbs == nil || o >= 0 || !lx.goodsIn(tr, tr.child(i, "iobj"), c.oclass)) {
			// (with an infinitive, the parser's iobj is the object: "told the envoy to leave")
			continue // "delivered tanks", "shipped 200 tonnes of rifles": the goods named by the line's class
		}
		if c.xverbs != nil {
			if x := tr.infinitiveVerb(i); x < 0 || !tr.anyWord(x, c.xverbs) {
				continue // "told the envoy to leave", not "to explain the remarks"
			}
		}
		if o, a := tr.object(i), tr.nounAddressee(i); c.with != nil && !tr.anyOblOf(i, c.with) && (o < 0 || !tr.anyOblOf(o, c.with) || tr.stanceNounComplement(o, c.with)) && (a < 0 || !tr.anyOblOf(a, c.with)) {
			continue // "suspended Mali from the bloc": the line holds only with its preposition
		}
		preps := c.targets
		if c.with != nil {
			preps = c.with // "warned Kosovo of consequences": the object is the target
		}
		if c.pclass != "" && !lx.prepObjectIn(tr, i, preps, c.pclass) {
			continue // "relied on the report", not "relied on imports"
		}
		if c.needs["intransitive"] && tr.child(i, "obj", "iobj") >= 0 {
			continue // "referred you to the Vietnamese side" sends, it does not cite
		}
		if c.needs["no-infinitive"] && (tr.objectInfinitive(i) || kind == "noun" && tr.infinitiveComplement(i)) {
			continue // "authorized the police to search": object + to-infinitive is permission (Quirk 16.63); "a duty to preserve records" (infinitivecomplement.go)
		}
		o := tr.object(i)
		named := o >= 0 && !tr.timeNoun(o) && (tr.t[o].UPOS == "PROPN" || o > 0 && startsUpper(tr.t[o].Form) || lx.memberBody(tr, o))
		if c.needs["named-object"] && !named || c.needs["nonthing-object"] && !lx.nonThingObject(tr, o, named) { // verbalattack.go
			continue // "suspended Guinea", a named party; "suspended flights" is the dictionary's
		}
		if c.needs["foreign-object"] && o >= 0 && tr.ownPossessed(o) {
			continue // "summoned its ambassador home": its own diplomat, no protest
		}
		if c.needs["unnamed-object"] && named {
			continue // "authorised Belize": an actor empowered, the dictionary's ALLOW; "authorised the purchase" approves
		}
		if o, a := tr.object(i), tr.nounAddressee(i); c.without != nil && (tr.anyOblOf(i, c.without) || o >= 0 && tr.anyOblOf(o, c.without) || a >= 0 && tr.anyOblOf(a, c.without)) {
			// on the verb, or on its object where the parser often hangs it ("warned drivers
			// of icy roads"), as pattern prepositions are sought; on a noun cue's addressee
			// likewise ("a warning to farmers of frost")
			continue
		}
		if c.needs["conditioned"] && !lx.conditioned(tr, i) {
			continue // "warned of consequences for growth" predicts; "… if X enters" threatens
		}
		if c.needs["plural"] && tr.t[i].XPOS != "NNS" {
			continue // "took control of the port": the mass noun, no measure (cue-classes.txt plural)
		}
		if c.needs["bare"] && tr.appealComplement(i, c.targets) {
			continue // "called on Argentina to reopen the pass" appeals; "call on the leadership" visits
		}
		if c.needs["infinitive"] && !tr.addressedInfinitive(i, c.targets) {
			continue // "Kenya's call on the issue" is a decision, not an appeal to the issue
		}
		if c.needs["target"] || c.needs["complement"] {
			// the entry holds only with one of its own targets in the tree ("warned Iran",
			// "agreed to resume talks"); otherwise the dictionary's default applies. A noun
			// received from someone stands in for its addressee ("received a warning from
			// Bogota", receivedFrom) unless the line needs its complement: a noun whose cue
			// sense is its complementation ("a call for talks") names with none another sense
			// ("received a telephone call from Lima", cue-classes.txt complement)
			sup := -1
			if kind == "noun" {
				_, _, sup = lx.nounSource(tr, i)
			}
			if t, ct := tr.targetOf(i, cand{targets: c.targets}, kind, sup); t < 0 && ct < 0 && (c.needs["complement"] || !(kind == "noun" && lx.receivedFrom(tr, i))) {
				continue
			}
		}
		if c.needs["gerund"] && tr.gerundComplement(i) < 0 || c.needs["emphasis"] && !lx.emphasisObject(tr, i) {
			continue // "the importance of the lake", "questioned the importance of" (significance.go)
		}
		if c.needs["factual"] && lx.modalContent(tr, i) {
			continue // "agreed that they should cooperate" commits to an act (factual.go)
		}
		if c.needs["ground"] && tr.forGround(i) < 0 {
			continue // "blasted the rock for hours": a for-phrase of time is no ground (forGround)
		}
		if c.needs["named-target"] && !lx.namedTarget(tr, i, c, kind) || c.needs["party-target"] && !lx.partyTarget(tr, i, c, kind) {
			continue // "its fight against Israel" / "turned on him"; "the fight against corruption" (partytarget.go)
		}
		entry := "class/" + kind + "/" + l + particleSuffix(c.particle)
		if c.derived {
			entry = "nominal/" + l
		}
		out = append(out, cand{kind: kind, types: c.types, entry: entry, code: c.code, plover: c.plover,
			targets: c.targets, needs: c.needs, negIsCue: c.needs["negated"], lineCode: c.lineCode, linePlover: c.linePlover, yield: loaderCondition(c.needs)}) // verbalattack.go
	}
	return out
}

// nounAddressee is the to-phrase of noun cue i ("a warning to Baku"), -1 for a verb or a noun
// without one: the parser hangs a second prepositional phrase of the noun on the nearest noun
// before it ("a warning to farmers [of frost]"), as it hangs a verb's on the verb's object, so
// the with/without/pobject conditions seek it there too.
func (tr *tree) nounAddressee(i int) int {
	if tr.t[i].UPOS != "NOUN" {
		return -1
	}
	return tr.argOf(i, "to")
}

// prepObjectIn reports whether the noun of one of the target prepositions of cue i (its
// prepositional object, Quirk et al. 1985, 16.5) is a word of modality.txt class. The group is
// sought on the verb, then on its object, where the parser often hangs it ("warned the rebels of
// reprisals"), as the without and pattern prepositions are sought.
func (lx *Lexicon) prepObjectIn(tr *tree, i int, preps []string, class string) bool {
	o := tr.object(i)
	if tr.t[i].UPOS == "NOUN" && tr.rel(i) == "obj" {
		// a noun cue's phrase hung on the verb whose object it is ("imposed a freeze on the
		// assets"), as targetOf seeks it on the support verb
		o = tr.t[i].Head
	}
	for _, p := range preps {
		k := tr.argOf(i, p)
		if k < 0 && o >= 0 {
			k = tr.argOf(o, p)
		}
		if a := tr.nounAddressee(i); k < 0 && a >= 0 {
			k = tr.argOf(a, p) // "a warning to Baku of consequences" (nounAddressee)
		}
		if k < 0 && tr.t[i].UPOS == "VERB" {
			k = tr.particleArg(i, p) // "pulled out of the talks": particle and preposition as one (particleArg)
		}
		if k >= 0 && lx.classedNoun(tr, k, class) && !(class == "hostile" && tr.otherAgent(k)) && !(class == "repercussion" && tr.argOf(k, "of") >= 0) {
			return true
		}
	}
	return false
}

// classedNoun reports a noun of the modality.txt class, or, for the class hostile, a general
// noun of acting (modality.txt act) whose premodifier is ("military action", "military
// operations": the classifying adjective names
// the coercive kind, Quirk et al. 1985, 17.104 on classifying premodifiers; CAMEO 138 "threaten
// with military force"), as hostileArg reads the whole phrase.
func (lx *Lexicon) classedNoun(tr *tree, k int, class string) bool {
	if lx.in(class, tr.lemma(k)) || lx.titledName(tr, k, class) { // "U.S. envoy David Hale" (titledname.go)
		return true
	}
	if lx.in(class+"-head", tr.lemma(k)) {
		// a general head counted only with a classifying premodifier of the class ("entity
		// list", "sanctions list": modality.txt sanction-list-head and -modifier; Quirk et al.
		// 1985, 17.104); "the list of speakers" is none
		for _, m := range tr.kids[k] {
			if r := tr.rel(m); (r == "amod" || r == "compound") && m < k && (lx.in(class+"-modifier", tr.lemma(m)) || lx.in(class+"-modifier", strings.ToLower(tr.t[m].Form))) {
				return true
			}
		}
	}
	if class != "hostile" || !lx.in("act", tr.lemma(k)) {
		return false // "warned farmers of military traffic": traffic is no act
	}
	for _, m := range tr.kids[k] {
		if r := tr.rel(m); (r == "amod" || r == "compound") && m < k && lx.in(class, tr.lemma(m)) {
			return true
		}
	}
	return false
}

// (A repercussion with an of-phrase names the effects of a cause, "the consequences of climate
// change", no repercussion the warner will bring.)
//
// otherAgent reports a noun of a coercive measure whose doer is named in it, by a by- or
// from-phrase or a possessor other than a pronoun ("an attack by the rebels", "al-Shabaab's
// attacks"): a warning of it warns of a danger from a third party (CAMEO 012 pessimistic
// comment), no measure the warner threatens.
func (tr *tree) otherAgent(k int) bool {
	for _, d := range tr.kids[k] {
		switch r := tr.rel(d); {
		case base(r) == "nmod" && (tr.caseOf(d) == "by" || tr.caseOf(d) == "from"):
			return true
		case r == "nmod:poss" && tr.t[d].UPOS != "PRON":
			return true
		}
	}
	return false
}

func particleSuffix(p string) string {
	if p == "" {
		return ""
	}
	return "_" + p
}

// verbCand picks the entry of verb i: the most specific dictionary pattern of its blocks, else
// a class entry for the lemma (and particle), else the dictionary's verb default. A matched
// pattern with no type ("RELEASE * STATEMENT", a statement) means no cue: no fallback.
func (lx *Lexicon) verbCand(tr *tree, i int) (res cand, found bool) {
	comment := false // the comment pattern yielded to the verb's disapproval (comment.go)
	defer func() {
		if comment && found {
			res.yield = "+comment-yield"
		}
	}()
	l := tr.lemma(i)
	if tr.blameCopula(i) || tr.objectlessBlame(i) {
		return cand{}, false // "X was to blame for Y": X is blamed, not blaming (blame.go)
	}
	if lx.raisingUse(tr, i) {
		return cand{}, false // "money tends to flow": a raising verb (senses.go)
	}
	if lx.in("semimodal", l) && tr.child(i, "xcomp") >= 0 && tr.child(i, "obj", "iobj") < 0 {
		return cand{}, false // "they need to continue": a modal of necessity (modality.txt semimodal)
	}
	if lx.in("semimodal", l) && tr.object(i) >= 0 && tr.child(i, "xcomp", "ccomp") < 0 && !tr.hasToAdjunct(i) && !tr.firstPersonSubject(i) {
		// "the company, which needs American chips": need with a nominal object and no
		// infinitive states what its subject requires (OED need v. "to require (something)
		// because it is essential"), a state, not an act of demanding addressed to anyone
		// (CAMEO 10 / PLOVER DEMAND: "demands and orders", acts of communication). Said of
		// the speaker ("we need help now") it is an indirect request, the speaker stating a
		// want of its own (Searle 1975, "Indirect speech acts"), and keeps the dictionary's
		// NEED [100]; so does "needs Turkey to act"
		return cand{}, false
	}
	if x := tr.child(i, "xcomp"); lx.ownDefence(tr, i) || lx.in("intent", l) && x >= 0 && lx.ownDefence(tr, x) || lx.ownEvacuation(tr, i) {
		return cand{}, false // "would protect its territorial integrity", "sent a plane to bring its citizens home" (ownstake.go)
	}
	verbs := lx.verbEntries(tr, i)
	bp := lx.bestPattern(tr, i, verbs)
	if len(verbs) == 0 {
		if plain, p := lx.unlistedParticle(tr, i); p != nil {
			verbs, bp = plain, p // "cut off aid": CUT * AID (unlistedParticle)
		}
	}
	var xc []cand
	for _, c := range lx.classCands(tr, "verb", l, i) {
		if c.needs["xcomp"] {
			xc = append(xc, c)
		}
	}
	if pick := lx.pickClass(tr, i, xc); pick != nil {
		// a class entry that names the object and its to-infinitive ("ordered the envoy to
		// leave": an expulsion, cue-classes.txt xcomp:) is more specific than a dictionary
		// pattern on the object alone ("- * ENVOY" [042]) and than the directive reading of
		// object + to-infinitive (Quirk et al. 1985, 16.63; PETRARCH2 prefers the longer match)
		return *pick, true
	}
	if bp != nil && prepositionOnly(bp) && tr.transitiveUse(i) && typedDefault(verbs, bp.types) {
		bp = nil // "pressed China on human rights" is not "press on" (prepositionOnly)
	}
	if bp != nil && prepositionOnly(bp) && tr.transitiveUse(i) {
		// a pattern of the prepositional use says nothing of the verb with a direct object
		// (prepositionOnly); a class entry naming that object does ("withdrew its monitors
		// from Ukraine" is the class's 1662, not "RETREAT * (FROM)" 0874)
		var named []cand
		for _, c := range lx.classCands(tr, "verb", l, i) {
			if c.needs["object"] {
				named = append(named, c)
			}
		}
		if pick := lx.pickClass(tr, i, named); pick != nil {
			return *pick, true
		}
	}
	if bp != nil && prepositionOnly(bp) {
		// a class entry that names the preposition's noun ("withdrew from the talks", class
		// relation) is more specific than a pattern naming the bare preposition ("RETREAT *
		// (FROM)" [0874], forces withdrawn from a place): PETRARCH2 prefers the longer match,
		// as patternScore counts a slot's named noun
		var named []cand
		for _, c := range lx.classCands(tr, "verb", l, i) {
			if c.needs["pobject"] || c.needs["bare"] {
				// (a bare addressee, cue-classes.txt bare: the visit sense of "call on", which
				// the dictionary's bare-preposition pattern codes as the appeal)
				named = append(named, c)
			}
		}
		if pick := lx.pickClass(tr, i, named); pick != nil {
			return *pick, true
		}
	}
	if bp != nil && titleClaim(tr, i, bp) {
		bp = nil // "rejected Tokyo's claim to the islands": a demand rejected (titleClaim)
	}
	if bp != nil && lx.rejectedStatement(tr, i, bp) {
		bp = nil // "rejected the accusations": another's statement rejected (rejectedStatement)
	}
	if c, ok := lx.inviteCand(tr, i, verbs); ok {
		return c, true // "invited the rebels to return to talks": intent to meet (invite.go)
	}
	if c, ok := lx.directiveCand(tr, i, verbs, bp); ok {
		return c, true // "told Manila to withdraw": a directive (directive.go)
	}
	if c, ok := lx.purposeTrip(tr, i, verbs, bp); ok {
		return c, true // "will visit Senegal to mediate": the purpose is the intent (visit.go)
	}
	if lx.commentPattern(verbs, bp) {
		bp, comment = nil, true // "condemned the terrorist attack": the verb's disapproval (comment.go)
	}
	if bp != nil {
		if r := lx.requestPattern(bp); r != nil {
			bp = r // "called for an inquiry": the request, not the act requested (directive.go)
		}
		if bp.types == (Types{}) {
			return cand{}, false
		}
		if strings.HasPrefix(bp.code, "08") && lx.othersDissent(tr, lx.patternObject(tr, i)) {
			return cand{}, false // "suspended the dockers' strike": another's protest ended (yield.go)
		}
		if lx.gerundAct(tr, i, bp) {
			return cand{}, false // "joined Britain in condemning the coup" (gerundAct)
		}
		if lx.attemptAct(tr, i, bp) {
			return cand{}, false // "launched a bid to revive talks" (attempt.go)
		}
		if lx.intendedAct(tr, i, bp) {
			return cand{}, false // "announced plans for tariffs": the act planned (intent.go)
		}
		if o := tr.child(i, "obj"); o >= 0 && bp.types.Asserted == graph.Offers && tr.t[o].UPOS == "NOUN" && lx.in("commitment", tr.lemma(o)) && lx.committedOpposition(tr, o) {
			return cand{}, false // "reaffirms its determination to counter sabotage" (invite.go opposingAct)
		}
		if lx.nounCarries(tr, i, bp.types) {
			// "issued a warning to", "voiced opposition to", "imposed sanctions on": the
			// dictionary's pattern names a support verb with a cue noun of the same type; the
			// noun's frame (noun-support) is the act, with the noun's own targets and
			// conditions, and takes the pattern's code (Mel'čuk's Oper1: the verb adds no
			// meaning of its own)
			return cand{}, false
		}
		var preps []string
		for _, s := range bp.preps {
			preps = append(preps, s.prep)
		}
		types, code, plover := bp.types, bp.code, bp.plover
		if def := approvalDefault(verbs, bp, lx.approval); def != nil && !(lx.in("commitment", l) && strings.HasPrefix(bp.code, "0") && slices.Contains(preps, "to")) {
			// (a verb of commitment with "to", "agreed to a ceasefire", commits its subject to
			// the cooperative act the pattern codes, PLOVER AGREE "agree to, offer, promise":
			// no approval of another's act; "agreed with Peru" keeps the approval)
			types, code, plover = def.types, def.code, def.plover
		}
		if def := protestDefault(verbs, bp); def != nil {
			types, code, plover = def.types, def.code, def.plover // "protested the arrest of" (protest.go)
		}
		if def := requestDefault(verbs, bp); def != nil {
			types, code, plover = def.types, def.code, def.plover
		}
		if def := lx.protestDefault(verbs, bp, l); def != nil {
			types, code, plover = def.types, def.code, def.plover
		}
		if r := lx.rallyPattern(bp); r != nil {
			types, code, plover = r.types, r.code, r.plover
		}
		return cand{kind: "verb", types: types, code: code, plover: plover,
			entry: "cameo@" + strconv.Itoa(bp.line), prep: preps, objNamed: len(bp.object) > 0,
			subjOnly: bp.subject != nil && bp.object == nil && len(bp.preps) == 0 && bp.particle == ""}, true
	}
	if cs := lx.classCands(tr, "verb", l, i); len(cs) > 0 {
		// several entries for one verb differ by their conditions: the one whose conditions hold,
		// the most specific first
		if pick := lx.pickClass(tr, i, cs); pick != nil {
			if lx.nounCarries(tr, i, pick.types) {
				return cand{}, false // "imposed sanctions on Iran": the noun's frame is the act (as for a pattern)
			}
			return *pick, true
		}
		return cand{}, false
	}
	if c, ok := lx.dissentYield(tr, i); ok && lx.reversalVerb(tr, i) {
		return c, true // "called off the demonstration": CAMEO 082, not CALL_OFF's [160] (yield.go)
	}
	if lx.in("light", l) && !compoundEntry(tr, i, verbs) {
		return cand{}, false // "took several steps": a light verb's meaning is its object's (particle.go compoundEntry)
	}
	var def *verbCue
	for k := range verbs {
		if verbs[k].types != (Types{}) {
			def = &verbs[k]
			break
		}
	}
	if def == nil {
		return lx.yieldCand(tr, i) // "will suspend the countermeasures" (yield.go)
	}
	if c, ok := lx.synsetRequest(tr, i, def); ok {
		return c, true // "wants Germany to pay": the DEMAND synset's sense (directive.go)
	}
	if lx.in("volition", l) {
		// "sought his decision", "wanted to note", "expects sales to grow": a verb of wanting,
		// intending or expecting states its subject's aim (modality.txt volition); CAMEO's 030
		// "express intent to cooperate" holds only over an intended act that is a cue itself,
		// which is matched there (the intent rule), or through a pattern naming the object
		return cand{}, false
	}
	if lx.in("support", l) && evaluative(def.types) && !lx.cueObject(tr, i) {
		// "expressed interest", "unveiled a plan": a support verb's stance is its noun's (Oper1,
		// Mel'čuk 1996: the verb adds no meaning of its own); the verb's bare evaluative default
		// (EXPRESS [110], UNVEIL 050) holds only through a pattern naming the object
		return cand{}, false
	}
	if lx.cueObject(tr, i) && !lx.in("opaque", l) && (lx.in("support", l) || !evaluative(def.types)) {
		// the object is itself a cue noun ("faced sanctions", "expressed support"): the verb's
		// bare default does not know how the two combine; only a pattern naming the object or
		// a class entry does, and the noun is a cue of its own. A verb of evaluation or request
		// takes any position as its object ("welcomed the proposal", "condemned the
		// sanctions", "demanded an apology"; CAMEO 05, 10, 11, 12 code the stance towards the
		// object whatever it is), unless it is a support verb of the noun; an intensional verb
		// (class opaque) takes its object as what it asks for, not had ("sought support": the
		// noun is the verb's content, see scope), so its own entry stands too
		return cand{}, false
	}
	if lx.in("afford", l) && lx.statePresent(tr, i) {
		return cand{}, false // "the US offers the biggest market": a state, no offer made (statePresent)
	}
	// the entry's own preposition names its target first ("+SIDE_WITH": "sided with China on the
	// issue" sides with China; a prepositional verb's object is its preposition's, Quirk et al.
	// 1985, 16.5)
	var preps []string
	for _, w := range def.extra {
		if w != tr.particle(i) {
			preps = append(preps, w)
		}
	}
	return cand{kind: "verb", types: def.types, code: def.code, plover: def.plover,
		entry: "cameo@" + strconv.Itoa(def.line), prep: preps}, true
}

// gerundAct reports a pattern of verb i whose prepositional slot names a gerund ("JOIN * (IN
// CONDEMNING)" [111], "(IN CALLING)" [020]) filled in the tree by an -ing verb that is a cue of
// its own. The pattern codes the gerund's act; that act is matched on the gerund, whose implied
// subject is the verb's (a prepositional gerund, Quirk et al. 1985, 16.69), with its own target.
// The verb's object is no target of it: in "joined Britain in condemning the coup" Britain is a
// co-agent, not what is condemned. So the verb yields no cue of its own.
func (lx *Lexicon) gerundAct(tr *tree, i int, bp *patternCue) bool {
	for _, s := range bp.preps {
		if s.noun == nil {
			continue
		}
		k := tr.argOf(i, s.prep)
		if k < 0 || tr.t[k].XPOS != "VBG" || tr.t[k].UPOS != "VERB" || !tr.anyWord(k, s.noun) {
			continue
		}
		if c, ok := lx.verbCand(tr, k); ok && c.types != (Types{}) {
			return true
		}
	}
	return false
}

// forGround returns the for-phrase of verb i (or of its object, where the parser often hangs
// it) that gives the ground of a criticism, -1 when none: a gerund ("slammed the cabinet for
// raising fuel prices") or a noun that is no time noun ("for the delays", not "for hours";
// Quirk et al. 1985, 9.58 on for of cause and reason vs. 8.60 of duration).
func (tr *tree) forGround(i int) int {
	k := tr.argOf(i, "for")
	if o := tr.object(i); k < 0 && o >= 0 {
		k = tr.argOf(o, "for")
	}
	if k < 0 || tr.timeNoun(k) || tr.t[k].UPOS == "PRON" {
		return -1
	}
	return k
}
