package frames

import "github.com/claimgraph/claimgraph/graph"

// Judgements returns the judgement frames of one parsed sentence (issue 13, frames15): an
// evaluative word predicated of a thing judged, in three constructions of the parse —
//   - judgement-copula: the predicative adjective or noun of a copula, target its subject ("the
//     union's demand was unrealistic", "the offer is an insult"). Source: the subject of a verb of
//     saying (modality.txt report) or of stated opinion (opinion: "Whitfield believes …", rule
//     ":modality/opinion/<verb>") whose complement the copula clause is ("Whitfield said the
//     demand was unrealistic"), or of one hung on the clause after it ("…, Whitfield said"); else
//     -1, and the loader takes the speaker of the quotation that holds the words;
//   - judgement-call: the object complement of a verb of naming or judging (modality.txt
//     judge-call: "called the threat of sanctions regrettable", "branded the move reckless"),
//     target the verb's object, source its subject;
//   - judgement-as: the as-complement of a verb of describing or regarding (modality.txt
//     judge-as: "described the decision as unjustified"), target the object, source the subject.
//
// polarity gives the evaluative word's polarity from the caller's lexicon (the loader's
// data/lexicons/evaluations.txt, AFINN-165 and its derivatives): +1 SUPPORTS (CAMEO 051 "praise
// or endorse", PLOVER SUPPORT), -1 OPPOSES (CAMEO 11 "disapprove", PLOVER DISAPPROVE), 0 none.
// A negator on the word ("is not fair") turns a positive judgement into disapproval and voids a
// negative one ("is not unreasonable" judges nothing plainly). A coordinated second word ("hasty
// and unjustified") is judged with the first's construction. Rule
// "frames:judgement-<construction>:grammar/<construction>" or ":modality/<class>/<verb>".
func (lx *Lexicon) Judgements(toks []Token, polarity func(form string) int) []Match {
	tr := newTree(toks)
	tr.lx = lx
	var out []Match
	for a := range toks {
		if u := tr.t[a].UPOS; u != "ADJ" && u != "NOUN" && u != "VERB" {
			continue
		}
		p := polarity(tr.lower[a])
		if p == 0 && tr.t[a].UPOS == "NOUN" && tr.t[a].XPOS == "NNS" {
			p = polarity(tr.lemma(a)) // "called them bigots", "portrayed them as rapists": the singular's row
		}
		if p == 0 && lx.groundlessPhrase(tr, a) {
			p = -1 // "the charges were without foundation" (groundless.go)
		}
		if p == 0 {
			continue
		}
		h := a // the word whose place in the clause decides the construction
		if tr.rel(a) == "conj" && tr.t[a].Head >= 0 && tr.t[a].Head < a && tr.child(a, "nsubj", "csubj") < 0 {
			// "hasty and unjustified": judged as the first conjunct is; a conjunct with a subject
			// of its own is a clause of its own ("the plan is reckless and Jones is a liar":
			// firstClauseConjunct, judgement_conj.go)
			h = tr.t[a].Head
		}
		if n := tr.t[h].Head; tr.rel(h) == "amod" && n > h && tr.t[n].UPOS == "NOUN" && polarity(tr.lower[n]) == 0 {
			// "was a positive step", "called the ceasefire welcome news", "described it as an
			// illegal act": an attributive adjective judges through the noun it modifies, and a
			// predicative noun phrase ascribes all its modifiers to the subject (Quirk et al.
			// 1985, 16.44 on the subject complement's characterizing role), so the noun's place
			// decides the construction; a noun that is evaluative itself is judged on its own,
			// and an adjective after its noun is the object's complement (hungComplement)
			h = n
		}
		for _, k := range tr.kids[a] {
			if lx.in("negation", tr.lemma(k)) && (tr.rel(k) == "advmod" || tr.rel(k) == "det") {
				p = -2 * p // a negated judgement: marked, resolved below
			}
		}
		for _, k := range tr.kids[h] {
			if h != a && lx.in("negation", tr.lemma(k)) && tr.rel(k) == "advmod" {
				p = -2 * p
			}
		}
		switch {
		case p == 2: // a negated negative word
			continue
		case p == -2:
			p = -1
		}
		m, ok := lx.judgementFrame(tr, a, h)
		if !ok {
			continue
		}
		m.Type, m.Code, m.Plover = graph.Opposes, "11", "DISAPPROVE"
		if p > 0 {
			m.Type, m.Code, m.Plover = graph.Supports, "051", "SUPPORT"
		}
		if m.Source < 0 {
			out = append(out, m)
			continue
		}
		out = append(out, tr.perSource(m, m.Source)...)
	}
	for k := range toks {
		if m, ok := lx.blameJudgement(tr, k); ok {
			m.Type, m.Code, m.Plover = graph.Opposes, "112", "DISAPPROVE" // "X is to blame" (blame.go)
			if m.Source < 0 {
				out = append(out, m)
				continue
			}
			out = append(out, tr.perSource(m, m.Source)...)
		}
		if m, ok := lx.noPlaceJudgement(tr, k); ok {
			m.Type, m.Code, m.Plover = graph.Opposes, "111", "DISAPPROVE" // "X has no place in Y" (noplace.go)
			if m.Source < 0 {
				out = append(out, m)
				continue
			}
			out = append(out, tr.perSource(m, m.Source)...)
		}
		if m, ok := lx.possessedSupport(tr, k); ok {
			m.Type, m.Code, m.Plover = graph.Supports, "051", "SUPPORT" // "X has our support" (noplace.go)
			out = append(out, tr.perSource(m, m.Source)...)
		}
		if m, ok := lx.unjustifiedJudgement(tr, k); ok {
			m.Type, m.Code, m.Plover = graph.Opposes, "11", "DISAPPROVE" // "nothing can justify X"
			if m.Source < 0 {
				out = append(out, m)
				continue
			}
			out = append(out, tr.perSource(m, m.Source)...)
		}
	}
	return out
}

// judgementFrame finds the construction of evaluative word a, placed in its clause as h (a, or
// the first conjunct a is coordinated with): the Match without type and codes.
func (lx *Lexicon) judgementFrame(tr *tree, a, h int) (Match, bool) {
	m := Match{Cue: a, Kind: "adj", Source: -1, Target: -1, Content: -1, Mode: Asserted, Scope: Own, Outer: -1}
	if tr.t[a].UPOS == "NOUN" {
		m.Kind = "noun"
	}
	if v := tr.t[h].Head; v >= 0 && tr.t[v].UPOS == "VERB" && tr.child(h, "cop") < 0 {
		o := tr.child(v, "obj")
		if o == h {
			// "called the ruling “a victory for families”" parsed as one object: two central
			// determiners cannot open one noun phrase (Quirk et al. 1985, 5.13), so a determined
			// noun inside it before the evaluative noun's own determiner is the object
			o = tr.mergedObject(h)
			if i := tr.child(v, "iobj"); o < 0 && i >= 0 && i < h && lx.in("judge-call", tr.lemma(v)) {
				// "branded [the survey] [a violation]" parsed as a double object: a verb of naming
				// or judging takes an object and its complement, no indirect object (Quirk et
				// al. 1985, 16.44 vs 16.55), so the first noun phrase is the object
				o = i
			}
			if p := tr.child(h, "nmod:poss"); o < 0 && p >= 0 && p < h && tr.lower[p] == "her" && tr.child(h, "det") < 0 && lx.in("judge-call", tr.lemma(v)) {
				// "called her “weak”" parsed as "called [her weak]": "her" is both the objective
				// and the possessive form of "she" (Quirk et al. 1985, 6.29), and an evaluative
				// word after it with no determiner of its own is the complement of the verb of
				// naming, "her" its object
				o = p
			}
		}
		switch {
		case (tr.rel(h) == "xcomp" || tr.rel(h) == "advmod" || tr.rel(h) == "obj" || tr.unmarkedOblique(h)) && !tr.asMarked(h) && lx.in("judge-call", tr.lemma(v)) && o >= 0 && o < h:
			m.Source, _ = tr.verbSource(v, 0)
			m.Target, m.Rule = o, "frames:judgement-call:modality/judge-call/"+tr.lemma(v)
			m.Outer = v
			return m, m.Source >= 0
		case tr.asMarked(h) && lx.in("judge-as", tr.lemma(v)) && o >= 0 && (o < h || tr.lower[v+1] == "as" && tr.t[v+1].Head == h):
			// (the object after the complement: "dismissed as baseless the charge that …",
			// postponed for end-weight, Quirk et al. 1985, 18.39; loader wire_postponedas.go)
			m.Source, _ = tr.verbSource(v, 0)
			m.Target, m.Rule = o, "frames:judgement-as:modality/judge-as/"+tr.lemma(v)
			m.Outer = v
			return m, m.Source >= 0
		}
	}
	if v, o := tr.hungComplement(h); v >= 0 {
		class := "judge-call"
		if tr.asMarked(h) {
			class = "judge-as"
		}
		if lx.in(class, tr.lemma(v)) {
			m.Source, _ = tr.verbSource(v, 0)
			m.Target, m.Outer = o, v
			m.Rule = "frames:judgement-" + class[len("judge-"):] + ":modality/" + class + "/" + tr.lemma(v)
			return m, m.Source >= 0
		}
	}
	if v := tr.t[h].Head; v >= 0 && tr.t[v].UPOS == "VERB" && lx.in("identify", tr.lemma(v)) && (tr.rel(h) == "obj" || (base(tr.rel(h)) == "obl" || tr.rel(h) == "advcl" && tr.t[h].XPOS == "VBG") && tr.caseOf(h) == "to") {
		// ("amounted to stealing land": the -ing clause is the object of the verb's preposition,
		// Quirk et al. 1985, 16.5, 15.10 on -ing clauses as prepositional complements)
		return lx.identifyingJudgement(tr, m, v)
	}
	if tr.t[a].UPOS == "VERB" && a == h && lx.in("transgress", tr.lemma(a)) {
		return lx.transgressionJudgement(tr, m, a)
	}
	if tr.child(h, "cop") < 0 {
		return m, false
	}
	s := tr.child(h, "nsubj")
	reduced := false
	if s < 0 {
		s = tr.reducedRelativeSubject(h)
		reduced = s >= 0 // "The execution of three men, sentenced after …, is an outrage"
	}
	if c := tr.child(h, "csubj"); c >= 0 && c < h && (s < 0 || c < s) {
		// "Suspending the drills … is a positive step": a clausal subject names the act judged
		// (Quirk et al. 1985, 15.7 on nominal -ing and to-infinitive clauses as subject); a
		// noun subject the parser gives besides it, later, is a misparse of its own phrase
		s = c
	}
	if c := tr.extraposedClause(h, s); c >= 0 {
		s = c // "it is regrettable that Washington has imposed tariffs": the that-clause
	} else if s > h {
		return m, false
	}
	if s < 0 || tr.rel(s) == "expl" || tr.t[h].UPOS == "VERB" {
		// UD gives "cop" to a non-verbal predicate only: a verb with a copula child ("it is that
		// China has been encouraging …") is a misparse, no predicative judgement
		return m, false
	}
	m.Target, m.Rule = s, "frames:judgement-copula:grammar/copula"
	h = tr.firstClauseConjunct(h) // "said the plan is reckless and Jones is a liar" (judgement_conj.go)
	if v := tr.t[h].Head; v >= 0 && base(tr.rel(h)) == "ccomp" && tr.t[v].UPOS == "VERB" && lx.in("report", tr.lemma(v)) {
		// "Whitfield said the demand was unrealistic", "“The offer is an insult,” said Holt" (the
		// reporting clause after the quotation, Quirk et al. 1985, 14.29); verbSource also reads
		// a verb of saying the parser hung on the name before it ("Paul Whitfield, …, said …")
		m.Source, _ = tr.verbSource(v, 0)
		m.Outer = v
		return m, m.Source >= 0
	}
	if v := tr.t[h].Head; v >= 0 && base(tr.rel(h)) == "ccomp" && tr.t[v].UPOS == "VERB" && lx.in("opinion", tr.lemma(v)) {
		// "Whitfield believes the demand is unrealistic", "“I think he is a fraud,” Holt said": a
		// verb of stated opinion (modality.txt opinion, PARC 3.0 belief cues, Pareti 2016)
		// attributes the evaluation to its subject as a verb of saying does, and the evaluation
		// is the believer's (Palmer 2001, 2.1 on the speaker's commitment in "I think"); the
		// believer is the source, the speaker of the quotation for "I" (loader frameActor)
		m.Source, _ = tr.verbSource(v, 0)
		m.Outer = v
		m.Rule = "frames:judgement-copula:modality/opinion/" + tr.lemma(v)
		return m, m.Source >= 0
	}
	if n, g := lx.infinitiveSubject(tr, h); n >= 0 {
		m.Target, m.Outer = n, g // "said the decision to close the pass was unacceptable"
		m.Source, _ = tr.verbSource(g, 0)
		return m, m.Source >= 0
	}
	if !reduced && tr.rel(h) != "root" && tr.rel(h) != "conj" {
		return m, false // a judgement inside another clause ("if the plan is unfair"): not stated
	}
	for _, k := range tr.kids[h] {
		if k > h && tr.t[k].UPOS == "VERB" && lx.in("report", tr.lemma(k)) && tr.child(k, "nsubj") >= 0 && tr.child(k, "ccomp", "obj") < 0 {
			m.Source, m.Outer = tr.child(k, "nsubj"), k // "“The offer is an insult,” Whitfield said"
		}
	}
	return m, true
}

// hungComplement returns the verb v and its object o when h, an adjective or noun after a noun of
// o's phrase, is attached to that noun (amod, appos, acl, nmod) though it is v's object
// complement: "called the threat of sanctions “regrettable”", "called the resolution long
// overdue", "described the decision as “unilateral”". An English attributive adjective precedes
// its noun; one placed after it is postpositive only in fixed cases (something useful, the
// president elect) or with a complement of its own (Quirk et al. 1985, 7.21–7.22), so after the
// object of a complex-transitive verb it is the object's complement (16.43–16.47). -1, -1 when
// h is not so placed.
func (tr *tree) hungComplement(h int) (int, int) {
	n := tr.t[h].Head
	switch base(tr.rel(h)) {
	case "amod", "appos", "acl", "nmod":
	default:
		return -1, -1
	}
	if n < 0 || n > h || !tr.nominal(n) {
		return -1, -1
	}
	for depth := 0; depth < 4 && base(tr.rel(n)) == "nmod" && tr.t[n].Head >= 0; depth++ {
		n = tr.t[n].Head // "the threat of sanctions": up to the object's head
	}
	if tr.rel(n) != "obj" {
		return -1, -1
	}
	v := tr.t[n].Head
	if v < 0 || tr.t[v].UPOS != "VERB" {
		return -1, -1
	}
	return v, n
}

// asMarked reports an evaluative word introduced by "as" (the as-complement of "described the
// plan as reckless"), whatever relation the parser gave the "as" (case, mark, advmod).
func (tr *tree) asMarked(h int) bool {
	for _, k := range tr.kids[h] {
		if k < h && tr.lower[k] == "as" {
			return true
		}
	}
	return false
}

// mergedObject returns the object inside object h when the parser read object and complement as
// one noun phrase ("called [the ruling] [a victory]"): a nominal dependent of h that has a
// determiner of its own, or stands between two determiners of h, before h's last determiner.
// -1 when none.
func (tr *tree) mergedObject(h int) int {
	var dets []int
	for _, k := range tr.kids[h] {
		if tr.rel(k) == "det" && k < h {
			dets = append(dets, k)
		}
	}
	if len(dets) == 0 {
		return -1
	}
	last := dets[len(dets)-1]
	for _, k := range tr.kids[h] {
		if k < last && tr.nominal(k) && (tr.child(k, "det", "nmod:poss") >= 0 || len(dets) > 1 && k > dets[0]) {
			return k
		}
	}
	return -1
}

// infinitiveSubject repairs "X said [the decision to close the pass] was unacceptable" parsed as
// "said the decision (to close [the pass was unacceptable])": copula clause h hung as the ccomp of
// a to-infinitive (acl) that modifies noun n, the object of a verb of saying g. A to-infinitive
// postmodifying a noun is nonfinite and takes no finite content clause without "that" after a
// transitive verb whose object is missing (Quirk et al. 1985, 17.30–17.34 on infinitive
// postmodifiers; 16.69 on that-omission only after verbs that take that-clauses), so the copula's
// subject is n, and the whole clause is g's content. Returns n and g, or -1, -1.
func (lx *Lexicon) infinitiveSubject(tr *tree, h int) (int, int) {
	v := tr.t[h].Head
	if v < 0 || base(tr.rel(h)) != "ccomp" || tr.child(h, "mark") >= 0 || tr.rel(v) != "acl" || tr.t[v].UPOS != "VERB" {
		return -1, -1
	}
	if mk := tr.child(v, "mark"); mk < 0 || tr.lower[mk] != "to" || tr.child(v, "obj") >= 0 || lx.in("report", tr.lemma(v)) {
		return -1, -1
	}
	n := tr.t[v].Head
	if n < 0 || tr.t[n].UPOS != "NOUN" || tr.rel(n) != "obj" {
		return -1, -1
	}
	g := tr.t[n].Head
	if g < 0 || tr.t[g].UPOS != "VERB" || !lx.in("report", tr.lemma(g)) {
		return -1, -1
	}
	return n, g
}

// identifyingJudgement reads "the sanctions constitute a crime", "the ruling amounts to a
// violation", "the move represents a positive step": a verb of identifying (modality.txt
// identify; Halliday & Matthiessen 2004, 5.4.4, identifying relational clauses: constitute,
// represent, amount to) relates its subject to the evaluative noun as a copula does, so it is
// judged as judgement-copula reads it: target the verb's subject, source a verb of saying over or
// after the clause, else the quotation's speaker (Source -1). A negated verb ("does not constitute
// a violation") judges nothing plainly.
func (lx *Lexicon) identifyingJudgement(tr *tree, m Match, v int) (Match, bool) {
	s := tr.child(v, "nsubj")
	if s < 0 || s > v || tr.rel(s) == "expl" {
		return m, false
	}
	for _, k := range tr.kids[v] {
		if lx.in("negation", tr.lemma(k)) && (tr.rel(k) == "advmod" || tr.rel(k) == "det") {
			return m, false
		}
	}
	m.Target, m.Rule = s, "frames:judgement-copula:modality/identify/"+tr.lemma(v)
	return lx.reportedJudgement(tr, m, v)
}

// extraposedClause returns the that-clause of "it is regrettable that Washington has imposed new
// tariffs": anticipatory it as the subject of predicate h (UD expl, or nsubj as the parser often
// gives it) and a finite clause introduced by "that" after h (csubj or ccomp) that is the real,
// extraposed subject (Quirk et al. 1985, 18.33–18.35 on extraposition of a subject clause), so
// the judgement judges the clause. -1 when h has no such pair.
func (tr *tree) extraposedClause(h, s int) int {
	if s < 0 {
		s = tr.child(h, "expl")
	}
	if s < 0 || s > h || tr.lower[s] != "it" {
		return -1
	}
	for _, k := range tr.kids[h] {
		if k > h && tr.t[k].UPOS == "VERB" && (tr.rel(k) == "csubj" || base(tr.rel(k)) == "ccomp") {
			if mk := tr.child(k, "mark"); mk >= 0 && mk < k && tr.lower[mk] == "that" {
				return k
			}
		}
	}
	return -1
}

// transgressionJudgement reads "Turkey's incursion violates the sovereignty of Iraq", "the
// decision undermines regional stability": a verb of transgression (modality.txt transgress:
// the verbs of AFINN-165 valence <= -2 that say their subject wrongs or harms its object —
// violate, breach, undermine, harm, damage, obstruct, sabotage) asserted of its subject in the
// speaker's own voice judges the subject as a copula with "a violation" does (identifyingJudgement:
// target the subject, source a verb of saying over or after the clause, else the quotation's
// speaker). The verb must be transitive and stated: under a modal of future, condition, hedge or
// obligation ("could undermine", "will harm", "must not violate") it is a prediction or a
// prescription, no judgement of a done act (Palmer 2001 on epistemic and deontic modality); a
// passive ("was violated by") has no nsubj and is left alone; under a verb of saying of the
// contested class ("claimed that") the content is reported as unproven, no judgement.
func (lx *Lexicon) transgressionJudgement(tr *tree, m Match, v int) (Match, bool) {
	if tr.child(v, "obj") < 0 {
		return m, false
	}
	for _, k := range tr.kids[v] {
		if tr.rel(k) != "aux" {
			continue
		}
		if l := tr.lemma(k); lx.in("future", l) || lx.in("conditional", l) || lx.in("hedge", l) || lx.in("deontic", l) {
			return m, false
		}
	}
	m, ok := lx.identifyingJudgement(tr, m, v)
	if ok && m.Outer >= 0 && lx.in("contested", tr.lemma(m.Outer)) {
		// "Latvia claimed that Russia had violated the ceasefire": a verb of saying that marks
		// its content as contested (modality.txt contested) reports the accusation as the
		// claimant's unproven assertion; the claim stands (CLAIMS), no judgement is asserted
		return m, false
	}
	m.Rule = "frames:judgement-verb:modality/transgress/" + tr.lemma(v)
	return m, ok
}

// reportedJudgement gives judgement m, made in clause v, the speaker who reports it: the subject
// of a verb of saying whose complement v is ("Chile said that the sanctions were unjustified"),
// or, when v is a main clause or a conjunct, that of a verb of saying after it with a subject and
// no complement of its own ("…, Chile said"); false when v is reported by no one (m without a
// source) or is neither. Shared by judgement-copula and judgement-unjustified.
func (lx *Lexicon) reportedJudgement(tr *tree, m Match, v int) (Match, bool) {
	if g := tr.t[v].Head; g >= 0 && base(tr.rel(v)) == "ccomp" && tr.t[g].UPOS == "VERB" && lx.in("report", tr.lemma(g)) {
		m.Source, _ = tr.verbSource(g, 0)
		m.Outer = g
		return m, m.Source >= 0
	}
	if tr.rel(v) != "root" && tr.rel(v) != "conj" {
		return m, false
	}
	for _, k := range tr.kids[v] {
		if k > v && tr.t[k].UPOS == "VERB" && lx.in("report", tr.lemma(k)) && tr.child(k, "nsubj") >= 0 && tr.child(k, "ccomp", "obj") < 0 {
			m.Source, m.Outer = tr.child(k, "nsubj"), k // "…, Chile said"
		}
	}
	return m, true
}

// reducedRelativeSubject returns the subject of the copula clause of predicative h when the parser
// made a participle postmodifier of that subject the root and hung h under it: "The execution of
// three men, sentenced after unfair trials, is an outrage", "The death sentences handed down to
// protesters are a grave breach of …" parsed with "sentenced", "handed" as the main verb and the
// predicative as its object or parataxis. A copula clause needs a subject of its own (Quirk et
// al. 1985, 2.16, 10.16: the subject is obligatory in a finite clause), and h has none, so the
// noun before the verb is that subject and the verb, a past participle with no auxiliary, is an
// -ed participle clause postmodifying it (a reduced relative, Quirk et al. 1985, 17.30–17.31).
// h must follow the verb, the verb be the root and be tagged a past form (VBN, or VBD for the
// regular -ed forms the tagger reads as a finite past), with no auxiliary or copula of its own,
// and the subject a common noun before it. -1 otherwise.
func (tr *tree) reducedRelativeSubject(h int) int {
	v := tr.t[h].Head
	if v < 0 || v > h || tr.t[v].UPOS != "VERB" || tr.rel(v) != "root" {
		return -1
	}
	if x := tr.t[v].XPOS; x != "VBN" && x != "VBD" {
		return -1
	}
	if tr.child(v, "aux", "aux:pass", "cop") >= 0 {
		return -1
	}
	n := tr.child(v, "nsubj", "nsubj:pass")
	if n < 0 || n > v || tr.t[n].UPOS != "NOUN" {
		return -1
	}
	return n
}

// unmarkedOblique reports h attached to its verb as an oblique with no preposition (UD
// obl:unmarked, or obl with no case child): "calling Trump a fascist" parsed so. A noun phrase
// after the object of a verb of naming with no preposition is that object's complement (Quirk et
// al. 1985, 16.45: "They called him a fool"), whatever relation the parser gave it.
func (tr *tree) unmarkedOblique(h int) bool {
	switch tr.rel(h) {
	case "obl:unmarked":
		return true
	case "obl":
		return tr.child(h, "case") < 0 && tr.nominal(h)
	}
	return false
}
