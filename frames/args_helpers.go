package frames

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/graph"
)

// Argument helpers of the frame matcher: noun complements, assertion and effect tests, ability
// modals, relative clauses, clause shapes (nominal, indicative, finite), the requested matter,
// sanction nouns, same-root and verbal-act codes, demanded infinitives and hostile arguments
// (moved from args.go unchanged).

// nounComplement returns the prepositional complement of noun n, the object of verb v: an
// obl/nmod on n, or on v right after n, whose preposition introduces what a stance is about (at,
// over, about, with, against, to, toward(s), on, for, of; behind, "in support of", OED behind
// prep. 7, the preposition of CAMEO.2.0.txt's own "THREW * WEIGHT (BEHIND)" [051]: "threw its
// weight behind the candidacy"); -1 when none or a phrase of time.
func (tr *tree) nounComplement(n, v int) int {
	preps := []string{"at", "over", "about", "with", "against", "to", "toward", "towards", "on", "for", "of", "behind"}
	for _, h := range []int{n, v} {
		for _, k := range tr.kids[h] {
			if b := base(tr.rel(k)); (b == "obl" || b == "nmod") && k > n && !tr.timeNoun(k) {
				c := tr.caseOf(k)
				for _, p := range preps {
					if c == p {
						return k
					}
				}
			}
		}
	}
	return -1
}

// assertive reports a content clause that states rather than requires: indicative (past or
// third-person present), or with a modal of future, condition or epistemic possibility ("insisted
// it would not accept the ruling", "will", "may"), and no modal of obligation. A mandative clause, what a demand takes, has
// the subjunctive or putative should (Quirk et al. 1985, 16.32); a will/would clause predicts.
func (lx *Lexicon) assertive(tr *tree, c int) bool {
	if lx.deontic(tr, c) >= 0 {
		return false
	}
	if tr.indicative(c) {
		return true
	}
	for _, k := range tr.kids[c] {
		// an epistemic modal ("suggest the rebels may have crossed"; hedge, Hyland 1998) states a
		// possibility, never the mandative's required act (Quirk et al. 1985, 4.53, 16.32)
		if base(tr.rel(k)) == "aux" && (lx.in("future", tr.lemma(k)) || lx.in("conditional", tr.lemma(k)) || lx.in("hedge", tr.lemma(k)) && tr.t[k].XPOS == "MD") {
			return true
		}
	}
	return false
}

// pastClause reports a clause c in a past tense with no modal: its verb a simple past (VBD), or
// a perfect or passive whose first auxiliary is a past form ("had been declared", "was
// imposed"), and no auxiliary of the future, conditional or hedge classes ("would", "could").
func (lx *Lexicon) pastClause(tr *tree, c int) bool {
	past := tr.t[c].XPOS == "VBD"
	for _, k := range tr.kids[c] {
		if base(tr.rel(k)) != "aux" {
			continue
		}
		l := tr.lemma(k)
		if lx.in("future", l) || lx.in("conditional", l) || lx.in("hedge", l) || tr.t[k].UPOS == "AUX" && tr.t[k].XPOS == "MD" {
			return false
		}
		past = past || tr.t[k].XPOS == "VBD" && k < c
	}
	return past
}

// possibleEffect reports a clause that states a possible effect of a thing: a hedge modal
// (may, might, could), a common-noun subject that names no coercive measure (modality.txt
// hostile), and a predicate that is no cue of its own.
func (lx *Lexicon) possibleEffect(tr *tree, c int) bool {
	modal := false
	for _, k := range tr.kids[c] {
		modal = modal || base(tr.rel(k)) == "aux" && lx.in("hedge", tr.lemma(k))
	}
	s := tr.child(c, "nsubj")
	return modal && s >= 0 && tr.t[s].UPOS == "NOUN" && !lx.in("hostile", tr.lemma(s)) && !lx.isCue(tr, c)
}

// physicalRoot reports a CAMEO code whose root names a physical or material act rather than a
// verbal one (CAMEO codebook: 04 consult, 06 material cooperation, 07 aid, 08 yield, 09
// investigate, 14 protest, 15 force posture, 16 reduce relations, 17 coerce, 18 assault, 19 fight,
// 20 mass violence; 01–03, 05 and 10–13 are verbal: statements, appeals, intents, approval,
// demands, disapproval, rejection, threats).
func physicalRoot(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "04", "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// abilityModal reports a modal of ability or possibility (modality.txt ability: can, could) on
// predicate p, or on the first conjunct whose auxiliaries p shares: negated, it states inability
// ("chipmakers couldn't expand their capacity"), not a refusal, which negated will and would
// express (Quirk et al. 1985, 4.52–4.55).
func (lx *Lexicon) abilityModal(tr *tree, p int) bool {
	kids := tr.kids[p]
	if h := tr.t[p].Head; tr.rel(p) == "conj" && h >= 0 && tr.child(p, "aux") < 0 {
		kids = append(kids[:len(kids):len(kids)], tr.kids[h]...)
	}
	for _, k := range kids {
		if base(tr.rel(k)) == "aux" && lx.in("ability", tr.lemma(k)) {
			return true
		}
	}
	return false
}

// outsideRelative returns, for a noun h that a verb at i hangs on, the noun modified by the
// non-restrictive relative clause h lies in when a comma closes that clause before i ("The
// Kenya Chamber of Industry, which represents about 900 manufacturers, supported …": the
// Chamber supported, not the manufacturers). A non-restrictive relative clause is set off by
// commas on both sides (Quirk et al. 1985, 17.22), so what follows the closing comma continues
// the clause of the noun it modifies. h itself otherwise.
func (tr *tree) outsideRelative(h, i int) int {
	for n, c := 0, h; n < 8 && c >= 0; n++ {
		p := tr.t[c].Head
		if p < 0 {
			break
		}
		if tr.rel(c) == "acl:relcl" {
			// c heads the relative clause on p: it must open with a comma and close before i
			if c > 0 && p < c {
				for k := p + 1; k < c; k++ {
					if tr.t[k].Form == "," {
						if i > 0 && tr.t[i-1].Form == "," {
							return p
						}
						break
					}
				}
			}
			break
		}
		c = p
	}
	return h
}

// conditionAgent returns the agent of a conditional clause (an advcl whose mark is of the class
// condition: if, unless) of verb i — its active subject, or, when the clause is passive, the
// agent its by-phrase names ("if sanctions are imposed by the EU": the EU imposes them; Quirk et
// al. 1985, 3.63–3.64: the passive's agent is the active's subject) — when it is a noun or name
// and not the cue's own source; -1 otherwise. An agentless passive ("if a trade war is waged
// against us", "if attacked") names no agent: its subject is the act's patient or the act
// itself, never the party whose act brings the response on (PLOVER THREATEN: the threat is
// addressed to the one whose act would trigger it); so does an unaccusative or bare aspectual
// one ("if prices rise", "if the fighting continues").
func (lx *Lexicon) conditionAgent(tr *tree, i, src int) int {
	for _, a := range tr.kids[i] {
		if r := base(tr.rel(a)); r != "advcl" && r != "ccomp" || !lx.in("condition", tr.caseOf(a)) {
			continue // (an if-clause parsed as ccomp: see frame)
		}
		if concessiveCondition(tr, a) {
			continue // "will retaliate even if Seoul lowers its tariffs": the act does not hang on it
		}
		s := tr.child(a, "nsubj")
		if s < 0 && tr.passive(a) {
			if s = tr.byAgent(a); s >= 0 && !tr.nominal(s) {
				s = -1
			}
		}
		if s < 0 || s == src || tr.t[s].UPOS == "PRON" {
			continue
		}
		if (lx.in("unaccusative", tr.lemma(a)) || lx.in("aspect", tr.lemma(a))) && tr.child(a, "obj", "xcomp", "ccomp") < 0 {
			// "if prices rise", "if violence continues": the subject of an unaccusative verb
			// undergoes the change (modality.txt unaccusative), and that of an aspectual one with
			// no complement is the event going on (Quirk et al. 1985, 16.49: "continue" has the
			// infinitive's subject, or none); neither acts
			continue
		}
		return s
	}
	return -1
}

// nominal reports a word that heads a noun phrase: a noun or pronoun, or a word the tagger
// called an adjective that takes a determiner or possessor ("a top U.S. official", "Vietnam's
// refusal"): only nominals take them (UD det, nmod:poss).
func (tr *tree) nominal(h int) bool {
	if h < 0 || h >= len(tr.t) {
		return false
	}
	switch tr.t[h].UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	case "ADJ":
		return tr.child(h, "det", "nmod:poss") >= 0
	}
	return false
}

// indicative reports a clause whose verb (or auxiliary) is in the past or third-person present
// tense (VBD, VBZ), which a mandative subjunctive never is. A VBZ tag on a form without the -s
// inflection, or equal to its lemma ("demanded that Congress pass the bill"), is the tagger's
// error on the base form:
// every English third-person singular present ends in -s (Quirk et al. 1985, 3.5), and a base
// form after a singular subject is the mandative subjunctive (Quirk 3.58, 16.32). Likewise a VBD
// tag on a form equal to its lemma ("demanded that the Council designate the RSF", "that Guyana
// halt") is the base form: a regular past ends in -ed, an irregular one differs from the base
// ("came", "froze"), except the verbs whose past is their base (Quirk 3.16: bet, cast, cut, hit,
// let, put, read, set, shed, spread, …; modality.txt class invariable). Without the lexicon, any
// such verb ending in -t or -d is taken as a possible past.
func (tr *tree) indicative(c int) bool {
	tensed := func(k int) bool {
		switch tr.t[k].XPOS {
		case "VBD":
			f, l := tr.lower[k], strings.ToLower(tr.lemma(k))
			if f != l {
				return true
			}
			if tr.lx != nil {
				return tr.lx.in("invariable", l)
			}
			return strings.HasSuffix(f, "t") || strings.HasSuffix(f, "d")
		case "VBZ":
			return strings.HasSuffix(tr.lower[k], "s") && tr.lower[k] != strings.ToLower(tr.lemma(k))
		}
		return false
	}
	if tensed(c) {
		return true
	}
	for _, k := range tr.kids[c] {
		if r := base(tr.rel(k)); (r == "aux" || r == "cop") && tensed(k) {
			return true
		}
	}
	return false
}

// cueObject reports a verb whose object is a cue noun ("aims to tighten sanctions").
func (lx *Lexicon) cueObject(tr *tree, v int) bool {
	o := tr.object(v)
	if o < 0 || tr.t[o].UPOS != "NOUN" || len(lx.classes["noun "+tr.lemma(o)]) == 0 {
		return false
	}
	// a noun that is a cue only against a named party (cue-classes.txt measure, named-target)
	// is none without one: "pledged tough measures", "will remove measures it took" keep the
	// verb's own reading
	return !lx.partyOnlyNoun(tr.lemma(o)) || len(lx.classCands(tr, "noun", tr.lemma(o), o)) > 0
}

// partyOnlyNoun reports a noun all of whose cue-classes.txt lines need a named target.
func (lx *Lexicon) partyOnlyNoun(l string) bool {
	cs := lx.classes["noun "+l]
	for _, c := range cs {
		if !c.needs["named-target"] {
			return false
		}
	}
	return len(cs) > 0
}

// finite reports a finite verb: a past or present tense tag (VBD, VBZ, VBP), or a participle
// with a tense auxiliary ("has promised").
// simplePresent reports verb i in the simple present: tagged VBZ/VBP, or a base form with
// do-support in the present ("does not accept"), and no other auxiliary (no perfect,
// progressive, modal or past).
func (tr *tree) simplePresent(i int) bool {
	present := tr.t[i].XPOS == "VBZ" || tr.t[i].XPOS == "VBP"
	for _, k := range tr.kids[i] {
		if base(tr.rel(k)) != "aux" {
			continue
		}
		if tr.lemma(k) != "do" || tr.t[k].XPOS != "VBZ" && tr.t[k].XPOS != "VBP" || tr.t[i].XPOS != "VB" {
			return false
		}
		present = true
	}
	return present
}

func (tr *tree) finite(i int) bool {
	switch tr.t[i].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for _, k := range tr.kids[i] {
		if tr.rel(k) == "aux" && tr.t[k].UPOS == "AUX" {
			return true
		}
	}
	return false
}

// predicateOfNominalRoot reports a verb attached (acl, parataxis) to a noun that heads the whole
// sentence (the root, or an appos/flat of it) without a copula: such a sentence has no other
// predicate, so the verb is its main verb whatever its tag ("Nigerian authorities jailed 52
// members …" read as a noun phrase with a participle; VBD/VBN is the tagger's commonest verb
// confusion).
func (tr *tree) predicateOfNominalRoot(i int) bool {
	h := tr.t[i].Head
	if h < 0 || h > i {
		return false
	}
	if r := tr.rel(i); r != "acl" && r != "parataxis" {
		return false
	}
	if !tr.nominal(h) || tr.t[h].UPOS == "PRON" {
		return false
	}
	root := h
	if r := tr.rel(h); (r == "appos" || r == "flat") && tr.t[h].Head >= 0 {
		root = tr.t[h].Head
	}
	if tr.t[root].Head >= 0 || tr.child(root, "cop") >= 0 {
		return false
	}
	for k := range tr.t {
		if k != i && tr.t[k].UPOS == "VERB" && (tr.t[k].Head == root || tr.t[k].Head == h) && tr.rel(k) != "acl" && tr.rel(k) != "acl:relcl" && tr.rel(k) != "amod" {
			return false // another verb already predicates the noun (a participle modifying it does not)
		}
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// alternativeController returns the source of a subjectless non-finite clause i (a gerund or
// infinitive) marked as the alternative not taken ("rather than undermining our alliances",
// "instead of imposing sanctions"; modality.txt class alternative): the subject of the nearest
// clause above it that has one, whatever noun the parser hung the clause on. "X rather than Y"
// contrasts two like constituents (Huddleston & Pullum 2002, ch. 15, on rather than and instead
// of as markers of a rejected alternative), so a non-finite Y shares X's understood subject, as
// a subjectless adverbial clause takes the subject of its matrix clause (Quirk et al. 1985,
// 15.58-15.60: "We should talk rather than fight"). The clause is negated by modality
// (alternativeClause); this only keeps its source from being the noun it hangs on. -1 when i is
// no such clause or no clause above has a source.
func (tr *tree) alternativeController(i, depth int) int {
	if tr.lx == nil || tr.finite(i) || tr.subject(i) >= 0 || tr.t[i].UPOS != "VERB" {
		return -1
	}
	if r := base(tr.rel(i)); (r != "advcl" && r != "acl" && r != "obl" && r != "nmod") || !tr.lx.in("alternative", tr.caseOf(i)) {
		return -1
	}
	for g, n := tr.t[i].Head, 0; g >= 0 && n < 12; g, n = tr.t[g].Head, n+1 {
		if tr.t[g].UPOS != "VERB" && tr.t[g].UPOS != "AUX" && tr.child(g, "cop") < 0 {
			continue
		}
		if s, _ := tr.verbSource(g, depth+1); s >= 0 {
			return s
		}
	}
	return -1
}

// requestedMatter returns, for a verb of request whose target is a named direct object (a proper
// noun or a capitalized word after the verb, the addressee: "pressed Britain", "asked the IMF") with no infinitive or clause of content, the noun
// of its for- or on-phrase: what is requested or pressed for ("pressed Britain for talks", "asked
// the IMF for a loan", "pressed Kenya on fuel subsidies"). With a verb of request the direct
// object names the one asked and the prepositional object the matter (Quirk et al. 1985, ch. 16:
// verbs with a direct and a prepositional object, "ask someone for something"); the stance is
// about the matter. The parser may file the one asked as iobj ("asked South Korea for an
// explanation"); with no second object it is the same argument. -1 otherwise.
func (tr *tree) requestedMatter(i int, c cand, kind string, target, content int) int {
	if kind != "verb" || !c.types.demands() || content >= 0 || target < 0 || target != tr.child(i, "obj", "iobj") || !(tr.t[target].UPOS == "PROPN" || startsUpper(tr.t[target].Form)) {
		return -1
	}
	for _, p := range []string{"for", "on"} {
		if k := tr.argOf(i, p); k >= 0 && tr.nominal(k) && !tr.timeNoun(k) {
			return k
		}
	}
	return -1
}

// sanctionNoun reports a noun whose class cue is a sanction (tariff, embargo, ban …).
func (lx *Lexicon) sanctionNoun(tr *tree, n int) bool {
	for _, c := range lx.classes["noun "+tr.lemma(n)] {
		if c.types.Asserted == graph.Sanctions {
			return true
		}
	}
	return false
}

// sameRoot reports whether verb v has a dictionary entry of the same two-digit CAMEO root as code.
func (lx *Lexicon) sameRoot(tr *tree, v int, code string) bool {
	if len(code) < 2 || tr.t[v].UPOS != "VERB" {
		return false
	}
	for _, e := range lx.verbEntries(tr, v) {
		if len(e.code) >= 2 && e.code[:2] == code[:2] {
			return true
		}
	}
	return false
}

// VerbalAct reports a CAMEO code of a verbal event: the roots of the verbal quad classes of
// CAMEO-coded event data (GDELT 1.0 Event Codebook, QuadClass 1 "verbal cooperation" and 3
// "verbal conflict"; the Phoenix data set's quad_class) whose verbs are speech acts: 02 appeal,
// 10 demand, 11 disapprove, 12 reject, 13 threaten. 03 and 05 are left out: their blocks hold
// verbs of purpose as much as of speech ("ensure", "subscribe" in PROMISE and PLEDGE: "worked
// with the EU to ensure market access" offers nothing), and 04 consult is an event, no stance
// (cameo-types.txt), whose purpose adjuncts have their own rule (sameRoot).
func VerbalAct(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// demandedInfinitive returns the to-infinitive a verb of demand takes after its addressee when
// the parser attached it as an adverbial clause ("urged the parties to return to talks", "called
// on the Commission to open consultations"): after a verb of request, V + NP + to-infinitive is
// object-control complementation (Quirk et al. 1985, 16.52-16.53), not a purpose adjunct. -1
// when there is none.
func (tr *tree) demandedInfinitive(i int) int {
	a := tr.child(i, "obj", "iobj")
	if a < 0 && tr.passive(i) {
		// "Iran was asked by the IAEA to grant access": the passive's subject is the active
		// object, who is asked to act (Quirk et al. 1985, 3.63, passive of a complex-transitive
		// verb; 16.63, object + to-infinitive), whatever the by-phrase between
		a = tr.child(i, "nsubj:pass")
	}
	if a < 0 {
		// "called on the Commission to open", and "called for the bank to cut its rate": for
		// introduces the subject of a to-infinitive clause (Quirk et al. 1985 on for + subject +
		// to-infinitive), the one asked to act; the addressee of a prepositional verb of
		// request, "appealed to Myanmar to take back", "pleaded with the rebels to free" (Quirk
		// et al. 1985, 16.63: prepositional object followed by a to-infinitive)
		for _, p := range []string{"on", "upon", "for", "to", "with"} {
			if a = tr.oblWith(i, p); a >= 0 {
				break
			}
		}
	}
	if a < 0 {
		return -1
	}
	// the infinitive as advcl (the embedded parser) or as xcomp, UD's relation for the
	// controlled complement of a verb of request ("was called on by Paris to halt", UD
	// guidelines, xcomp: an open clausal complement whose subject is the controller)
	for _, k := range append(tr.children(i, "advcl"), tr.children(i, "xcomp")...) {
		if k > a && tr.caseOf(k) == "to" {
			return k
		}
	}
	if g := tr.child(i, "obl:agent"); g >= 0 && tr.passive(i) {
		// "Serbia was asked by the EU to recognise Kosovo": the parser hangs the infinitive on
		// the by-agent's noun; it is the passive verb's complement (Quirk et al. 1985, 3.63)
		for _, k := range tr.children(g, "acl") {
			if k > g && tr.caseOf(k) == "to" && tr.t[k].UPOS == "VERB" && tr.subject(k) < 0 {
				return k
			}
		}
	}
	// or to the addressee itself ("urged all parties to campaign peacefully"), or to the last of
	// coordinated addressees ("urged both Serbia and Kosovo to resume talks"): the infinitive
	// follows the whole coordinated object, which controls it (Quirk et al. 1985, 16.63; 13.39
	// on coordinated noun phrases sharing what follows them)
	for _, h := range append([]int{a}, tr.children(a, "conj")...) {
		for _, k := range tr.children(h, "acl") {
			if k > h && tr.caseOf(k) == "to" {
				return k
			}
		}
	}
	return -1
}

// adjacentInfinitive returns the to-infinitive the parser attached to verb i as an adverbial
// clause although only adverbs and dates stand between them ("threatened on Tuesday to call a
// strike", "offered last week to host"): with no object or complement of its own, a cue verb's
// to-infinitive is its complement (subject control, Quirk et al. 1985, 16.38), not a purpose
// adjunct, which follows a complete predicate ("sent envoys to demand"). -1 when there is none.
func (tr *tree) adjacentInfinitive(i int) int {
	if tr.child(i, "obj", "iobj", "ccomp", "xcomp") >= 0 {
		return -1
	}
	for _, k := range tr.children(i, "advcl") {
		if k < i || tr.caseOf(k) != "to" {
			continue
		}
		lo, _ := tr.span(k)
		ok := true
		for _, d := range tr.kids[i] {
			if d > i && d < lo {
				r := base(tr.rel(d))
				if !(r == "advmod" || r == "punct" || (r == "obl" || r == "nmod") && tr.timeNoun(d)) {
					ok = false
				}
			}
		}
		if ok {
			return k
		}
	}
	return -1
}

// hostileArg reports whether a target of cue i of kind (verb, noun) under specs names a coercive
// measure (a word of the hostile class anywhere in its phrase). A noun's clause is read as the
// noun's (targetOf: "a warning that it would retaliate", the content clause an acl).
func (lx *Lexicon) hostileArg(tr *tree, i int, specs []string, kind string) bool {
	t, c := tr.targetOf(i, cand{targets: specs}, kind, -1)
	for _, a := range []int{t, c} {
		if a < 0 {
			continue
		}
		lo, hi := tr.span(a)
		for k := lo; k < hi; k++ {
			if lx.in("hostile", tr.lemma(k)) && !tr.otherAgent(k) {
				return true // not "warned of an attack by the rebels" (otherAgent)
			}
			if k == a && tr.t[k].UPOS == "VERB" && lx.in("counteraction", tr.lemma(k)) && lx.announced(tr, i) {
				// "will not hesitate to respond": the verb of a repercussion noun, announced, is
				// the response warned of (modality.txt counteraction; CAMEO.2.0.txt WARN * (OF
				// RESPONSE) [130]); "did not hesitate to respond" reports a response made
				return true
			}
		}
	}
	return false
}

// namedTarget reports that class cue c at i has its target in the tree and that the target
// phrase names a party: a proper noun or a capitalized word inside the sentence, or a head with
// such a modifier ("the Somali government", "Israel's army", "the Assad regime"). CAMEO codes
// events between actors (CAMEO codebook 1.1b3, ch. 1: source and target are actors), and the
// CAMEO 19 "fight" nouns of the &FIGHT set take their literal, military sense only against a
// party: against an abstract ill ("the fight against corruption", "the war on drugs") they
// are a metaphor of policy, no force (Lakoff & Johnson 1980 on POLICY IS WAR metaphors).
func (lx *Lexicon) namedTarget(tr *tree, i int, c classCue, kind string) bool {
	sup := -1
	if kind == "noun" {
		_, _, sup = lx.nounSource(tr, i)
	}
	t, _ := tr.targetOf(i, cand{targets: c.targets}, kind, sup)
	if t < 0 {
		return false
	}
	name := func(k int) bool {
		return !tr.timeNoun(k) && (tr.t[k].UPOS == "PROPN" || k > 0 && startsUpper(tr.t[k].Form))
	}
	if name(t) {
		return true
	}
	for _, r := range []string{"amod", "compound", "nmod:poss", "nmod"} {
		for _, k := range tr.children(t, r) {
			if name(k) {
				return true
			}
		}
	}
	return false
}

// concessiveCondition reports a conditional clause a focused by "even" ("even if Seoul lowers its
// tariffs"): a concessive-conditional clause, which says the matrix act holds whatever the
// condition (Quirk et al. 1985, 15.33–15.40, on "even if" combining condition with concession),
// so its agent's act does not bring the act on and is not whom a threat is aimed at.
// "even" is a focusing adverb (Quirk et al. 1985, 8.116); the parser may hang it on the matrix
// verb, but right before the clause's mark it focuses the clause all the same.
func concessiveCondition(tr *tree, a int) bool {
	m := tr.child(a, "mark")
	return m > 0 && tr.lemma(m-1) == "even"
}

// strandedPassive returns the passive subject of verb i when the preposition prep is left
// stranded after it ("Israel was called on by the EU to halt …", "the plan was argued over"):
// in the passive of a prepositional verb the prepositional object becomes the subject and the
// preposition stays with the verb (Quirk et al. 1985, 3.67, 16.5-16.6: "The doctor was sent
// for"), so the subject is the preposition's argument; -1 otherwise. Stranded: the preposition
// is a dependent of i with no dependents of its own.
func (tr *tree) strandedPassive(i int, prep string) int {
	if !tr.passive(i) {
		return -1
	}
	s := tr.child(i, "nsubj:pass")
	if s < 0 {
		return -1
	}
	for _, k := range tr.kids[i] {
		if k > i && tr.lower[k] == prep && tr.t[k].UPOS == "ADP" && len(tr.kids[k]) == 0 {
			return s
		}
	}
	return -1
}

// memberOf returns the member a noun of membership n names: its genitive that is no pronoun
// ("Niger's membership") or its of-phrase ("the membership of Niger"), a name; -1 when none.
func memberOf(tr *tree, n int) int {
	name := func(k int) bool { // a proper noun, or a capitalized word the tagger read otherwise ("Guinea")
		return tr.t[k].UPOS == "PROPN" || k > 0 && tr.t[k].UPOS == "NOUN" && startsUpper(tr.t[k].Form)
	}
	if p := tr.child(n, "nmod:poss"); p >= 0 && name(p) {
		return p
	}
	if o := tr.argOf(n, "of"); o >= 0 && name(o) {
		return o
	}
	return -1
}

// relativePronouns head a relative clause as its subject ("the country that imposed …").
var relativePronouns = map[string]bool{"that": true, "which": true, "who": true}

// subjectAttached are the prepositions and subordinators of time and circumstance that
// introduce an -ing adverbial clause whose covert subject is the matrix subject (Quirk et al.
// 1985, 15.60, the subject attachment rule; 14.12 on while, on, after, before with -ing
// clauses): grammar machinery, a closed class.
var subjectAttached = map[string]bool{"while": true, "on": true, "upon": true, "after": true, "before": true, "when": true}

// boundObject reports whether the adjunct clause at i has an object or indirect object that is a
// plain (non-reflexive) personal pronoun of the same lemma as s, the matrix subject taken as its
// covert subject: "It co-finances the projects, giving it access". A clause-mate object
// coreferent with the subject must be reflexive ("giving itself access"; Quirk et al. 1985,
// 6.23–6.25; Huddleston & Pullum 2002, 17.2), so a plain pronoun that would repeat the subject
// shows that the subject is not the clause's own: the covert subject is the matrix event
// (a sentential supplementive, "which gives it access"), no party. s < 0 gives false.
func (tr *tree) boundObject(i, s int) bool {
	if s < 0 || tr.t[s].UPOS != "PRON" {
		return false
	}
	for _, k := range tr.kids[i] {
		if r := tr.rel(k); (r == "obj" || r == "iobj") && tr.t[k].XPOS == "PRP" && tr.lemma(k) == tr.lemma(s) &&
			!strings.HasSuffix(tr.lower[k], "self") && !strings.HasSuffix(tr.lower[k], "selves") {
			return true
		}
	}
	return false
}
