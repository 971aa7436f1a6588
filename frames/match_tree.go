package frames

// The tree predicates the frame matcher asks (match.go), kept apart so that match.go stays under
// the house limit of ~1,000 lines; moved unchanged.

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// prepositionOnly reports a pattern whose one slot is a preposition without a noun ("- * ON"
// [190] # PRESS, written for "press on" in the DEMAND block; "- * AT" [190] # FIRE). The
// PETRARCH2 pattern syntax puts a prepositional phrase in parentheses with its noun
// (../shared/dictionaries/petrarch2/dictionaries.rst, "Patterns"); such a pattern names the
// verb's prepositional use, a prepositional verb whose only complement is the preposition's
// object (Quirk et al. 1985, 16.5), and says nothing of the verb used with a direct object.
func prepositionOnly(p *patternCue) bool {
	if p.subject != nil || p.particle != "" || p.object != nil || len(p.preps) == 0 {
		return false
	}
	for _, s := range p.preps {
		if s.noun != nil {
			return false
		}
	}
	return true
}

// transitiveUse reports verb i with a direct object of its own (obj, or the passive subject) that
// is no reflexive pronoun ("distanced itself from": the reflexive completes the prepositional
// verb, Quirk et al. 1985, 6.29).
func (tr *tree) transitiveUse(i int) bool {
	o := tr.object(i)
	return o >= 0 && !strings.HasSuffix(tr.lower[o], "self") && !strings.HasSuffix(tr.lower[o], "selves")
}

// pickClass returns the class entry whose conditions (negated, hostile-target) hold for the cue
// at i, the most specific first; nil when none holds.
func (lx *Lexicon) pickClass(tr *tree, i int, cs []cand) *cand {
	neg := lx.negated(tr, i)
	var pick *cand
	for k := range cs {
		c := &cs[k]
		if c.needs["negated"] && !neg {
			continue
		}
		if c.needs["hostile-target"] && !lx.hostileArg(tr, i, c.targets, c.kind) {
			continue
		}
		if pick == nil || len(c.needs) > len(pick.needs) {
			pick = c
		}
	}
	return pick
}

// commandedMeasure reports a verb of command v whose noun object names a sanction: "ordered a 30
// percent levy on rice imports": the measure a verb of command orders is imposed (modality.txt
// command; OED order v. "to command (a thing) to be done"), so a sanction noun's frame is the act
// (CAMEO 16x/17x), whatever type the verb's own entry gives (ORDER [100] DEMANDS would make the
// measure a demand's content). Rule suffix "+command-measure" (PrecedenceRules).
func (lx *Lexicon) commandedMeasure(tr *tree, v int) bool {
	o := tr.object(v)
	if !lx.in("command", tr.lemma(v)) || o < 0 || tr.t[o].Head != v || tr.t[o].UPOS != "NOUN" {
		return false
	}
	return lx.sanctionNoun(tr, lx.changeOf(tr, v, o))
}

// carriedSuffix returns the precedence rule's suffix (PrecedenceRules) for a noun cue whose
// support verb sup gave up its own entry to the noun's frame (nounCarries): a verb of command over
// a sanction noun ("+command-measure", commandedMeasure) or a verb of pledging over a noun of
// support ("+pledged-stance", pledgedStance); "" otherwise, for a cue of another kind than
// "noun", and when sup < 0.
func (lx *Lexicon) carriedSuffix(tr *tree, kind string, sup int) string {
	switch {
	case kind != "noun" || sup < 0:
		return ""
	case lx.commandedMeasure(tr, sup):
		return "+command-measure"
	case lx.pledgedStance(tr, sup):
		return "+pledged-stance"
	}
	return ""
}

// nounCarries reports a support verb (modality.txt class support) whose object is a cue noun
// with the same asserted type as the verb's entry (its object, or the noun a reduced passive
// relative of it with an agent modifies: "the sanctions imposed by Washington", whose noun
// takes the agent as its source).
func (lx *Lexicon) nounCarries(tr *tree, v int, ty Types) bool {
	if o := tr.object(v); lx.in("command", tr.lemma(v)) && o >= 0 && tr.t[o].Head == v && tr.t[o].UPOS == "NOUN" {
		return lx.commandedMeasure(tr, v)
	}
	if lx.pledgedStance(tr, v) {
		return true // "pledged their support for Tunisia" (pledgedStance)
	}
	if !lx.in("support", tr.lemma(v)) {
		return false
	}
	o := tr.object(v)
	if o < 0 || tr.t[o].UPOS != "NOUN" || (tr.t[o].Head != v && !(tr.t[v].Head == o && tr.child(v, "obl:agent") >= 0)) {
		return false
	}
	for _, c := range lx.classes["noun "+tr.lemma(o)] {
		if c.types.Asserted == ty.Asserted {
			return true
		}
		if c.types.Asserted == graph.Sanctions && lx.in("continuation", tr.lemma(v)) {
			// "kept its ban on imports", "maintains sanctions": CAMEO.2.0.txt codes the MAINTAIN
			// block with a measure as object 1241/1244 "refuse to ease … sanctions" (REJECT),
			// which with the measure as target reads as opposing it; the measure kept in force is
			// the subject's measure (ContOper1, Mel'čuk 1996), so the noun's frame is the act
			return true
		}
	}
	return false
}

// hasToAdjunct reports a to-infinitive adjunct (advcl marked to) of verb i: the parser's reading
// of an object + to-infinitive complement ("needs Turkey to act").
func (tr *tree) hasToAdjunct(i int) bool {
	return tr.markedAdvcl(i, "to") >= 0 // warning_coercive.go
}

// firstPersonSubject reports a subject "I" or "we" of verb i: the speaker's own clause.
func (tr *tree) firstPersonSubject(i int) bool {
	s := tr.child(i, "nsubj")
	return s >= 0 && (tr.lower[s] == "i" || tr.lower[s] == "we")
}

// memberBody reports an object headed by a noun of an organized body that can be a member of
// another: the collective nouns of English grammar for organized bodies of people (Quirk et al.
// 1985, 5.108; data/wordclasses/collectiveheads: association, group, movement, organization)
// and the bodies of member parties (modality.txt class coalition: federation, union, league,
// alliance, bloc). Described rather than named ("suspended the national football federation",
// "the Kenyan football association was suspended by FIFA"), such a body is the party a
// suspension or exclusion is aimed at, as a named one is; "suspended flights" or "suspended the
// talks" name no body.
func (lx *Lexicon) memberBody(tr *tree, o int) bool {
	if tr.t[o].UPOS != "NOUN" {
		return false
	}
	l := strings.ToLower(tr.lemma(o))
	return lx.in("coalition", l) || lexicon.WordClass("collectiveheads").Has(l)
}

// complementizerThat reports "that" parsed as the object relative pronoun of clause i where clause
// i is a relative clause on a proper name with no determiner ("informed President Nimeiry that
// Tanzania would not negotiate with Uganda"): a proper name takes only a nonrestrictive relative
// clause, and "that" does not introduce a nonrestrictive one (Quirk et al. 1985, 17.12, 17.22;
// Huddleston & Pullum 2002, 15.3), so "that" is the complementizer of the matrix verb's content
// clause and no object of clause i.
func (tr *tree) complementizerThat(i, o int) bool {
	if tr.lower[o] != "that" || tr.rel(i) != "acl:relcl" || o > i {
		return false
	}
	h := tr.t[i].Head
	if h < 0 || tr.t[h].UPOS != "PROPN" || tr.child(h, "det") >= 0 {
		return false
	}
	for k := h + 1; k < o; k++ {
		if tr.t[k].UPOS == "PUNCT" {
			return false // "Ghana, that …": set off by a comma, a different construction
		}
	}
	return true
}

// pledgedStance reports a verb of promise v (modality.txt commissive: pledge, promise, vow) whose
// direct object is a noun of support (a noun line of cue-classes.txt with SUPPORTS: "pledged
// their support for Tunisia", "promised its backing to Senegal's bid"). The commissive verb is
// the noun's Oper1 (Mel'čuk 1996: the verb adds the commitment, not an act of its own): the
// stance is the noun's, SUPPORTS with the supported party as target (CAMEO 05 / PLOVER SUPPORT).
// CAMEO.2.0.txt's "PLEDGE * SUPPORT" [032] ("express intent to provide diplomatic cooperation")
// codes the same support as intended; coding it again as OFFERS of the phrase "their support
// for X" would count one act twice and lose X as target, so the pattern yields (no OFFERS). A
// pledge of aid or troops keeps the pattern (OFFERS, CAMEO 07x): only a SUPPORTS noun counts.
func (lx *Lexicon) pledgedStance(tr *tree, v int) bool {
	o := tr.object(v)
	if !lx.in("commissive", tr.lemma(v)) || o < 0 || tr.t[o].Head != v || tr.t[o].UPOS != "NOUN" {
		return false
	}
	for _, c := range lx.classes["noun "+tr.lemma(o)] {
		if c.types.Asserted == graph.Supports {
			return true
		}
	}
	return false
}

// changeOf returns the noun a noun of increase n, object of verb v, quantifies through its
// in-phrase ("a 30 percent rise in duties on rice", "a hike in levies": modality.txt increase),
// else n. The head of such a phrase names the change and its in-phrase the quantity changed
// ("a rise in X" = X rises: Quirk et al. 1985, 17.51–17.52 on the prepositional complements of
// deverbal nouns), so what a verb of command orders raised is the measure itself: ordering a rise
// in duties imposes more of them (CAMEO 16x/17x). The parser may hang the in-phrase on the verb
// (PP attachment); after the noun it is the noun's all the same.
func (lx *Lexicon) changeOf(tr *tree, v, n int) int {
	if !lx.in("increase", tr.lemma(n)) {
		return n
	}
	if k := tr.argOf(n, "in"); k >= 0 && tr.t[k].UPOS == "NOUN" {
		return k
	}
	if k := tr.argOf(v, "in"); k > n && tr.t[k].UPOS == "NOUN" {
		return k
	}
	return n
}

// orderedRise returns the verb of command (modality.txt command) that orders a rise in sanction
// noun n ("ordered a hike in levies on coal": changeOf), -1 when none; the noun's source is that
// verb's subject, as with "ordered a levy on coal" (nounSource).
func (lx *Lexicon) orderedRise(tr *tree, n int) int {
	if tr.caseOf(n) != "in" || !lx.sanctionNoun(tr, n) {
		return -1
	}
	h := tr.t[n].Head
	if h < 0 {
		return -1
	}
	if lx.in("increase", tr.lemma(h)) && tr.rel(h) == "obj" {
		h = tr.t[h].Head
	}
	if h < 0 || !lx.in("command", tr.lemma(h)) {
		return -1
	}
	if o := tr.child(h, "obj"); o >= 0 && lx.changeOf(tr, h, o) == n {
		return h
	}
	return -1
}
