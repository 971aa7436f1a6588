package loader

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// relCand is a relation about to be made, with its evidence.
type relCand struct {
	typ              graph.RelType
	src, tgt         *entity
	sent             int
	cue              string
	cueStart, cueEnd int
	rule             string
	score            float64
	cameo, plover    string
	negated, hedged  bool
	role             string
	structural       bool // MEMBER_OF / PART_OF from the actor layer
}

// cueSkip are words that may sit between the words of a cue ("pushing hard for", "threatened today to").
var cueSkip = map[string]bool{"also": true, "further": true, "publicly": true, "hard": true, "today": true,
	"yesterday": true, "again": true, "still": true, "now": true, "repeatedly": true, "formally": true}

// cueMatch is one cue found in a sentence: tokens [s, e), the addressee slot [xs, xe) if any.
type cueMatch struct {
	c      *cue
	form   string
	s, e   int
	xs, xe int
	alts   []lexEntry // every cue of the same pattern (a verb and a noun reading of "offers to")
}

// matchCue finds the longest cue pattern starting at token i. "be" matches any form of to be, NOT
// any negation, X a noun phrase of up to five tokens (an actor mention or a pronoun counts as one
// phrase); adverbs in -ly and "also", "further" may sit between pattern words.
func (d *doc) matchCue(st *sent, i int) *cueMatch {
	ms := d.matchCues(st, i)
	if len(ms) == 0 {
		return nil
	}
	return &ms[0]
}

// matchCues returns every cue pattern matching at token i, longest first.
func (d *doc) matchCues(st *sent, i int) []cueMatch {
	var all []cueMatch
	var walk func(n *trie, j int, xs, xe int, start int)
	walk = func(n *trie, j int, xs, xe int, start int) {
		if len(n.entries) > 0 {
			all = append(all, cueMatch{c: n.entries[0].cue, form: n.entries[0].form, s: start, e: j, xs: xs, xe: xe, alts: n.entries})
		}
		if j >= len(st.toks) || n.next == nil {
			return
		}
		t := st.toks[j]
		if j > start && (cueSkip[t.lower] || isDayOrMonth(t.lower) && t.cap || strings.HasSuffix(t.lower, "ly") && t.kind == tkWord && !t.cap && len(t.lower) > 4 && n.next["only"] == nil) {
			if _, ok := n.next[t.lower]; !ok {
				walk(n, j+1, xs, xe, start)
			}
		}
		if j > start {
			// a time adverbial between the words of a cue: "demanded on Monday that", "offered last
			// week to"
			if k := timeAdverbialAt(st, j); k > j {
				walk(n, k, xs, xe, start)
			}
		}
		if nx := n.next[t.lower]; nx != nil && st.ment[j] < 0 {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.next["be"]; nx != nil && d.lx.beForms[t.lower] {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.next["NOT"]; nx != nil && d.lx.negations[t.lower] {
			walk(nx, j+1, xs, xe, start)
		}
		if nx := n.next["X"]; nx != nil && j > start && !isPrep(t.lower) {
			// an addressee is a noun phrase: "press for the language to be restored" is "press for"
			// an addressee: a mention, a pronoun, or a short noun phrase up to the next pattern word
			if m := d.mentionAt(st, j); m != nil {
				walk(nx, m.te, m.ts, m.te, start)
			}
			if isPronoun(t) {
				walk(nx, j+1, j, j+1, start)
			}
			for k := j + 1; k < len(st.toks) && k <= j+14; k++ {
				if nx.next[st.toks[k].lower] != nil {
					walk(nx, k, j, k, start)
					break
				}
				if tx := st.toks[k].text; tx == "," || tx == ";" || tx == "." || tx == ":" {
					break
				}
			}
		}
	}
	walk(&d.lx.cues, i, -1, -1, i)
	sort.SliceStable(all, func(a, b int) bool { return all[a].e-all[a].s > all[b].e-all[b].s })
	return all
}

// relativeImposed reads a sanction verb whose object is the head of a relative clause around it:
// "the duties that India imposed in July on imports of steel", "the largest penalty it has imposed
// on a utility". The target is what the sanction falls on (an actor named after "on", "against"),
// or else the head with that phrase ("duties on imports of steel"); nil when the verb has an object
// of its own or is no such relative clause.
func (d *doc) relativeImposed(st *sent, m *cueMatch, subj int) *entity {
	toks := st.toks
	c := m.c
	if c.Type != graph.Sanctions || c.Frame != "V" || len(c.Pattern) != 1 || subj < 1 {
		return nil
	}
	p := timeAdverbialAt(st, m.e)
	if p >= len(toks) || toks[p].lower != "on" && toks[p].lower != "against" {
		return nil
	}
	r := subj
	if w := toks[subj-1].lower; w == "that" || w == "which" {
		r = subj - 1
	} else if t := toks[subj-1]; t.kind != tkWord || t.cap || st.ment[subj-1] >= 0 || determiners[t.lower] || isPrep(t.lower) || auxWords[t.lower] {
		return nil // no noun before the subject: no relative clause without "that"
	}
	as, ae := d.relativeAntecedent(st, r)
	if ae <= as || ae-as > 6 {
		return nil
	}
	e := d.phraseEnd(st, p+1)
	if e <= p+1 {
		return nil
	}
	if mm := d.mentionAt(st, p+1); mm != nil && mm.ts == p+1 && actorKind(mm.ent) {
		// "imposed on Russia in 2022", not "imposed on Chinese steel" or "on Russia's oil"
		if n := mm.te; n >= len(toks) || toks[n].kind != tkWord || isPrep(toks[n].lower) || auxWords[toks[n].lower] && toks[n].lower != "'s" {
			return mm.ent.final()
		}
	}
	b := as
	for b < ae && leadingDrop[toks[b].lower] {
		b++
	}
	if b >= ae || strings.HasSuffix(toks[ae-1].lower, "est") {
		// "the largest it has imposed on a bank": the head is elsewhere; what the sanction falls on
		return d.policyTarget(st, p+1, e, "")
	}
	pe := d.policyEntity(d.spanText(st, b, ae)+" "+d.spanText(st, p, e), "target:noun-phrase")
	pe.weak = true
	return pe
}

// addressee is the actor in the addressee slot of a cue match ("ordered the company to", "urged
// Kosovo to"): a mention filling the slot, or a definite description resolved; nil otherwise.
func (d *doc) addressee(st *sent, m *cueMatch) *entity {
	if m.xs < 0 || m.xe <= m.xs {
		return nil
	}
	if mm := d.mentionAt(st, m.xs); mm != nil && actorKind(mm.ent) && mm.te == m.xe {
		return mm.ent.final()
	}
	if m.xe-m.xs == 2 && st.toks[m.xs].lower == "the" {
		return d.resolveDefinite(st.idx, m.xs+1)
	}
	return nil
}

// rebindPronoun resolves the pronoun at p again with not among the antecedents, and makes its
// mention refer to the result.
func (d *doc) rebindPronoun(st *sent, p int, not *entity) *entity {
	d.pronExclude = not
	e := d.resolvePronoun(st.idx, p, st.toks[p].lower)
	d.pronExclude = nil
	if e == nil || e.final() == not {
		return nil
	}
	if mm := d.mentionAt(st, p); mm != nil && mm.ts == p && strings.HasPrefix(mm.rule, "coref") {
		mm.ent = e
	}
	return e.final()
}

// speechVerbAt reports a speech verb used as a verb at k ("said", "told"), not a noun.
func (d *doc) speechVerbAt(st *sent, k int) bool {
	le, ok := d.speechAt(st, k)
	return ok && le.kind == lkSpeechVerb && le.form != "ing" && !st.toks[k].cap
}

// possessedCountry reads "his country", "her government", "our country" ending at j: the country
// of the person the possessive pronoun refers to, known from a role at a body of that country
// ("Benin's foreign minister, X, said his country was ready …" → Benin).
func (d *doc) possessedCountry(st *sent, j int) *entity {
	toks := st.toks
	if j < 1 || toks[j].lower != "country" && toks[j].lower != "government" && toks[j].lower != "nation" {
		return nil
	}
	w := toks[j-1].lower
	if w != "his" && w != "her" && w != "our" && w != "my" {
		return nil
	}
	p := d.speakerOfComplement(st, j-1)
	if p == nil {
		p = d.resolvePronoun(st.idx, j-1, w)
	}
	if p == nil || p.final().kind != graph.Person {
		return nil
	}
	var found *entity
	for _, r := range p.final().roles {
		if r.org == nil {
			continue
		}
		o := r.org.final()
		var c *entity
		switch {
		case o.kind == graph.Country:
			c = o
		case o.country != nil && (o.kind == graph.Government || o.kind == graph.Organization && o.code != ""):
			c = d.countryEntity(o.country).final()
		}
		if c == nil {
			continue
		}
		if found != nil && found != c {
			return nil // roles in two countries: no telling which is his
		}
		found = c
	}
	if found != nil {
		d.addMention(st, j-1, j+1, found, "coref:pronoun")
	}
	return found
}

// asideThenVerb reports a subject m that opens its clause and is followed by an aside between
// commas and then a verb, before the "and" at j that coordinates a second verb phrase: "The
// Maritime Authority, which oversees the ports, met shipowners and ordered them to …".
func (d *doc) asideThenVerb(st *sent, m *mention, j int) bool {
	toks := st.toks
	if m.te >= j || toks[m.te].text != "," || m.ts > d.dateline(st, 0)+1 {
		return false
	}
	w := ""
	if m.te+1 < len(toks) {
		w = toks[m.te+1].lower
	}
	if w != "which" && w != "who" && w != "whose" && w != "of" && w != "a" && w != "an" && w != "the" && !strings.HasSuffix(w, "ed") {
		return false
	}
	for k := m.te + 1; k < j && k <= m.te+25; k++ {
		if toks[k].kind == tkQuote || toks[k].text == ";" || toks[k].text == ":" {
			return false
		}
		if toks[k].text != "," {
			continue
		}
		v := k + 1
		for v < j && (auxWords[toks[v].lower] || strings.HasSuffix(toks[v].lower, "ly") && toks[v].kind == tkWord) {
			v++
		}
		if v >= j {
			return false
		}
		t := toks[v]
		return t.kind == tkWord && !t.cap && !determiners[t.lower] && !isPrep(t.lower) && !isPronoun(t) && t.lower != "and" && t.lower != "to"
	}
	return false
}

// demandedClause reports a subject at s that opens the "that"-clause of a demand verb ("demanded
// that Kosmar release the crews", "insists that the army withdraw"): the clause's verb names what
// is demanded (the mandative subjunctive), which the DEMANDS cue already carries.
func (d *doc) demandedClause(st *sent, s int) bool {
	toks := st.toks
	k := s - 1
	if k >= 0 && (toks[k].lower == "the" || toks[k].lower == "all") {
		k--
	}
	hope := func(i int) bool {
		return i >= 0 && (toks[i].lower == "hope" || toks[i].lower == "hopes" || toks[i].lower == "hoped")
	}
	if hope(k) || k >= 1 && toks[k].lower == "that" && hope(k-1) {
		return true // "we hope Kosmar will release the crews": hoped for, not done
	}
	if k < 1 || toks[k].lower != "that" {
		return false
	}
	for v := k - 1; v >= 0 && v >= k-3; v-- {
		for _, m := range d.matchCues(st, v) {
			if m.c.Type == graph.Demands && m.e == k+1 {
				return true // the pattern ends in "that" ("demand that", "insist that")
			}
			if m.c.Type == graph.Demands && m.e == k && m.c.Frame == "V" {
				return true
			}
		}
	}
	return false
}

// documentIt reads "it" at j when the clause before it is about a document: the previous sentence
// opens with "The resolution …" / "The order …" (a head of docheads.txt). Then "it" is the
// document ("It demands that …", "It also asks …") and speaks for whoever issued it: the actor
// whose verb took "a/the resolution" as its object in the sentences before ("The Council adopted a
// resolution"). ok reports that "it" is the document; e is nil when no issuer is found, so that
// "it" is given to no actor named in between.
func (d *doc) documentIt(st *sent, j int) (e *entity, ok bool) {
	if st.idx == 0 || j > d.dateline(st, 0)+1 {
		return nil, false
	}
	prev := d.sents[st.idx-1]
	a := d.dateline(prev, 0)
	for a < len(prev.toks) && prev.toks[a].kind == tkQuote {
		a++
	}
	if a+1 >= len(prev.toks) || prev.toks[a].lower != "the" || !d.lx.docHeads[prev.toks[a+1].lower] || prev.ment[a+1] >= 0 {
		return nil, false
	}
	head := prev.toks[a+1].lower
	for si := st.idx - 1; si >= 0 && si >= st.idx-6; si-- {
		s2 := d.sents[si]
		for k := 2; k < len(s2.toks); k++ {
			if s2.toks[k].lower != head || s2.toks[k-1].lower != "a" && s2.toks[k-1].lower != "an" && s2.toks[k-1].lower != "the" {
				continue
			}
			v := k - 2
			if w := s2.toks[v]; w.kind != tkWord || w.cap || determiners[w.lower] || isPrep(w.lower) {
				continue
			}
			if src, _, _ := d.subjectOf(s2, v); src != nil {
				return src, true
			}
		}
	}
	return nil, true
}

// participleSubject returns the subject of the main clause that ends at the comma c before a
// participle: the subject (or, after a quotation, the speaker) of the nearest finite speech or cue
// verb before the comma outside quotation marks.
func (d *doc) participleSubject(st *sent, c int) (*entity, int) {
	toks := st.toks
	for k := c - 1; k >= 0 && k >= c-30; k-- {
		t := toks[k]
		if t.text == ";" || t.text == ":" {
			return nil, 0
		}
		if st.inQuote[k] || t.kind != tkWord || t.cap {
			continue
		}
		if d.speechVerbAt(st, k) {
			if le, _ := d.speechAt(st, k); le.form == "s" || le.form == "ed" {
				if e := d.speakerAround(st, k, 0); e != nil {
					return e, k
				}
				return nil, 0
			}
			continue
		}
		if d.finiteVerbAt(st, k) {
			if k > 0 && toks[k-1].kind == tkWord && d.nounUse(st, k) {
				continue // a noun: "called for nationwide protests"
			}
			if e, s, _ := d.subjectOf(st, k); e != nil {
				return e, s
			}
			return nil, 0
		}
	}
	return nil, 0
}

// nounUse reports that the word at k (k > 0) follows a determiner or a lowercase modifier, so it
// is a noun even in a verb's form ("nationwide protests", "the ban").
func (d *doc) nounUse(st *sent, k int) bool {
	p := st.toks[k-1]
	return !p.cap && (determiners[p.lower] || !auxWords[p.lower] && !strings.HasSuffix(p.lower, "ly") && !isPronoun(p) && p.lower != "and" && st.ment[k-1] < 0)
}

// speechBefore returns the speech verb that governs the "that" at k ("said in a statement that"),
// or -1: within five tokens before it, with no punctuation between.
func (d *doc) speechBefore(st *sent, k int) int {
	for v := k - 1; v >= 0 && v >= k-6; v-- {
		if st.toks[v].kind != tkWord {
			return -1
		}
		if d.speechVerbAt(st, v) {
			return v
		}
	}
	return -1
}

// speechThatNoActor reports a "that" at k closing a finite speech verb whose clause opens with no
// actor ("said that the strike was illegal"), followed at j+1 by a cue verb in the speech verb's
// form: the coordinated verb cannot belong to the clause's subject.
func (d *doc) speechThatNoActor(st *sent, k, j int) bool {
	v := d.speechBefore(st, k)
	if v < 0 || j+1 >= len(st.toks) || st.inQuote[k] {
		return false
	}
	le, _ := d.speechAt(st, v)
	if le.form != "s" && le.form != "ed" {
		return false
	}
	a := k + 1
	if a < j && determiners[st.toks[a].lower] {
		a++
	}
	if m := d.mentionAt(st, a); m != nil && actorKind(m.ent) || a < len(st.toks) && isPronoun(st.toks[a]) {
		return false // "said that Peru rejected the plan and urged …": Peru may be the one urging
	}
	if a > k+1 && d.resolveDefinite(st.idx, a) != nil {
		return false
	}
	for _, m := range d.matchCues(st, j+1) {
		if m.c.Frame != "N" && m.form == le.form {
			return true
		}
	}
	return false
}

// mandativeThat reports that the "that" at k closes a demand verb ("demands that") whose form
// ("-s", "-ed") a cue verb after the coordinator at j shares.
func (d *doc) mandativeThat(st *sent, k, j int) bool {
	if k < 1 || j+1 >= len(st.toks) {
		return false
	}
	form := ""
	for _, m := range d.matchCues(st, k-1) {
		if m.c.Type == graph.Demands && m.e == k+1 && (m.form == "s" || m.form == "ed") {
			form = m.form
		}
	}
	if form == "" {
		return false
	}
	for _, m := range d.matchCues(st, j+1) {
		if m.c.Frame != "N" && m.form == form {
			return true
		}
	}
	return false
}

// finiteVerbAt reports a cue or speech verb in a finite form ("-s", "-ed") at i.
func (d *doc) finiteVerbAt(st *sent, i int) bool {
	if i >= len(st.toks) || st.toks[i].cap {
		return false
	}
	if le, ok := d.speechAt(st, i); ok && (le.form == "s" || le.form == "ed") {
		return true
	}
	for _, m := range d.matchCues(st, i) {
		if m.c.Frame != "N" && (m.form == "s" || m.form == "ed") {
			return true
		}
	}
	return false
}

// elidedObject returns what a rejection verb with no object rejects ("has refused.", "declined on
// Monday."): the target of the last demand or offer by another actor in this or the two sentences
// before; nil when the verb has an object or no such demand was reported.
func (d *doc) elidedObject(st *sent, m *cueMatch, src *entity) *entity {
	c := m.c
	if c.Type != graph.Opposes || c.Frame != "V" || len(c.Pattern) != 1 {
		return nil
	}
	switch c.Pattern[0] {
	case "refuse", "reject", "decline", "rebuff":
	default:
		return nil
	}
	e := timeAdverbialAt(st, m.e)
	if e < len(st.toks) && st.toks[e].text != "." && st.toks[e].text != "!" {
		return nil
	}
	for i := len(d.rels) - 1; i >= 0; i-- {
		r := d.rels[i]
		if r.sent < st.idx-2 {
			break
		}
		if r.sent > st.idx || r.structural || r.src == nil || r.tgt == nil || r.src.final() == src.final() || r.negated {
			continue
		}
		if (r.typ == graph.Demands || r.typ == graph.Offers) && r.tgt.final().kind == graph.Policy {
			return r.tgt.final()
		}
	}
	return nil
}

// namedDescription reads "the central bank", "the electoral commission" ending at j: a definite
// description of two lowercase words that are consecutive words of exactly one organization's or
// body's name in the article ("Central Bank of Kenya").
func (d *doc) namedDescription(st *sent, j int) *entity {
	toks := st.toks
	if j < 2 || toks[j-2].lower != "the" || toks[j].cap || toks[j-1].cap || toks[j].kind != tkWord || toks[j-1].kind != tkWord || st.ment[j] >= 0 || st.ment[j-1] >= 0 {
		return nil
	}
	if determiners[toks[j-1].lower] || auxWords[toks[j-1].lower] || isPrep(toks[j-1].lower) {
		return nil
	}
	phrase := " " + toks[j-1].lower + " " + toks[j].lower + " "
	var found *entity
	for _, e := range d.ents {
		if e.merged != nil || !actorKind(e) || e.kind != graph.Organization && e.kind != graph.Government {
			continue
		}
		if strings.Contains(" "+strings.ToLower(e.name)+" ", phrase) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// forumWords name the forum of a legal action.
var forumWords = map[string]bool{"court": true, "courts": true, "tribunal": true, "arbitration": true,
	"judge": true, "panel": true, "ombudsman": true}

// forumEnd extends a legal action's phrase ending at e over the forum that follows it ("challenge
// the measures before an international arbitration tribunal", "at the High Court").
func (d *doc) forumEnd(st *sent, e int) int {
	toks := st.toks
	if e >= len(toks) || toks[e].lower != "before" && toks[e].lower != "in" && toks[e].lower != "at" {
		return e
	}
	end := e
	for k := e + 1; k < len(toks) && k <= e+6; k++ {
		if toks[k].kind != tkWord || k > e+1 && isPrep(toks[k].lower) {
			break
		}
		if forumWords[toks[k].lower] {
			end = k + 1 // the last forum word: "an international arbitration tribunal"
		}
	}
	return end
}

// protestVerbs are acts of protest that a warning can announce (CAMEO 14, threatened under CAMEO
// 133 "threaten political dissent").
var protestVerbs = map[string]bool{"strike": true, "boycott": true, "walk": true, "blockade": true, "picket": true}

// designationWords mark a designation as a sanction under a legal authority ("designating three
// officials pursuant to Section 7031(c) for their involvement in corruption", "designated as a
// Foreign Terrorist Organization"), the usage of sanctions announcements.
var designationWords = map[string]bool{"pursuant": true, "sanction": true, "sanctions": true, "terrorist": true,
	"terrorism": true, "corruption": true, "involvement": true, "ineligible": true, "7031": true, "blocked": true}

// designationContext reports a sentence that speaks of a designation as a sanction.
func (d *doc) designationContext(st *sent) bool {
	for _, t := range st.toks {
		if designationWords[t.lower] {
			return true
		}
	}
	return false
}

// nothingLessThan reads "accept nothing less than X", "accept nothing short of X": the X
// demanded, or nil.
func (d *doc) nothingLessThan(st *sent, m *cueMatch) *entity {
	toks := st.toks
	if m.c.Frame != "V" || m.c.Pattern[0] != "accept" || m.e+3 >= len(toks) {
		return nil
	}
	s := m.e
	if s+3 >= len(toks) || toks[s].lower != "nothing" && toks[s].lower != "no" {
		return nil
	}
	if !(toks[s+1].lower == "less" && toks[s+2].lower == "than" || toks[s+1].lower == "short" && toks[s+2].lower == "of") {
		return nil
	}
	return d.policyTarget(st, s+3, d.phraseEnd(st, s+3), "")
}

// protestAct reports a protest verb at s ("strike", "boycott"), or one continued ("keep
// striking", "continue to strike").
func (d *doc) protestAct(st *sent, s int) bool {
	toks := st.toks
	w := toks[s].lower
	if protestVerbs[w] {
		return true
	}
	if (w == "keep" || w == "continue") && s+1 < len(toks) {
		n := strings.TrimSuffix(toks[s+1].lower, "ing")
		if protestVerbs[n] || n == "strik" || s+2 < len(toks) && toks[s+1].lower == "to" && protestVerbs[toks[s+2].lower] {
			return true
		}
	}
	return false
}

// hostileWords name coercive measures that "did not rule out X" threatens.
var hostileWords = map[string]bool{"reciprocal": true, "retaliatory": true, "retaliation": true, "countermeasures": true,
	"military": true, "force": true, "strike": true, "strikes": true, "action": true, "measures": true, "sanctions": true,
	"tariffs": true, "ban": true, "embargo": true, "expulsion": true, "expulsions": true, "responding": true,
	"retaliating": true, "defending": true}

// hostileTarget reports a target that names a coercive measure ("reciprocal measures", "military
// action", "new sanctions").
func (d *doc) hostileTarget(e *entity) bool {
	for _, w := range strings.Fields(strings.ToLower(e.final().name)) {
		if hostileWords[strings.Trim(w, "\"'“”")] {
			return true
		}
	}
	return false
}

// intentNouns head "NOUN to VERB" phrases whose owner does the verb; true marks an intent (a plan,
// not yet an act).
var intentNouns = map[string]bool{"decision": false, "move": false, "bid": true, "attempt": true, "attempts": true,
	"effort": true, "efforts": true, "plan": true, "plans": true, "threat": true, "threats": true, "pledge": true,
	"promise": true, "proposal": true}

// nounIntentSource returns the owner of an intent noun before the infinitive at i: its possessor
// ("Beijing's decision to"), the agent after it ("the move by Ankara to"), or the subject of the
// verb governing it ("Washington announced plans to").
func (d *doc) nounIntentSource(st *sent, i int) (*entity, int, string, bool) {
	toks := st.toks
	if i < 2 || toks[i-1].lower != "to" {
		return nil, 0, "", false
	}
	n := i - 2
	if am := d.mentionAt(st, n); am != nil && am.ts >= 2 && toks[am.ts-1].lower == "by" {
		// "the move by Ankara to close": the agent, then the noun before "by"
		if intent, ok := intentNouns[toks[am.ts-2].lower]; ok && actorKind(am.ent) {
			return am.ent.final(), am.ts, "by-agent", intent
		}
		return nil, 0, "", false
	}
	intent, ok := intentNouns[toks[n].lower]
	if !ok {
		return nil, 0, "", false
	}
	for _, cm := range d.matchCues(st, n) {
		if cm.c.Frame == "N" && cm.e == i {
			return nil, 0, "", false // "threats to impose": the nominal cue carries the relation
		}
	}
	if n >= 2 && toks[n-1].lower == "'s" {
		if pm := d.mentionAt(st, n-2); pm != nil && actorKind(pm.ent) {
			return pm.ent.final(), pm.ts, "possessor", intent
		}
		return nil, 0, "", false
	}
	if n >= 1 && (toks[n-1].lower == "its" || toks[n-1].lower == "their") {
		if e, s, _ := d.subjectOf(st, n-1); e != nil && fits(e, pronounClass(toks[n-1].lower)) {
			return e, s, "coref:pronoun", intent
		}
		return nil, 0, "", false
	}
	v := n - 1
	if v >= 0 && determiners[toks[v].lower] {
		v--
	}
	if v >= 0 && toks[v].kind == tkWord && !toks[v].cap && !isPrep(toks[v].lower) && st.ment[v] < 0 {
		if e, s, h := d.subjectOf(st, v); e != nil {
			return e, s, h, intent
		}
	}
	return nil, 0, "", false
}

// deonticBetween reports "must", "should" or "ought" between the subject at s and the verb at v.
func (d *doc) deonticBetween(st *sent, s, v int) bool {
	for k := s; k < v && k < len(st.toks); k++ {
		switch st.toks[k].lower {
		case "must", "should", "ought":
			return true
		}
	}
	return false
}

// conditionAfter reports an "if" or "unless" clause after token i in st.
func (d *doc) conditionAfter(st *sent, i int) bool {
	for k := i; k < len(st.toks); k++ {
		if w := st.toks[k].lower; w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// aspectBefore returns the aspect verb governing an infinitive at i ("continue to", "began to",
// "started to"), or -1.
func (d *doc) aspectBefore(st *sent, i int) int {
	j := i - 1
	if j < 1 || st.toks[j].lower != "to" {
		return -1
	}
	switch st.toks[j-1].lower {
	case "continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun", "start", "starts", "started":
		return j - 1
	}
	return -1
}

// futureAct reports an act announced for the future between the subject at s and the verb at v: a
// modal of the future ("will", "would", "'ll", "shall") or an intent verb governing the infinitive
// ("vowed to", "plans to").
func (d *doc) futureAct(st *sent, s, v int) bool {
	if d.intentBefore(st, v) >= 0 {
		return true
	}
	for k := s; k < v && k < len(st.toks); k++ {
		switch st.toks[k].lower {
		case "will", "would", "'ll", "shall", "wo":
			return true
		}
	}
	return false
}

// governmentNoun are the heads of "the government of X", "the authorities of X": the phrase names X
// acting as a state, as "X's government" does.
var governmentNoun = map[string]bool{"government": true, "authorities": true, "leadership": true,
	"cabinet": true, "administration": true, "regime": true, "junta": true}

// nounStart words make the next word a noun ("the offer", "its support").
var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"'s": true, "any": true, "no": true, "every": true, "each": true, "such": true}

// findRelations extracts cue relations sentence by sentence.
func (d *doc) findRelations() {
	for _, st := range d.sents {
		d.checkStop()
		if st.headline || isQuestion(st) || d.furniture(st) {
			continue // a question asserts no stance, nor does "I'll turn it over to …"
		}
		d.evaluations(st)
		d.mandatives(st)
		d.hopes(st)
		d.sponsorship(st)
		d.frameRelations(st)
	}
	d.dropCodedTurns()
}

// dropCodedTurns drops a transcript turn's claim (a rule of turnClaims) when its sentence is also a
// cue relation of the same speaker ("We call on X to withdraw them" is a demand): the speech act is
// coded by its type, as speech:must-clause codes a demand instead of a statement.
func (d *doc) dropCodedTurns() {
	coded := map[[2]any]bool{}
	for _, r := range d.rels {
		if r.typ != graph.Claims && !r.structural && r.src != nil {
			coded[[2]any{r.sent, r.src.final()}] = true
		}
	}
	kept := d.rels[:0]
	for _, r := range d.rels {
		if r.typ == graph.Claims && turnRules[r.rule] && coded[[2]any{r.sent, r.src.final()}] {
			continue
		}
		kept = append(kept, r)
	}
	d.rels = kept
}

// evalSkip are words between an evaluated phrase and the evaluative word: intensifiers, articles.
var evalSkip = map[string]bool{"too": true, "so": true, "very": true, "deeply": true, "wholly": true, "entirely": true,
	"completely": true, "totally": true, "utterly": true, "highly": true, "simply": true, "a": true, "an": true,
	"clearly": true, "grossly": true, "hugely": true, "absolutely": true, "quite": true, "long": true}

// evaluations finds stances stated as judgements (rules evaluation:call, evaluation:said): "X
// called the threat of sanctions “regrettable”", "X described the plan as reckless", "X said the
// union's demand was unrealistic", "“The offer is an insult,” X said". The evaluative word's
// polarity (evaluations.txt) makes the relation OPPOSES or SUPPORTS; "not" turns a positive word
// into OPPOSES and voids a negative one. The judged phrase must be an actor or name an act or
// position (a policy word, a cue noun, or a head listed in evaluations.txt).
func (d *doc) evaluations(st *sent) {
	toks := st.toks
	for k := 1; k < len(toks); k++ {
		pol := d.lx.evaluation[toks[k].lower]
		if pol == 0 || st.ment[k] >= 0 || toks[k].cap {
			continue
		}
		a := k
		neg := false
		for a > 0 && (toks[a-1].kind == tkQuote || evalSkip[toks[a-1].lower] || d.lx.negations[toks[a-1].lower]) {
			neg = neg || d.lx.negations[toks[a-1].lower]
			a--
		}
		// coordinated judgements: "described the move as “hasty and unjustified”"
		if !neg && a > 2 && (toks[a-1].lower == "and" || toks[a-1].lower == "but") && toks[a-2].kind == tkWord && !toks[a-2].cap && st.ment[a-2] < 0 && !auxWords[toks[a-2].lower] {
			// "ambitious but realistic": the judgement after "but" is the one that stands
			a -= 2
			for a > 0 && (toks[a-1].kind == tkQuote || evalSkip[toks[a-1].lower]) {
				a--
			}
		}
		if a > 1 && (toks[a-1].lower == "an" || toks[a-1].lower == "a") {
			a--
		}
		if neg {
			if pol < 0 {
				continue
			}
			pol = -1
		}
		if a < 2 {
			continue
		}
		var src *entity
		var ys, ye, cueTok int
		rule, how := "", ""
		switch {
		case d.lx.beForms[toks[a-1].lower] || toks[a-1].lower == "'s" && a > 1 && st.ment[a-2] < 0:
			// "Y was ADJ" under a speech verb or inside a quotation
			ye = a - 1
			for ye > 0 && (auxWords[toks[ye-1].lower] && !d.lx.beForms[toks[ye-1].lower] || d.lx.beForms[toks[ye-1].lower]) {
				ye--
			}
			ys = d.evalPhraseStart(st, ye)
			if ys >= ye {
				continue
			}
			g := ys - 1
			if g >= 0 && toks[g].lower == "that" {
				g--
			}
			if g >= 0 {
				if le, ok := d.speechAt(st, g); ok && le.form != "ing" && !st.inQuote[g] {
					e, _, h := d.subjectOf(st, g)
					src, cueTok, rule, how = e, g, "evaluation:said", h
				}
			}
			if src == nil && st.inQuote[ys] && (ys == 0 || toks[ys-1].kind == tkQuote || isOpenQuote(toks[ys-1])) {
				if q := d.quoteAt(st.idx, ys); q != nil && q.speaker != nil {
					src, cueTok, rule = q.speaker.final(), k, "evaluation:quote"
				}
			}
		case toks[a-1].lower == "as" && a > 2:
			// "described the plan as reckless"
			ye = a - 1
			ys = d.evalPhraseStart(st, ye)
			if ys < 1 || ys >= ye || !describeVerb[toks[ys-1].lower] {
				continue
			}
			e, _, h := d.subjectOf(st, ys-1)
			src, cueTok, rule, how = e, ys-1, "evaluation:call", h
		default:
			// "called Y ADJ"
			ye = a
			ys = d.evalPhraseStart(st, ye)
			if ys < 1 || ys >= ye {
				continue
			}
			v := toks[ys-1].lower
			if v != "called" && v != "calls" && v != "call" && v != "calling" && v != "branded" && v != "labelled" && v != "labeled" && v != "deemed" && v != "considers" && v != "considered" {
				continue
			}
			if v == "calling" {
				if e, _ := d.coordinatedVerbSubject(st, ys-1); e != nil {
					src, how = e, "coordination"
				}
			} else {
				src, _, how = d.subjectOf(st, ys-1)
			}
			cueTok, rule = ys-1, "evaluation:call"
		}
		if src == nil {
			continue
		}
		tgt := d.evalTarget(st, ys, ye)
		if tgt == nil || tgt.final() == src.final() {
			continue
		}
		typ, cameo, plover := graph.Opposes, "11", "DISAPPROVE"
		if pol > 0 {
			typ, cameo, plover = graph.Supports, "051", "SUPPORT"
		}
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		ct := toks[cueTok]
		kt := toks[k]
		d.rels = append(d.rels, &relCand{typ: typ, src: src.final(), tgt: tgt.final(), sent: st.idx, cue: d.text(ct.start, kt.end),
			cueStart: ct.start, cueEnd: kt.end, rule: rule, score: 0.7, cameo: cameo, plover: plover})
	}
}

// sponsorVerbs are participles that name the authors of a text: "the resolution, drafted by A and
// B", "a bill sponsored by X", "the motion was tabled by Y".
var sponsorVerbs = map[string]bool{"drafted": true, "sponsored": true, "co-sponsored": true, "cosponsored": true,
	"tabled": true, "authored": true, "co-authored": true, "penned": true}

// sponsorship: the authors of a resolution, bill or motion support it (rule sponsor:by, CAMEO 051,
// PLOVER SUPPORT): "The resolution, drafted by Britain and Sierra Leone, was adopted" → Britain
// SUPPORTS the resolution, Sierra Leone SUPPORTS the resolution. The text is the noun phrase that
// the participle modifies (back to its determiner) or, in the passive, the clause's subject.
func (d *doc) sponsorship(st *sent) {
	toks := st.toks
	for k := 1; k+2 < len(toks); k++ {
		if !sponsorVerbs[toks[k].lower] || toks[k+1].lower != "by" {
			continue
		}
		// the agents: "by A", "by A and B", "by A, B and C"
		var agents []*entity
		for a := k + 2; a < len(toks); {
			if leadingDrop[toks[a].lower] {
				a++
				continue
			}
			am := d.mentionAt(st, a)
			if am == nil || am.ts != a || !actorKind(am.ent) {
				break
			}
			agents = append(agents, am.ent.final())
			a = am.te
			if a < len(toks) && (toks[a].lower == "and" || toks[a].text == ",") && a+1 < len(toks) && d.mentionAt(st, a+1) != nil {
				a++
				continue
			}
			break
		}
		if len(agents) == 0 {
			continue
		}
		// the text: back over a comma, be-forms and adverbs to a noun phrase, opened by a determiner
		b := k - 1
		for b >= 0 && (toks[b].text == "," || d.lx.beForms[toks[b].lower] || auxWords[toks[b].lower] || strings.HasSuffix(toks[b].lower, "ly") && !toks[b].cap) {
			b--
		}
		if b < 0 || toks[b].kind != tkWord || st.ment[b] >= 0 && actorKind(d.mentions[st.ment[b]].ent) {
			continue
		}
		s0 := -1
		for j := b; j >= 0 && j > b-6; j-- {
			if toks[j].kind != tkWord {
				break
			}
			if determiners[toks[j].lower] {
				s0 = j
				break
			}
		}
		if s0 < 0 {
			continue
		}
		tgt := d.policyTarget(st, s0, b+1, "")
		if tgt == nil {
			continue
		}
		m := cueMatch{c: &cue{Lemma: toks[k].lower + " by", Type: graph.Supports, Cameo: "051", Plover: "SUPPORT"}, s: k, e: k + 2}
		for _, a := range agents {
			d.rels = append(d.rels, &relCand{typ: graph.Supports, src: a, tgt: tgt.final(), sent: st.idx, cue: d.spanText(st, k, k+2),
				cueStart: toks[k].start, cueEnd: toks[k+1].end, rule: "sponsor:by", score: 0.75, cameo: m.c.Cameo, plover: m.c.Plover})
		}
	}
}

// mandatives: "it is ADJ that X (should) VERB …" with a mandative adjective (mandative.txt) is a
// demand on X by whoever says it: the subject of a speech or belief verb governing the sentence
// ("Biden believes that it's important that China live up to its commitments"), the speaker of
// the quotation, or the voice of a transcript (rule mandative, CAMEO 10). The target is the verb
// phrase demanded ("living up to the commitments").
func (d *doc) mandatives(st *sent) {
	toks := st.toks
	for k := 3; k+2 < len(toks); k++ {
		if toks[k].lower != "that" && toks[k].lower != "for" || !d.lx.mandative[toks[k-1].lower] {
			continue
		}
		b := k - 2
		for b > 0 && (strings.HasSuffix(toks[b].lower, "ly") || toks[b].lower == "very" || toks[b].lower == "so") {
			b--
		}
		if !d.lx.beForms[toks[b].lower] && toks[b].lower != "'s" && toks[b].lower != "remains" {
			continue
		}
		it := b - 1
		for it > 0 && auxWords[toks[it].lower] {
			it--
		}
		if it < 0 || toks[it].lower != "it" {
			continue
		}
		// the clause subject: an actor other than the speaker, then a base-form verb ("it is vital
		// that X do", "it is vital for X to do", "for the government to do")
		var subj *entity
		v := -1
		if sm := d.mentionAt(st, k+1); sm != nil && sm.ts == k+1 && actorKind(sm.ent) {
			subj, v = sm.ent.final(), sm.te
		} else if sm := d.mentionAt(st, k+2); toks[k].lower == "for" && toks[k+1].lower == "the" && sm != nil && sm.ts == k+2 && actorKind(sm.ent) {
			subj, v = sm.ent.final(), sm.te
		} else if k+3 < len(toks) && toks[k+1].lower == "the" {
			if e := d.resolveDefinite(st.idx, k+2); e != nil {
				subj, v = e, k+3
			}
		}
		if subj == nil {
			continue
		}
		if toks[k].lower == "for" {
			if v+1 >= len(toks) || toks[v].lower != "to" {
				continue
			}
			v++
		} else if v < len(toks) && (toks[v].lower == "should" || toks[v].lower == "must") {
			v++
		}
		if v >= len(toks) {
			continue
		}
		if !d.verbNext(st, v) || strings.HasSuffix(toks[v].lower, "ed") {
			continue
		}
		var src *entity
		how := ""
		if st.inQuote[it] {
			if q := d.quoteAt(st.idx, it); q != nil && q.speaker != nil {
				src = q.speaker.final()
			}
		} else {
			for g := it - 1; g >= 0 && src == nil; g-- {
				if le, ok := d.speechAt(st, g); ok && le.form != "ing" && !st.inQuote[g] {
					src, _, how = d.subjectOf(st, g)
					break
				}
			}
			if src == nil {
				// "It is vital for X to …, the federation said": an attribution after the clause
				for g := v + 1; g < len(toks) && src == nil; g++ {
					if toks[g].text != "," || g+1 >= len(toks) {
						continue
					}
					for h := g + 1; h < len(toks) && h <= g+6; h++ {
						if le, ok := d.speechAt(st, h); ok && le.form != "ing" && !st.inQuote[h] && d.attributionEnds(st, h) {
							src = d.speakerAround(st, h, g+1)
							break
						}
					}
				}
			}
			if src == nil {
				src = d.resolvePronoun(st.idx, it, "we")
				how = "transcript-voice"
			}
		}
		if src == nil || src.final() == subj {
			continue
		}
		e := d.phraseEnd(st, v+1)
		name := strings.TrimSpace(gerund(toks[v].lower) + " " + d.spanText(st, v+1, e))
		tgt := d.policyEntity(name, "target:verb-phrase")
		rule := "mandative"
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		d.rels = append(d.rels, &relCand{typ: graph.Demands, src: src.final(), tgt: tgt, sent: st.idx, cue: d.spanText(st, it, k+1),
			cueStart: toks[it].start, cueEnd: toks[k].end, rule: rule, score: 0.7, cameo: "10", plover: "DEMAND"})
	}
}

// hopes finds appeals stated as hopes (rule hope, PLOVER DEMAND, which takes CAMEO 02 appeals):
// "We hope India will engage in good faith", "Oslo hoped that both sides would return to talks" →
// the hoper DEMANDS the verb phrase of the other actor.
func (d *doc) hopes(st *sent) {
	toks := st.toks
	for k := 0; k+3 < len(toks); k++ {
		if w := toks[k].lower; w != "hope" && w != "hopes" && w != "hoped" || toks[k].cap && k > 0 || k > 0 && determiners[toks[k-1].lower] {
			continue
		}
		a := k + 1
		if toks[a].lower == "that" {
			a++
		}
		sm := d.mentionAt(st, a)
		if sm == nil || sm.ts != a || !actorKind(sm.ent) || sm.te+1 >= len(toks) {
			continue
		}
		v := sm.te
		if w := toks[v].lower; w != "will" && w != "would" && w != "can" && w != "could" {
			continue
		}
		v++
		if !d.verbNext(st, v) || strings.HasSuffix(toks[v].lower, "ed") || d.lx.negations[toks[v].lower] {
			continue
		}
		var src *entity
		how := ""
		if k > 0 && isPronoun(toks[k-1]) && pronounClass(toks[k-1].lower) == "first" {
			src = d.resolvePronoun(st.idx, k-1, toks[k-1].lower)
		} else {
			src, _, how = d.subjectOf(st, k)
		}
		if src == nil || src.final() == sm.ent.final() {
			continue
		}
		e := d.phraseEnd(st, v+1)
		name := strings.TrimSpace(gerund(toks[v].lower) + " " + d.spanText(st, v+1, e))
		rule := "hope"
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		d.rels = append(d.rels, &relCand{typ: graph.Demands, src: src.final(), tgt: d.policyEntity(name, "target:verb-phrase"), sent: st.idx,
			cue: d.spanText(st, k, v+1), cueStart: toks[k].start, cueEnd: toks[v].end, rule: rule, score: 0.65, cameo: "02", plover: "DEMAND"})
	}
}

// describeVerb are the verbs of "described X as ADJ".
var describeVerb = map[string]bool{"described": true, "describes": true, "describe": true, "describing": true,
	"denounced": true, "dismissed": true, "characterized": true, "characterised": true, "portrayed": true, "saw": true, "sees": true, "regards": true, "regarded": true}

// evalPhraseStart returns where the noun phrase ending before e starts: back over words,
// possessives and mentions, stopping at a verb, "that", punctuation or a quotation mark.
func (d *doc) evalPhraseStart(st *sent, e int) int {
	toks := st.toks
	s := e
	for s > 0 && e-s < 8 {
		t := toks[s-1]
		if m := d.mentionAt(st, s-1); m != nil {
			s = m.ts
			continue
		}
		if t.lower == "'s" && s < e {
			s-- // a possessive: "the union's demand"
			continue
		}
		if t.kind != tkWord && t.kind != tkNum || t.lower == "that" || targetStop[t.lower] || d.lx.speech[t.lower].kind != 0 || t.lower == "called" || t.lower == "calling" || describeVerb[t.lower] || d.lx.beForms[t.lower] || auxWords[t.lower] && t.lower != "'s" {
			break
		}
		if d.lx.cues.next[t.lower] != nil && !determiners[t.lower] && s-2 >= 0 && (st.ment[s-2] >= 0 || isPronoun(toks[s-2]) || auxWords[toks[s-2].lower] && toks[s-2].lower != "'s" || toks[s-2].lower == "and" || toks[s-2].text == ",") {
			break // a verb: "Chile rejected the offer"
		}
		s--
	}
	return s
}

// evalTarget is the actor or act that tokens [s, e) name, or nil: an actor mention covering the
// phrase, or a noun phrase whose head is a policy word, a cue noun or an evaluable head.
func (d *doc) evalTarget(st *sent, s, e int) *entity {
	toks := st.toks
	b := s
	for b < e && leadingDrop[toks[b].lower] {
		b++
	}
	if b >= e {
		return nil
	}
	if m := d.mentionAt(st, b); m != nil && m.ts == b && m.te == e && actorKind(m.ent) {
		return m.ent.final()
	}
	if e-b == 1 && pronounClass(toks[b].lower) != "" {
		return nil
	}
	head := e - 1
	for k := b; k < e; k++ {
		if toks[k].lower == "of" || toks[k].lower == "for" || toks[k].lower == "on" || toks[k].lower == "to" {
			head = k - 1 // "the threat of sanctions": the head is before the preposition
			break
		}
	}
	if head < b {
		return nil
	}
	hw := toks[head].lower
	if !(d.lx.policyHead[hw] || d.lx.evaluable[hw] || d.lx.cues.next[hw] != nil && d.nounCue(hw)) {
		return nil
	}
	if m := d.mentionAt(st, b); m != nil && m.ts == b && m.te == e && m.ent.final().kind == graph.Policy {
		return m.ent.final()
	}
	return d.policyTarget(st, b, e, "")
}

// nounCue reports whether w starts an N-frame cue ("threat of", "offer of", "sanctions on").
func (d *doc) nounCue(w string) bool {
	n := d.lx.cues.next[w]
	if n == nil {
		return false
	}
	for _, e := range n.entries {
		if e.cue != nil && e.cue.Frame == "N" {
			return true
		}
	}
	for _, nx := range n.next {
		for _, e := range nx.entries {
			if e.cue != nil && e.cue.Frame == "N" {
				return true
			}
		}
	}
	return false
}

// hostileClause reports whether the clause from s announces a hostile act: it holds a SANCTIONS,
// OPPOSES or THREATENS cue ("police will no longer tolerate rallies", "we will retaliate").
func (d *doc) hostileClause(st *sent, s int) bool {
	end := len(st.toks)
	for k := s; k < end; k++ {
		if st.toks[k].kind == tkPunct && st.toks[k].text != "," {
			break
		}
		if k > 0 && determiners[st.toks[k-1].lower] || k+1 < end && finiteAux[st.toks[k+1].lower] {
			continue // a noun: "the ban", "very large fines may deter investment"
		}
		if protestVerbs[st.toks[k].lower] && k > 0 && (st.toks[k-1].lower == "to" || d.modalBefore(st, k)) {
			return true // "warned it would strike", "warned that members will walk out"
		}
		for _, m := range d.matchCues(st, k) {
			if t := m.c.Type; (t == graph.Sanctions || t == graph.Opposes || t == graph.Threatens) && m.c.Frame != "N" {
				return true
			}
		}
	}
	return false
}

// conditionalBetween reports a conditional modal (would, could, might, may) between the subject at
// s and the cue at e.
func (d *doc) conditionalBetween(st *sent, s, e int) bool {
	for k := s; k < e && k < len(st.toks); k++ {
		switch st.toks[k].lower {
		case "would", "could", "might", "may":
			return true
		}
	}
	return false
}

func joinHow(a, b string) string {
	if a == "" || a == "subject" {
		return b
	}
	return a + "+" + b
}

// isQuestion reports an interrogative sentence (it ends with a question mark, maybe before a
// closing quotation mark).
func isQuestion(st *sent) bool {
	for k := len(st.toks) - 1; k >= 0; k-- {
		if st.toks[k].kind == tkQuote {
			continue
		}
		return st.toks[k].text == "?"
	}
	return false
}

// cueRelation makes the relations of one cue match. It reports whether the match was used.
func (d *doc) cueRelation(st *sent, m *cueMatch) bool {
	toks := st.toks
	c := m.c
	if toks[m.s].cap && m.s > 0 && !d.sentInitial(st, m.s) {
		return false
	}
	var srcs []*entity
	var how string
	actThreat := false // a rejection promised under a condition: the act is what is threatened
	subjEnd := m.s
	typ := c.Type
	score := 0.8
	if c.Frame == "VTO" && !d.verbNext(st, m.e) {
		return false
	}
	if d.inConditionalClause(st, m.s) {
		return false // "… if Dakar accepted the zone": a hypothetical act asserts no stance
	}
	switch c.Frame {
	case "V", "VTO":
		if m.s > 0 && determiners[toks[m.s-1].lower] && c.Pattern[0] != "be" && c.Pattern[0] != "NOT" {
			return false // a noun: "the offer", "a ban"
		}
		// passive: "was rejected by X"
		// "was rejected on Monday by X": a time adverbial may stand between the participle and "by"
		by := timeAdverbialAt(st, m.e)
		pv := m.s // the participle whose clause holds the patient
		if c.Frame == "V" && m.form == "ed" && !d.beBefore(st, m.s) {
			pv = d.coordinatedPassive(st, m.s)
		}
		if c.Frame == "V" && m.form == "ed" && by < len(toks) && toks[by].lower == "by" && pv >= 0 {
			a := by + 1
			if a < len(toks) && leadingDrop[toks[a].lower] {
				a++
			}
			// "by the opposition Movement for X", "by the state-owned Y": a modifier before the name
			for k := a; k < len(toks) && k < a+2 && st.ment[k] < 0 && toks[k].kind == tkWord && !toks[k].cap && !d.lx.stop[toks[k].lower]; k++ {
				if nm := d.mentionAt(st, k+1); nm != nil && nm.ts == k+1 {
					a = k + 1
					break
				}
			}
			if am := d.mentionAt(st, a); am != nil && actorKind(am.ent) {
				obj, _, _ := d.subjectOf(st, pv)
				if obj == nil {
					// the patient is no actor: the noun phrase before the verb group
					b := pv - 1
					for b >= 0 && (auxWords[toks[b].lower] || d.lx.beForms[toks[b].lower] || strings.HasSuffix(toks[b].lower, "ly") && toks[b].kind == tkWord && !toks[b].cap) {
						b--
					}
					if b >= 0 {
						s := b
						for s > 0 && toks[s-1].kind == tkWord && !targetStop[toks[s-1].lower] && !d.speechVerbAt(st, s-1) {
							s-- // "X said the merger was rejected by Y": the patient starts after the speech verb
						}
						if d.hasAux(st, s, b+1) || toks[b].text == "," {
							// "A request by X to postpone Y until an audit could be carried out was
							// rejected", "The deal, signed by A and B, was rejected": the patient is
							// the noun phrase that opens the clause
							c := datelineEnd(st)
							for c < b && toks[c].kind == tkQuote {
								c++
							}
							if c <= b {
								// (a dateline or quotes reaching the verb leave no phrase to take)
								e := min(d.phraseEnd(st, c), b+1)
								if e <= c {
									e = c + 1
								}
								for k := c + 1; k < e; k++ {
									if toks[k].text == "," {
										e = k // the aside after the head: ", signed by A and B,"
										break
									}
								}
								s, b = c, e-1
							}
						}
						if w := toks[b].lower; (w == "which" || w == "that") && b == s {
							// "The plan, which was opposed by X, passed": the relative's antecedent
							if as, ae := d.relativeAntecedent(st, b); ae > as {
								s, b = as, ae-1
							}
						}
						obj = d.policyTarget(st, s, b+1, "")
					}
				}
				if obj != nil {
					for _, ag := range d.agentList(st, am) {
						d.addRel(st, m, typ, ag, obj, "passive", 0.75, m.s, false)
					}
					return true
				}
			}
		}
		if c.Frame == "V" && m.form == "ed" && (d.beBefore(st, m.s) || m.e < len(toks) && toks[m.e].lower == "by") {
			return false // passive without an agent, or a reduced relative ("a statement released by X")
		}
		if c.Frame == "V" && m.form == "base" && d.beBefore(st, m.s) && c.Pattern[0] != "be" {
			return false // after a form of "be" a bare form is no verb: "Oslo is fine with it"
		}
		if c.Frame == "VTO" && m.form == "ed" && d.beBefore(st, m.s) && c.Pattern[0] != "be" {
			return false // "will be allowed to"
		}
		src, ss, h := d.subjectOf(st, m.s)
		if src == nil {
			// an infinitive under an intent verb: "plans to impose restrictions"
			if iv := d.intentBefore(st, m.s); iv >= 0 {
				src, ss, h = d.subjectOf(st, iv)
				if src != nil && typ == graph.Sanctions {
					typ = graph.Threatens
					h = "intent"
				}
			}
		}
		if src == nil {
			// "will continue to support X", "began to withdraw": the aspect verb's subject acts
			if av := d.aspectBefore(st, m.s); av >= 0 {
				src, ss, h = d.subjectOf(st, av)
			}
		}
		if src == nil {
			// "Beijing's decision to ban …", "announced plans to impose …", "the move by Ankara to
			// close …": the noun's owner acts; a plan or threat of a sanction is a threat
			if e, s2, h2, intent := d.nounIntentSource(st, m.s); e != nil {
				src, ss, h = e, s2, h2
				if intent && typ == graph.Sanctions {
					typ = graph.Threatens
					h = joinHow(h, "intent")
				}
			}
		}
		if src == nil {
			// "has taken steps to impose restrictions": the act is the subject's own
			if av := d.actionBefore(st, m.s); av >= 0 {
				src, ss, h = d.subjectOf(st, av)
			}
		}
		if src == nil {
			return false
		}
		if d.demandedClause(st, ss) {
			return false // "demands that the RSF lift the siege": the lifting is demanded, not done
		}
		if d.deonticBetween(st, ss, m.s) && !(ss < len(toks) && pronounClass(toks[ss].lower) == "first") {
			return false // "said Russia must withdraw its forces": an obligation, not an act
		}
		srcs = append(srcs, src)
		srcs = append(srcs, d.coordinated(st, ss)...)
		if typ == graph.Sanctions && c.Frame == "V" && (d.conditionalBetween(st, ss, m.s) || d.futureUnderCondition(st, ss, m.s)) {
			// "said it would impose quotas", "if they fish here, we will freeze their assets": a
			// conditional sanction is a threat
			typ = graph.Threatens
			h = joinHow(h, "conditional")
		}
		if typ == graph.Opposes && c.Frame == "V" && (c.Pattern[0] == "veto" || c.Pattern[0] == "block" || c.Pattern[0] == "boycott") && (d.conditionalBetween(st, ss, m.s) || d.futureUnderCondition(st, ss, m.s)) && d.conditionAfter(st, m.e) {
			// "Biden would veto the bill if Congress passed it": a veto promised under a
			// condition is a veto threat
			typ = graph.Threatens
			h = joinHow(h, "conditional")
			actThreat = true
		}
		subjEnd, how = ss, h
	case "N":
		src, ss, h := d.nominalSource(st, m)
		if src == nil {
			return false
		}
		srcs, subjEnd, how = []*entity{src}, ss, h
		score = 0.7
		if typ == graph.Sanctions && (d.conditionalBetween(st, ss, m.s) || d.futureUnderCondition(st, ss, m.s)) {
			// "it would tighten the naval blockade", "if X, Peru will impose tariffs on copper": a
			// conditional sanction is a threat
			typ = graph.Threatens
			how = joinHow(how, "conditional")
		}
	}
	if how == "coref:pronoun" && m.xs >= 0 && d.addressee(st, m) == srcs[0] {
		// "It ordered the company to …": a pronoun subject is not its own clause's object
		// (binding theory, principle B); the next antecedent is
		alt := d.rebindPronoun(st, subjEnd, srcs[0])
		if alt == nil {
			return false
		}
		srcs[0] = alt
	}
	if how == "coref:pronoun" && !d.pronounBoundInQuote(st, subjEnd, srcs[0]) {
		return false // "“… because they refuse to hire,” she said": the speaker's "they" is hers to resolve
	}
	if how == "coref:pronoun" || how == "coref:definite" || how == "relative" {
		score -= 0.1
	}
	if c.Pattern[0] == "designate" && !d.designationContext(st) {
		return false // "designated a new envoy": an appointment, not a sanction
	}
	if c.Cameo == "138" && !d.futureAct(st, subjEnd, m.s) {
		return false // "police used force": an act of force, which no relation type here codes
	}
	if c.Cameo == "036" && (!d.futureAct(st, subjEnd, m.s) || m.form != "base" || m.e >= len(toks) || !(determiners[toks[m.e].lower] || toks[m.e].cap || st.ment[m.e] >= 0)) {
		// "met the envoy" reports a meeting and "will meet the envoy" offers one; "we will be
		// meeting tomorrow" has no one to meet
		return false
	}
	var targets []*entity
	if c.Cameo == "138" {
		// "the bloc would use force as a last resort": announced force is a threat of it
		name := gerund(c.Pattern[0]) + " " + strings.Join(c.Pattern[1:], " ")
		targets = []*entity{d.policyEntity(name, "target:verb-phrase")}
	} else if c.Cameo == "036" && c.Frame == "V" {
		// "said they would meet U.N. mediator X", "will hold talks with Y": an intent to meet or
		// negotiate (CAMEO 036, PLOVER AGREE); the target is the meeting
		name := gerund(c.Pattern[0])
		if e := d.phraseEnd(st, m.s+1); e > m.s+1 {
			name += " " + d.spanText(st, m.s+1, e)
		}
		targets = []*entity{d.policyEntity(name, "target:verb-phrase")}
	} else if c.Cameo == "115" && c.Frame == "V" && (typ == graph.Opposes || typ == graph.Threatens) && d.futureAct(st, subjEnd, m.s) {
		// "said it would appeal", "vowed to take the ministry to court", "we will challenge it in
		// the courts": legal action announced is a threat of it (CAMEO 13); the target is the act
		if c.Pattern[0] == "appeal" && len(c.Pattern) == 1 && m.e < len(toks) && (toks[m.e].lower == "to" || toks[m.e].lower == "for") {
			return false // "appealed to voters", "appeal for calm": a plea, not a lawsuit
		}
		typ, how = graph.Threatens, joinHow(how, "legal-intent")
		name := gerund(c.Pattern[0])
		if e := d.phraseEnd(st, m.s+1); e > m.s+1 {
			e = d.forumEnd(st, e)
			name += " " + d.spanText(st, m.s+1, e)
		}
		targets = []*entity{d.policyEntity(name, "target:verb-phrase")}
	} else if t := d.nothingLessThan(st, m); t != nil {
		// "would accept nothing less than a 10 percent rise": a demand for it
		typ, targets = graph.Demands, []*entity{t}
	} else if actThreat {
		name := gerund(c.Pattern[0])
		if e := d.phraseEnd(st, m.s+1); e > m.s+1 {
			name += " " + d.spanText(st, m.s+1, e)
		}
		targets = []*entity{d.policyEntity(name, "target:verb-phrase")}
	} else if t := d.relativeImposed(st, m, subjEnd); t != nil {
		targets = []*entity{t}
	} else if t := d.elidedObject(st, m, srcs[0]); t != nil {
		// "The union demanded a 12 percent rise. The ministry has refused.": the refusal is of the
		// demand just reported
		targets, how, score = []*entity{t}, joinHow(how, "elided"), score-0.1
	} else {
		targets = d.targets(st, m, &typ)
	}
	if c.Cameo == "057" {
		// "signed an order imposing restrictions on X": signing a measure whose content is a
		// sanction is the sanction (CAMEO 16), not an agreement with anyone
		if ts := d.signedSanction(st, m); len(ts) > 0 {
			typ, targets = graph.Sanctions, ts
		}
	}
	if len(targets) == 0 {
		return false
	}
	if c.Pattern[0] == "NOT" && typ == graph.Threatens && !d.hostileTarget(targets[0]) {
		// "did not rule out a deal", "will not hesitate to help": no threat ("rule out" alone reads
		// the first negated)
		return false
	}
	if typ == graph.Supports && m.e < len(toks) && (toks[m.e].lower == "its" || toks[m.e].lower == "their" || toks[m.e].lower == "our") {
		return false // support of one's own interests is no relation to another actor
	}
	neg, hedged := d.polarity(st, subjEnd, m)
	if neg && (typ == graph.Supports || typ == graph.Offers) && d.refusalBetween(st, subjEnd, m.s) {
		// "we will not vote for X", "won't allow Y": a declared refusal is a rejection (CAMEO 12,
		// PLOVER REJECT), as "refuse to" is; "did not back X" stays a negated report
		typ, neg, how = graph.Opposes, false, joinHow(how, "refusal")
	}
	if hedged {
		score -= 0.15
	}
	for _, src := range srcs {
		for _, t := range targets {
			d.addRel(st, m, typ, src, t, how, score, subjEnd, neg)
			if hedged {
				d.rels[len(d.rels)-1].hedged = true
			}
		}
		if !neg {
			d.embeddedStance(st, m, typ, src, how, score)
			if typ == graph.Threatens {
				d.conditionDemand(st, m, src, how, score)
			}
		}
	}
	return true
}

// pronounBoundInQuote reports whether a third-person pronoun subject at token p may stand for e:
// outside quotations always; inside one only when e is named earlier in the same quotation. A
// speaker's "they" or "he" refers to what the speaker has in mind, which the reporter's sentences
// around the quotation do not tell (first-person pronouns are the speaker's own and always pass).
func (d *doc) pronounBoundInQuote(st *sent, p int, e *entity) bool {
	if p < 0 || p >= len(st.toks) || !st.inQuote[p] || pronounClass(st.toks[p].lower) == "first" {
		return true
	}
	q := d.quoteAt(st.idx, p)
	if q == nil {
		return true
	}
	for si := max(q.s0, st.idx-20); si <= st.idx; si++ {
		for _, mi := range d.bySent[si] {
			m := d.mentions[mi]
			if si == st.idx && m.ts >= p || si == q.s0 && m.ts <= q.t0 || strings.HasPrefix(m.rule, "coref") {
				continue
			}
			if m.ent.final() == e.final() {
				return true
			}
		}
	}
	return false
}

// signedSanction returns the targets of a sanction carried by what a signing cue at m governs, in
// the rest of its sentence: "signed EO 14032, putting a basis for restrictions on investment in X",
// "signed a decree imposing duties on Y". A sanction that is lifted or eased ("signed a deal
// lifting the ban on Z") is none.
func (d *doc) signedSanction(st *sent, m *cueMatch) []*entity {
	toks := st.toks
	for k := m.e; k < len(toks) && k < m.e+30; k++ {
		if toks[k].text == ";" || toks[k].kind == tkQuote {
			return nil
		}
		for _, sm := range d.matchCues(st, k) {
			if sm.c.Type != graph.Sanctions {
				continue
			}
			for j := k - 1; j >= m.e && j >= k-3; j-- {
				for _, cm := range d.matchCues(st, j) {
					if cm.c.Type == graph.Offers && cm.e >= k-1 {
						return nil // "lifting the ban"
					}
				}
			}
			t := graph.Sanctions
			inner := sm
			if ts := d.targets(st, &inner, &t); len(ts) > 0 && t == graph.Sanctions {
				return ts
			}
			return nil
		}
	}
	return nil
}

// inConditionalClause reports whether token i lies in an "if", "unless" or "whether" clause that
// has not ended (no comma or other clause boundary between the conjunction and i), or in the
// "that" clause of a mandative adjective ("it is vital that X withdraw …").
func (d *doc) inConditionalClause(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := st.toks[k]
		if t.lower == "that" && k > 0 && d.lx.mandative[st.toks[k-1].lower] {
			return true // "it is vital that Serbia withdraw its police": demanded, not done
		}
		if t.kind == tkPunct || t.kind == tkQuote || t.lower == "that" || t.lower == "and" && k+1 < i && st.toks[k+1].lower != "not" {
			return false
		}
		switch t.lower {
		case "if", "unless", "whether":
			return true
		}
	}
	return false
}

// futureUnderCondition reports a "will" future between the subject at s and the cue at e in a
// sentence that states a condition ("If the ships return, we will seize them"; "we'll ban them
// unless …"): a promised sanction under a condition is a threat (CAMEO 13).
func (d *doc) futureUnderCondition(st *sent, s, e int) bool {
	will := false
	for k := s; k < e && k < len(st.toks); k++ {
		switch st.toks[k].lower {
		case "will", "'ll", "shall":
			will = true
		}
	}
	if !will {
		return false
	}
	for _, t := range st.toks {
		if t.lower == "if" || t.lower == "unless" {
			return true
		}
	}
	return false
}

// actionBefore returns the verb of "take action/steps/measures to" governing an infinitive at i
// ("We've taken action to impose restrictions"), or -1.
func (d *doc) actionBefore(st *sent, i int) int {
	j := i - 1
	if j < 2 || st.toks[j].lower != "to" {
		return -1
	}
	switch st.toks[j-1].lower {
	case "action", "steps", "measures", "moves":
	default:
		return -1
	}
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		switch st.toks[k].lower {
		case "take", "takes", "took", "taken", "taking":
			return k
		}
		if st.toks[k].kind != tkWord || st.toks[k].cap {
			return -1
		}
	}
	return -1
}

// conditionDemand: a threat made on a condition demands what would lift it: "threatened to strike
// unless the railway agrees to raise wages" → DEMANDS raising wages; "… if Tirana does not return
// the ships" → DEMANDS returning the ships (rule cue:<lemma>+unless, CAMEO 10).
func (d *doc) conditionDemand(st *sent, m *cueMatch, src *entity, how string, score float64) {
	toks := st.toks
	u := -1
	for k := m.e; k < len(toks); k++ {
		if toks[k].text == ";" || toks[k].text == "." || toks[k].kind == tkQuote {
			break
		}
		if toks[k].lower == "unless" || toks[k].lower == "if" {
			u = k
			break
		}
	}
	if u < 0 || u+2 >= len(toks) {
		return
	}
	end := len(toks)
	for k := u + 1; k < len(toks); k++ {
		if toks[k].text == ";" || toks[k].text == "." || toks[k].text == "," || toks[k].kind == tkQuote {
			end = k
			break
		}
	}
	var tgts []*entity
	neg := -1
	for k := u + 1; k < end; k++ {
		if d.lx.negations[toks[k].lower] {
			neg = k
			break
		}
	}
	switch {
	case toks[u].lower == "if" && neg > 0:
		// "if the company does not raise wages": the negated act is demanded
		if neg+1 < end && d.verbNext(st, neg+1) {
			v := neg + 1
			name := gerund(toks[v].lower) + " " + d.spanText(st, v+1, d.phraseEnd(st, v+1))
			tgts = append(tgts, d.policyEntity(strings.TrimSpace(name), "target:verb-phrase"))
		}
	case toks[u].lower == "unless":
		// the act that would avert the threat: an offer or concession inside the clause, else the clause
		for k := u + 1; k < end && len(tgts) == 0; k++ {
			for _, im := range d.matchCues(st, k) {
				if im.c.Type != graph.Offers || im.c.Frame == "N" {
					continue
				}
				it := im.c.Type
				tgts = d.targets(st, &im, &it)
				break
			}
		}
		if len(tgts) == 0 {
			if p := d.policyTarget(st, u+1, end, ""); p != nil {
				tgts = append(tgts, p)
			}
		}
	}
	for _, t := range tgts {
		inner := cueMatch{c: &cue{Lemma: m.c.Lemma + "+unless", Type: graph.Demands, Cameo: "10", Plover: "DEMAND"}, s: m.s, e: m.e}
		d.addRel(st, &inner, graph.Demands, src, t, how, score-0.1, m.s, false)
	}
}

// embeddedStance: a demand or offer whose content is itself a stance carries that stance:
// "urged the EC to support the PLO" → SUPPORTS the PLO; "called for sanctions against Nigeria" →
// OPPOSES Nigeria (rule cue:…+embedded).
func (d *doc) embeddedStance(st *sent, m *cueMatch, typ graph.RelType, src *entity, how string, score float64) {
	toks := st.toks
	if typ != graph.Demands && typ != graph.Offers || m.c.Cameo == "08" {
		return // a concession gives up what it names: "called off the boycott" opposes nothing
	}
	end := d.phraseEnd(st, m.e)
	for k := m.e; k < end; k++ {
		if st.ment[k] >= 0 {
			continue
		}
		w := toks[k].lower
		if (w == "sanctions" || w == "embargo" || w == "blockade" || w == "tariffs") && typ == graph.Demands && k+2 < len(toks) && (toks[k+1].lower == "against" || toks[k+1].lower == "on") {
			if tm := d.mentionAt(st, k+2); tm != nil && actorKind(tm.ent) {
				inner := cueMatch{c: &cue{Lemma: m.c.Lemma + "+embedded", Type: graph.Opposes, Cameo: "11", Plover: "DISAPPROVE"}, s: m.s, e: m.e}
				d.addRel(st, &inner, graph.Opposes, src, tm.ent, how, score-0.1, m.s, false)
			}
			return
		}
		if k == m.e || k == m.e+1 {
			for _, im := range d.matchCues(st, k) {
				ic := im.c
				if ic.Frame == "N" || ic.Type != graph.Supports && ic.Type != graph.Opposes {
					continue
				}
				ts := d.targets(st, &im, &ic.Type)
				for _, t := range ts {
					inner := cueMatch{c: &cue{Lemma: m.c.Lemma + "+embedded", Type: ic.Type, Cameo: ic.Cameo, Plover: ic.Plover}, s: m.s, e: m.e}
					d.addRel(st, &inner, ic.Type, src, t, how, score-0.1, m.s, false)
				}
				return
			}
		}
	}
}

func (d *doc) addRel(st *sent, m *cueMatch, typ graph.RelType, src, tgt *entity, how string, score float64, subj int, neg bool) {
	rule := "cue:" + m.c.Lemma
	if how != "" && how != "subject" {
		rule += "+" + how
	}
	plover, cameo := m.c.Plover, m.c.Cameo
	if typ != m.c.Type && typ == graph.Threatens {
		plover, cameo = "THREATEN", "13"
	}
	if typ != m.c.Type && typ == graph.Sanctions {
		plover, cameo = "SANCTION", "16"
	}
	if typ != m.c.Type && typ == graph.Opposes {
		plover, cameo = "REJECT", "12"
	}
	d.rels = append(d.rels, &relCand{typ: typ, src: src.final(), tgt: tgt.final(), sent: st.idx, cue: d.spanText(st, m.s, m.e),
		cueStart: st.toks[m.s].start, cueEnd: st.toks[m.e-1].end, rule: rule, score: score, cameo: cameo, plover: plover, negated: neg})
}

// discussObject reports whether a discussion verb at i has an object beyond a "with X" phrase.
func (d *doc) discussObject(st *sent, i int) bool {
	toks := st.toks
	e := d.phraseEnd(st, i+1)
	k := i + 1
	if k < e && (toks[k].lower == "with" || toks[k].lower == "to") {
		k++
		if mm := d.mentionAt(st, k); mm != nil {
			k = mm.te
		} else {
			for k < e && !(toks[k].lower == "on" || toks[k].lower == "about" || toks[k].lower == "over") {
				k++
			}
		}
	}
	if k < e && timeAdverbialAt(st, k) > k || k+1 < e && toks[k].lower == "at" && (toks[k+1].lower == "any" || toks[k+1].lower == "all") {
		return false // "to talk at any time", "to negotiate on Monday": no object
	}
	return k < e
}

// isPronoun reports a personal pronoun token ("us", not "US").
func isPronoun(t token) bool {
	return pronounClass(t.lower) != "" && !t.allCaps
}

// verbNext reports whether the token at i (adverbs skipped) can start a verb phrase: a lower-case
// word that is no determiner, pronoun, number or preposition ("to a deal" is no infinitive).
func (d *doc) verbNext(st *sent, i int) bool {
	for i < len(st.toks) && (st.toks[i].kind == tkQuote || strings.HasSuffix(st.toks[i].lower, "ly") || st.toks[i].lower == "further" || st.toks[i].lower == "also") {
		i++
	}
	if i >= len(st.toks) {
		return false
	}
	t := st.toks[i]
	if t.kind != tkWord || t.cap || determiners[t.lower] || pronounClass(t.lower) != "" || isPrep(t.lower) || t.lower == "some" || t.lower == "more" || t.lower == "both" {
		return false
	}
	return true
}

// timeAdverbialEnd skips a time adverbial ending at token j ("on Tuesday", "today", "late Friday",
// "on September 29", "last week") and returns the index before it, or j when there is none.
func (d *doc) timeAdverbialEnd(st *sent, j int) int {
	toks := st.toks
	k := j
	if toks[k].kind == tkNum && k > 0 && isDayOrMonth(toks[k-1].lower) && toks[k-1].cap {
		k--
	}
	w := toks[k].lower
	switch {
	case w == "today" || w == "yesterday" || w == "tonight" || w == "here" || w == "again":
		return k - 1
	case isDayOrMonth(w) && toks[k].cap:
		k--
		for k >= 0 && (toks[k].lower == "on" || toks[k].lower == "late" || toks[k].lower == "early" || toks[k].lower == "last" || toks[k].lower == "this" || toks[k].lower == "in" || toks[k].lower == "next") {
			k--
		}
		return k
	case (w == "week" || w == "month" || w == "year") && k > 0 && (toks[k-1].lower == "last" || toks[k-1].lower == "this" || toks[k-1].lower == "next"):
		return k - 2
	}
	return j
}

// monthAbbrev are the abbreviated month names that keep their period ("Feb.", "Sept.").
var monthAbbrev = map[string]bool{"jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true}

// timeAdverbialAt returns the end of a time adverbial starting at token j ("on Monday", "late
// Friday", "on Feb. 12", "last week", "this month", "earlier this year"), or j when there is none.
func timeAdverbialAt(st *sent, j int) int {
	toks := st.toks
	k := j
	if k < len(toks) && toks[k].lower == "earlier" || k < len(toks) && toks[k].lower == "later" {
		k++
	}
	if k >= len(toks) {
		return j
	}
	switch toks[k].lower {
	case "on", "late", "early":
		k++
		if k < len(toks) && (toks[k].lower == "late" || toks[k].lower == "early") {
			k++
		}
		if k < len(toks) && toks[k].cap && (isDayOrMonth(toks[k].lower) || monthAbbrev[toks[k].lower]) {
			k++
			if k < len(toks) && toks[k].kind == tkNum {
				k++
			}
			return k
		}
	case "in":
		// "in July", "in March 2024", "in 2019"
		k++
		if k < len(toks) && toks[k].cap && isDayOrMonth(toks[k].lower) {
			k++
			if k < len(toks) && toks[k].kind == tkNum {
				k++
			}
			return k
		}
		if k < len(toks) && toks[k].kind == tkNum && len(toks[k].text) == 4 {
			return k + 1
		}
	case "last", "this", "next":
		k++
		if k < len(toks) {
			switch toks[k].lower {
			case "week", "month", "year", "weekend", "night", "morning", "spring", "summer", "autumn", "fall", "winter":
				return k + 1
			}
			if toks[k].cap && isDayOrMonth(toks[k].lower) {
				return k + 1
			}
		}
	}
	return j
}

// auxAfter reports whether an auxiliary or a verb in -s/-ed follows token i (quotation marks skipped).
func (d *doc) auxAfter(st *sent, i int) bool {
	for i < len(st.toks) && st.toks[i].kind == tkQuote {
		i++
	}
	if i >= len(st.toks) {
		return false
	}
	w := st.toks[i].lower
	return auxWords[w] && w != "'s" || d.verbAfter(st, i) >= 0
}

func (d *doc) beBefore(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if d.lx.beForms[st.toks[j].lower] {
			return true
		}
		if !auxWords[st.toks[j].lower] && !strings.HasSuffix(st.toks[j].lower, "ly") {
			return false
		}
	}
	return false
}

// intentBefore returns the intent verb governing an infinitive at i ("plans to", "is prepared to"),
// or -1.
func (d *doc) intentBefore(st *sent, i int) int {
	j := i - 1
	if j < 1 || st.toks[j].lower != "to" {
		return -1
	}
	switch st.toks[j-1].lower {
	case "plan", "plans", "planned", "planning", "intend", "intends", "intended", "prepared", "ready", "aims", "aim", "decided", "decides", "vowed", "vows", "seeks", "sought", "expected", "likely", "set", "poised", "due", "going":
		return j - 1
	}
	return -1
}

// subjectOf finds the subject of the verb at token i: the actor mention ending right before it
// (auxiliaries, adverbs, negations and asides skipped), a pronoun or definite description resolved
// by coreference, or the antecedent of "which"/"who". It returns the entity, the index where the
// subject starts, and how it was found ("subject", "coref:pronoun", "coref:definite", "relative",
// "document-source").
func (d *doc) subjectOf(st *sent, i int) (*entity, int, string) {
	toks := st.toks
	if e, s, how := d.longSubject(st, i); e != nil {
		return e, s, how
	}
	j := i - 1
	for j >= 0 {
		t := toks[j]
		if auxWords[t.lower] || t.kind == tkQuote || d.lx.negations[t.lower] || (strings.HasSuffix(t.lower, "ly") && !t.cap && t.kind == tkWord && st.ment[j] < 0) || (t.lower == "both" || t.lower == "all") && j > 0 && auxWords[toks[j-1].lower] {
			j-- // a floated quantifier: "have both opposed"
			continue
		}
		if k := d.timeAdverbialEnd(st, j); k < j {
			j = k
			continue
		}
		if t.text == "," {
			// skip an aside: ", however," ", a former diplomat," ", who …,"
			k := j - 1
			for k >= 0 && j-k < 16 && toks[k].text != "," {
				k--
			}
			if k >= 0 && toks[k].text == "," && k+1 < j {
				w := toks[k+1].lower
				if w == "however" || w == "a" || w == "an" || w == "the" || w == "who" || w == "which" || w == "like" || w == "unlike" || w == "including" || strings.HasSuffix(w, "ly") || w == "though" || w == "too" || w == "meanwhile" || d.lx.titles[w] != nil || d.mentionAt(st, k+1) != nil {
					// "Peru's envoy in Quito, Marco Vela, demanded": the named person in apposition
					// to a role is the subject, not the place or body in the role's phrase
					if pm := d.mentionAt(st, k+1); pm != nil && pm.ts == k+1 && pm.te == j && actorKind(pm.ent) && pm.ent.final().kind == graph.Person {
						if m := d.mentionAt(st, k-1); m == nil || m.ent.final().kind != graph.Person {
							return pm.ent.final(), pm.ts, "subject"
						}
					}
					if m := d.mentionAt(st, k-1); m != nil && actorKind(m.ent) {
						return m.ent.final(), m.ts, "subject"
					}
					if m := d.mentionAt(st, k+2); (w == "the" || w == "a") && m != nil && actorKind(m.ent) && m.te == j {
						return m.ent.final(), m.ts, "subject" // an outlet named in apposition
					}
					if m := d.mentionAt(st, k+1); m != nil && actorKind(m.ent) && (m.te == j || m.te+3 >= j && toks[m.te].text == "(") {
						return m.ent.final(), m.ts, "subject" // "The main rebel group, Forces for X (FDD), insisted"
					}
					j = k - 1
					continue
				}
			}
		}
		break
	}
	if j < 0 {
		return nil, 0, ""
	}
	t := toks[j]
	if t.lower == "to" {
		return nil, 0, ""
	}
	if t.lower == "in" && j >= 2 && i < len(toks) && strings.HasSuffix(toks[i].lower, "ing") && !toks[i].cap {
		// "Tanzania has joined Kenya in calling for …": the one who joined acts
		for k := j - 1; k >= 0 && k >= j-6; k-- {
			if w := toks[k].lower; w == "joined" || w == "joins" || w == "join" || w == "joining" {
				if e, s, _ := d.subjectOf(st, k); e != nil {
					return e, s, "participle"
				}
				break
			}
		}
	}
	if t.text == "," && i < len(toks) && strings.HasSuffix(toks[i].lower, "ing") && !toks[i].cap {
		// ", calling on X to …", ", accusing X of …", ", arguing that …": a participle after the
		// main clause has the main clause's subject
		if e, s := d.participleSubject(st, j); e != nil {
			return e, s, "participle"
		}
		return nil, 0, ""
	}
	if t.text == "," && d.finiteVerbAt(st, i) {
		// a series of verb phrases: "It demands that …, calls on all parties to … and asks …"
		if e, s := d.coordinatedVerbSubject(st, j); e != nil {
			return e, s, "coordination"
		}
		return nil, 0, ""
	}
	if t.lower == "but" || t.lower == "yet" {
		// a contrasted verb phrase shares the subject of the verb before it: "Oslo backed the
		// truce but opposed the embargo" → Oslo (as with "and" below)
		if e, s := d.coordinatedVerbSubject(st, j); e != nil {
			return e, s, "coordination"
		}
		return nil, 0, ""
	}
	if t.lower == "and" {
		// a coordinated verb phrase after a cue or speech verb of the same clause: "Chile's minister
		// rejected the plan, and warned that …" → the first verb's subject
		if e, s := d.coordinatedVerbSubject(st, j); e != nil {
			return e, s, "coordination"
		}
		// a coordinated verb phrase: "Beijing will never trade away X and rejects Y" → Beijing
		for k := j - 1; k >= 0 && k > j-25; k-- {
			w := toks[k].lower
			if w == "that" || toks[k].text == ";" || toks[k].kind == tkQuote && k < j-1 && isOpenQuote(toks[k]) == false && false {
				break
			}
			if m := d.mentionAt(st, k); m != nil && actorKind(m.ent) && (m.ts == 0 || !isPrep(toks[m.ts-1].lower) && toks[m.ts-1].lower != "'s") && (d.auxAfter(st, m.te) || d.asideThenVerb(st, m, j)) {
				return m.ent.final(), m.ts, "coordination"
			}
			if w == "that" {
				break
			}
		}
		return nil, 0, ""
	}
	if m := d.mentionAt(st, j); m != nil {
		e := m.ent.final()
		if !actorKind(e) {
			return nil, 0, ""
		}
		if m.ts > 0 {
			p := toks[m.ts-1].lower
			if p == "of" && m.ts >= 2 && governmentNoun[toks[m.ts-2].lower] && (e.kind == graph.Country || e.kind == graph.Government) {
				s := m.ts - 2
				if s > 0 && toks[s-1].lower == "the" {
					s--
				}
				return e, s, "of-head" // "The government of Benin described …" → Benin
			}
			if p == "of" || p == "in" {
				if e, s := d.ofHead(st, m.ts-1); e != nil {
					return e, s, "of-head"
				}
			}
			if p == "by" || p == "of" || p == "in" || p == "on" || p == "at" || p == "from" || p == "with" || p == "for" || p == "against" || p == "about" || p == "to" || p == "between" || p == "than" || p == "like" {
				if p == "by" && d.documentNounBefore(st, m.ts-1) {
					return e, m.ts, "document-source"
				}
				return nil, 0, ""
			}
		}
		how := "subject"
		if strings.HasPrefix(m.rule, "coref") {
			how = m.rule
		}
		return e, m.ts, how
	}
	if isPronoun(t) && t.lower != "us" && t.lower != "them" && t.lower != "him" && t.lower != "me" {
		if t.lower == "its" || t.lower == "their" || t.lower == "his" || t.lower == "her" || t.lower == "our" || t.lower == "my" {
			return nil, 0, ""
		}
		if e := d.speakerOfComplement(st, j); e != nil {
			d.addMention(st, j, j+1, e, "coref:pronoun")
			return e, j, "coref:pronoun"
		}
		if t.lower == "it" && !st.inQuote[j] {
			if e, ok := d.documentIt(st, j); ok {
				if e == nil {
					return nil, 0, ""
				}
				d.addMention(st, j, j+1, e, "coref:pronoun")
				return e, j, "coref:document"
			}
		}
		if e := d.resolvePronoun(st.idx, j, t.lower); e != nil {
			d.addMention(st, j, j+1, e, "coref:pronoun")
			return e, j, "coref:pronoun"
		}
		return nil, 0, ""
	}
	if (t.lower == "who" || t.lower == "which" || t.lower == "that") && j >= 2 {
		k := j - 1
		if toks[k].text == "," {
			k--
		}
		if m := d.mentionAt(st, k); m != nil && actorKind(m.ent) {
			return m.ent.final(), j, "relative"
		}
		return nil, 0, ""
	}
	if e := d.possessedCountry(st, j); e != nil {
		return e, j - 1, "coref:pronoun"
	}
	if e := d.namedDescription(st, j); e != nil {
		d.addMention(st, j-1, j+1, e, "coref:definite")
		return e, j - 2, "coref:definite"
	}
	if e := d.resolveDefinite(st.idx, j); e != nil {
		d.addMention(st, j-1, j+1, e, "coref:definite")
		return e, j - 1, "coref:definite"
	}
	if !t.cap && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")) && j > 0 && (isPrep(toks[j-1].lower) || toks[j-1].lower == "to" || auxWords[toks[j-1].lower]) {
		return nil, 0, "" // "of violating sanctions": a verb before the cue, so the cue is a noun
	}
	// "A statement on the company's website confirms", "An editorial by X said"
	if e, s := d.documentSource(st, j); e != nil {
		return e, s, "document-source"
	}
	// "Niger's military government has ordered …": a country's government is the country
	if t.kind == tkWord && !t.cap && governmentNoun[t.lower] {
		for k := j - 1; k >= 1 && k >= j-3; k-- {
			if toks[k].lower == "'s" {
				if m := d.mentionAt(st, k-1); m != nil && actorKind(m.ent) && (m.ent.final().kind == graph.Country || m.ent.final().kind == graph.Government) {
					return m.ent.final(), m.ts, "possessor-title"
				}
				break
			}
			if toks[k].kind != tkWord || toks[k].cap {
				break
			}
		}
	}
	// "Cairo's security chief warned": an unnamed office-holder speaks for the possessor
	if t.kind == tkWord && !t.cap && d.lx.titles[t.lower] != nil {
		for k := j - 1; k >= 1 && k >= j-3; k-- {
			if toks[k].lower == "'s" {
				if m := d.mentionAt(st, k-1); m != nil && actorKind(m.ent) {
					return m.ent.final(), m.ts, "possessor-title"
				}
				break
			}
			if toks[k].kind != tkWord || toks[k].cap {
				break
			}
		}
	}
	// "The UNITA militarist wing refused": an organization modifying a common-noun head
	if t.kind == tkWord && !t.cap {
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			if m := d.mentionAt(st, k); m != nil {
				if e := m.ent.final(); actorKind(e) && e.kind == graph.Organization && (m.ts == 0 || !isPrep(toks[m.ts-1].lower)) {
					return e, m.ts, "org-modifier"
				}
				break
			}
			if toks[k].kind != tkWord || toks[k].cap || determiners[toks[k].lower] {
				break
			}
		}
	}
	if e, s := d.ofHead(st, j); e != nil {
		return e, s, "of-head"
	}
	return nil, 0, ""
}

// longSubject reads a sentence-initial subject whose head is followed by a post-modifier before
// its verb at i: a participle phrase ("The union representing 9,800 workers at Prairie Rail, a unit
// of X, threatened"), a relative clause ("The Grain Shippers Association, which represents farm
// cooperatives in A, B and C, urged") or an appositive. The head is an actor mention or a definite
// description ("the union") at the start of the sentence (after a dateline); the names inside the
// modifier are not the subject. It returns nil when the words before i are no such modifier.
func (d *doc) longSubject(st *sent, i int) (*entity, int, string) {
	toks := st.toks
	c := d.dateline(st, 0)
	for c < i && toks[c].kind == tkQuote {
		c++
	}
	// the verb group: auxiliaries, adverbs and a time adverbial before i
	v := i
	for v > c {
		t := toks[v-1]
		if auxWords[t.lower] || d.lx.negations[t.lower] || strings.HasSuffix(t.lower, "ly") && t.kind == tkWord && !t.cap {
			v--
			continue
		}
		if k := d.timeAdverbialEnd(st, v-1); k < v-1 {
			v = k + 1
			continue
		}
		break
	}
	var head *entity
	he, how := -1, "subject"
	b := c
	if b < v && (toks[b].lower == "the" || toks[b].lower == "a") && d.mentionAt(st, b+1) != nil {
		b++
	}
	if m := d.mentionAt(st, b); m != nil && m.ts == b && actorKind(m.ent) {
		head, he = m.ent.final(), m.te
	} else if b+1 < v && toks[b].lower == "the" {
		if e := d.resolveDefinite(st.idx, b+1); e != nil {
			head, he, how = e, b+2, "coref:definite"
		}
	}
	if head != nil && how == "subject" && he+1 < v {
		// "The IMF team, led by …": an organization modifying a common-noun head speaks through it
		if w := toks[he]; w.kind == tkWord && !w.cap && !auxWords[w.lower] && !determiners[w.lower] && !isPrep(w.lower) && d.lx.speech[w.lower].kind == 0 && d.lx.cues.next[w.lower] == nil && toks[he+1].text == "," && head.kind != graph.Person {
			he++
		}
		// "Ana Ruiz of the Labour Party, which …, said": the person heads the noun phrase
		if toks[he].lower == "of" && head.kind == graph.Person {
			a := he + 1
			if a < v && leadingDrop[toks[a].lower] {
				a++
			}
			if om := d.mentionAt(st, a); om != nil && om.ts == a && om.te < v && toks[om.te].text == "," {
				he = om.te
			}
		}
	}
	if head == nil || v-he < 2 || v-he > 40 {
		return nil, 0, ""
	}
	first := toks[he]
	comma := first.text == ","
	// "representing 9,800 workers", "based in Lyon", "owned by X" (a past form followed by a
	// preposition; "raised taxes" is a finite verb)
	participle := first.kind == tkWord && !first.cap && (strings.HasSuffix(first.lower, "ing") || strings.HasSuffix(first.lower, "ed") && !auxWords[first.lower] && he+1 < v && isPrep(toks[he+1].lower)) && d.lx.speech[first.lower].kind == 0 && d.lx.cues.next[first.lower] == nil
	if !comma && !participle {
		return nil, 0, ""
	}
	if comma && toks[v-1].text != "," {
		return nil, 0, ""
	}
	// no finite verb of the main clause inside the modifier: a speech or cue verb there is only
	// allowed in a relative clause ("which", "who")
	relative := false
	for k := he; k < v-1; k++ {
		t := toks[k]
		if t.lower == "which" || t.lower == "who" || t.lower == "whose" {
			relative = true
		}
		if t.kind == tkQuote || t.text == ";" || t.text == ":" || t.lower == "that" && !relative || t.text == "." || t.text == "," && k+1 < v && toks[k+1].lower == "and" {
			return nil, 0, "" // ", and": a second clause, not a modifier
		}
		if !relative && k > he && st.ment[k] < 0 && !t.cap {
			if _, ok := d.speechAt(st, k); ok {
				return nil, 0, ""
			}
		}
	}
	if comma && !relative && he+1 < v {
		// an appositive must start like a noun phrase: ", a unit of Y,", ", the firm's chief,"
		w := toks[he+1]
		// … or be a participle phrase: ", led by Y,", ", based in Z,"
		part := !w.cap && (strings.HasSuffix(w.lower, "ed") || strings.HasSuffix(w.lower, "ing")) && he+2 < v && isPrep(toks[he+2].lower)
		if !(determiners[w.lower] || w.cap || w.kind == tkNum || part || d.mentionAt(st, he+1) != nil) {
			return nil, 0, ""
		}
	}
	if how == "coref:definite" {
		d.addMention(st, b, b+2, head, "coref:definite")
	}
	return head, b, how
}

// speakerOfComplement: a third-person pronoun opening the clause a speech verb governs refers to
// that verb's subject when it fits ("Oslo said in a statement that it supported the ceasefire",
// "Ms. Lund told reporters she would resign"), the commonest reading in news reports.
func (d *doc) speakerOfComplement(st *sent, p int) *entity {
	toks := st.toks
	w := toks[p].lower
	cls := pronounClass(w)
	if cls == "" || cls == "first" || st.inQuote[p] {
		return nil
	}
	k := p - 1
	if k >= 0 && toks[k].lower == "that" {
		k--
	}
	for ; k >= 0 && p-k <= 10; k-- {
		t := toks[k]
		if t.kind == tkQuote || t.kind == tkPunct && t.text != "," || st.inQuote[k] {
			return nil
		}
		le, ok := d.speechAt(st, k)
		if !ok {
			continue
		}
		if le.form == "ing" {
			return nil
		}
		e, _, _ := d.subjectOf(st, k)
		if e == nil || !fits(e, cls) || cls == "person" && e.kind != graph.Person {
			return nil
		}
		if g := pronounGender(w); g != 0 && d.genderOf(e) != 0 && d.genderOf(e) != g {
			return nil
		}
		return e
	}
	return nil
}

// coordinatedVerbSubject finds, for a verb phrase coordinated by "and" at j, the subject of the
// nearest cue or speech verb before it in the same clause (no "that", semicolon or quotation mark
// between), so that the second verb phrase shares the first one's subject.
func (d *doc) coordinatedVerbSubject(st *sent, j int) (*entity, int) {
	toks := st.toks
	for k := j - 1; k >= 0 && k > j-40; k-- {
		t := toks[k]
		if t.lower == "that" && d.speechThatNoActor(st, k, j) {
			// "said in a statement that the strike was illegal and urged doctors to …": no actor
			// opens the reported clause, so the verb after "and" is the speaker's own
			if e, s, _ := d.subjectOf(st, d.speechBefore(st, k)); e != nil {
				return e, s
			}
			return nil, 0
		}
		if t.lower == "that" && d.mandativeThat(st, k, j) {
			// "It demands that the RSF lift the siege, calls on all parties to …": the
			// subjunctive clause of a demand holds no finite verb, so a finite one after "and" or
			// a comma coordinates with the demand verb itself
			if e, s, _ := d.subjectOf(st, k-1); e != nil {
				return e, s
			}
			return nil, 0
		}
		if t.lower == "that" || t.text == ";" || t.text == ":" || subordinators[t.lower] && t.lower != "as" && t.lower != "asked" {
			return nil, 0
		}
		if t.kind == tkQuote || st.inQuote[k] != st.inQuote[j] {
			continue // a partial quotation in the first verb phrase: "called it “regrettable” and said"
		}
		if t.kind != tkWord || t.cap || st.ment[k] >= 0 || k > 0 && (determiners[toks[k-1].lower] || isPrep(toks[k-1].lower)) {
			continue // a noun: "the threat of sanctions"
		}
		verb := false
		// a bare form is finite after a modal or do-support ("did not oppose X but …")
		finite := func(form string) bool { return form != "ing" && (form != "base" || d.modalBefore(st, k)) }
		if le, ok := d.speechAt(st, k); ok && finite(le.form) {
			verb = true
		}
		if !verb {
			for _, m := range d.matchCues(st, k) {
				if m.c.Frame != "N" && finite(m.form) && m.c.Pattern[0] != "be" {
					verb = true
					break
				}
			}
		}
		if !verb {
			continue
		}
		if e, s, _ := d.subjectOf(st, k); e != nil {
			return e, s
		}
		return nil, 0
	}
	return nil, 0
}

// refusalBetween reports a negated future of will between the subject at s and the cue at e: "will
// not", "won't" (tokenized "wo" + "n't"), "would not", "shall not", "'ll never".
func (d *doc) refusalBetween(st *sent, s, e int) bool {
	for k := s; k+1 < e && k+1 < len(st.toks); k++ {
		switch st.toks[k].lower {
		case "will", "wo", "would", "shall", "'ll":
			if d.lx.negations[st.toks[k+1].lower] {
				return true
			}
		}
	}
	return false
}

// modalBefore reports whether the word at k follows a modal or a form of "do" (negations and
// "-ly" adverbs skipped): "did not oppose", "will firmly reject".
func (d *doc) modalBefore(st *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := st.toks[j].lower
		if d.lx.negations[w] || strings.HasSuffix(w, "ly") && st.toks[j].kind == tkWord {
			continue
		}
		switch w {
		case "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "wo", "ca", "'ll":
			return true
		}
		return false
	}
	return false
}

// ofHead: "Druze inhabitants of the Syrian Golan Heights threatened" → the group or organization
// heading the noun phrase before an "of" phrase that ends at j.
func (d *doc) ofHead(st *sent, j int) (*entity, int) {
	toks := st.toks
	for k := j; k >= 1 && k >= j-8; k-- {
		if toks[k].kind == tkPunct || toks[k].kind == tkQuote || targetStop[toks[k].lower] {
			break
		}
		if toks[k].lower == "of" {
			if m := d.mentionAt(st, k-1); m != nil && actorKind(m.ent) && (m.ent.final().kind == graph.Group || m.ent.final().kind == graph.Organization || m.ent.final().kind == graph.Person) && (m.ts == 0 || !isPrep(toks[m.ts-1].lower)) {
				return m.ent.final(), m.ts
			}
		}
	}
	return nil, 0
}

func (d *doc) documentNounBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if d.lx.docNoun[st.toks[k].lower] {
			return true
		}
	}
	return false
}

// documentSource reads a subject noun phrase ending at j whose head is a document noun ("A
// statement on the company's website", "An editorial by X") or an unnamed spokesperson of a named
// body ("a US State Department spokesperson"): its source is the actor named in it.
func (d *doc) documentSource(st *sent, j int) (*entity, int) {
	toks := st.toks
	start := j
	for start > 0 && j-start < 10 {
		p := toks[start-1]
		if p.kind == tkPunct || p.kind == tkQuote || p.lower == "that" || p.lower == "and" || p.lower == "but" {
			break
		}
		start--
	}
	head := -1
	for k := start; k <= j; k++ {
		if d.lx.docNoun[toks[k].lower] {
			head = k
			break
		}
	}
	if head < 0 {
		return nil, 0
	}
	for k := start; k <= j; k++ {
		if m := d.mentionAt(st, k); m != nil && actorKind(m.ent) {
			return m.ent.final(), start
		}
		if toks[k].lower == "the" && k+1 <= j {
			if e := d.resolveDefinite(st.idx, k+1); e != nil {
				return e, start
			}
		}
	}
	return nil, 0
}

// coordinated returns the second conjunct of a coordinated subject "A and B" that ends at s.
func (d *doc) coordinated(st *sent, s int) []*entity {
	if s >= 3 && st.toks[s-1].lower == "the" {
		s-- // "The Farmers Union and the Greenfield Party"
	}
	if s < 2 || st.toks[s-1].lower != "and" && st.toks[s-1].lower != "nor" {
		return nil
	}
	var out []*entity
	for k := s - 2; k >= 0; {
		m := d.mentionAt(st, k)
		if m == nil || !actorKind(m.ent) {
			break
		}
		out = append(out, m.ent.final())
		ts := m.ts
		if ts >= 1 && st.toks[ts-1].lower == "the" {
			ts--
		}
		if ts < 2 || st.toks[ts-1].text != "," {
			break
		}
		k = ts - 2
	}
	return out
}

// agentList returns the agent of a passive at m and the agents coordinated with it ("rejected by
// Kenya, Uganda and Tanzania").
func (d *doc) agentList(st *sent, m *mention) []*entity {
	out := []*entity{m.ent.final()}
	toks := st.toks
	k := m.te
	for k+1 < len(toks) && (toks[k].text == "," || toks[k].lower == "and") {
		last := toks[k].lower == "and"
		k++
		if k < len(toks) && toks[k].lower == "and" {
			last = true
			k++
		}
		if k < len(toks) && toks[k].lower == "the" {
			k++
		}
		nm := d.mentionAt(st, k)
		if nm == nil || nm.ts != k || !actorKind(nm.ent) {
			break
		}
		out = append(out, nm.ent.final())
		k = nm.te
		if last {
			break
		}
	}
	return out
}

// coordinatedPassive returns the first participle of a passive that the participle at i is
// coordinated with in the same clause ("was welcomed by A but criticised by B", "was drafted by A
// and backed by B"), or -1.
func (d *doc) coordinatedPassive(st *sent, i int) int {
	toks := st.toks
	if i < 2 || toks[i-1].lower != "but" && toks[i-1].lower != "and" {
		return -1
	}
	for k := i - 2; k >= 1 && k >= i-20; k-- {
		t := toks[k]
		if t.text == ";" || t.text == ":" || t.kind == tkQuote || t.lower == "that" {
			return -1
		}
		if t.lower == "by" && k >= 2 && d.beBefore(st, k-1) && strings.HasSuffix(toks[k-1].lower, "ed") {
			return k - 1
		}
	}
	return -1
}

// nominalSource finds the source of a nominal cue: the possessor ("Mr. Trump's threats"), the
// national adjective or country before it ("Chinese trade policy offers", "a U.S. request"), or the
// subject of a light verb that governs it ("introduced export restrictions").
func (d *doc) nominalSource(st *sent, m *cueMatch) (*entity, int, string) {
	toks := st.toks
	for k := m.s - 1; k >= 0 && k >= m.s-5; k-- {
		t := toks[k]
		if t.lower == "'s" && k > 0 {
			if pm := d.mentionAt(st, k-1); pm != nil && actorKind(pm.ent) {
				return pm.ent.final(), pm.ts, "possessor"
			}
			if k >= 2 && toks[k-2].lower == "the" {
				if e := d.resolveDefinite(st.idx, k-1); e != nil {
					return e, k - 2, "coref:definite"
				}
			}
			return nil, 0, ""
		}
		if t.lower == "its" || t.lower == "their" || t.lower == "his" || t.lower == "her" || t.lower == "our" || t.lower == "my" {
			// "our support for the act": the speaker of the quotation or transcript
			cls := map[string]string{"its": "it", "their": "they", "his": "he", "her": "she", "our": "we", "my": "i"}[t.lower]
			if (t.lower == "its" || t.lower == "their") && k > 0 && toks[k-1].kind == tkWord && !toks[k-1].cap && !isPrep(toks[k-1].lower) && st.ment[k-1] < 0 && !d.lx.lightVerbs[toks[k-1].lower] {
				// "Russia dropped its threat to veto": "its" in the object of a verb is the verb's
				// subject's own
				if e, _, _ := d.subjectOf(st, k-1); e != nil && fits(e, pronounClass(t.lower)) {
					return e, k, "coref:pronoun"
				}
			}
			if e := d.resolvePronoun(st.idx, k, cls); e != nil {
				return e, k, "coref:pronoun"
			}
			return nil, 0, ""
		}
		if pm := d.mentionAt(st, k); pm != nil {
			if e := pm.ent.final(); e.kind == graph.Country || e.kind == graph.Government || e.kind == graph.Organization {
				return e, pm.ts, "modifier"
			}
			break
		}
		if em, ok := d.matchNamesEndingAt(st, k); ok {
			return d.countryEntity(em.country), em.start, "demonym"
		}
		if d.lx.lightVerbs[t.lower] {
			if m.c.Type == graph.Sanctions {
				if e, s, h := d.subjectOf(st, k); e != nil {
					return e, s, h
				}
			}
			return nil, 0, ""
		}
		if t.kind != tkWord || t.cap || d.lx.stop[t.lower] && !determiners[t.lower] {
			break
		}
		if determiners[t.lower] && k > 0 && d.lx.lightVerbs[toks[k-1].lower] && m.c.Type == graph.Sanctions {
			continue // "announced a suspension of": the light verb is next
		}
		if determiners[t.lower] || d.lx.speech[t.lower].kind != 0 && !d.lx.lightVerbs[t.lower] || auxWords[t.lower] {
			break // the noun phrase starts at its determiner; a verb is outside it
		}
	}
	return nil, 0, ""
}

// polarity reads negation and hedging between the subject and the cue, and before the cue's clause.
func (d *doc) polarity(st *sent, subj int, m *cueMatch) (neg, hedged bool) {
	toks := st.toks
	patternNeg := false
	for _, p := range m.c.Pattern {
		patternNeg = patternNeg || p == "NOT" || p == "no"
	}
	for j := subj; j < m.s; j++ {
		if d.lx.negations[toks[j].lower] && !patternNeg {
			neg = true
		}
	}
	for j := subj - 1; j >= 0 && j >= subj-2; j-- {
		if w := toks[j].lower; (w == "neither" || w == "nor") && !patternNeg {
			neg = true // "Neither Chile nor Peru has accepted the ruling"
		}
	}
	from := subj - 3
	if from < 0 {
		from = 0
	}
	for j := from; j < m.e; j++ {
		if j >= subj || toks[j].kind == tkWord {
			n := &d.lx.hedges
			for k := j; k < len(toks); k++ {
				nx := n.next[toks[k].lower]
				if nx == nil {
					break
				}
				n = nx
				if len(n.entries) > 0 && j >= subj {
					hedged = true
				}
			}
		}
	}
	return neg, hedged
}

// phrase boundaries for targets
var targetStop = map[string]bool{"that": true, "which": true, "who": true, "because": true, "while": true,
	"when": true, "after": true, "before": true, "until": true, "unless": true, "but": true, "although": true,
	"though": true, "if": true, "whereas": true, "since": true, "as": true, "so": true, "saying": true,
	"adding": true, "according": true, "despite": true, "amid": true, "though.": true, "where": true, "whom": true,
	"whether": true, "or": false}

var leadingDrop = map[string]bool{"the": true, "a": true, "an": true, "any": true, "all": true, "such": true}

// targets finds what a cue governs: an actor when the phrase after it names one, else POLICY noun
// phrases (split into list items); "refuse to discuss X" → X; for a plural anaphor ("the two
// biggest requests") resolved by "Those include A and B" in the next sentence, A and B.
func (d *doc) targets(st *sent, m *cueMatch, typ *graph.RelType) []*entity {
	toks := st.toks
	c := m.c
	s := m.e
	prefix := ""
	switch c.Frame {
	case "VTO":
		// "to"-complement: a discussion verb leads to its object; other verbs make a gerund phrase
		for s < len(toks) && (toks[s].kind == tkQuote || strings.HasSuffix(toks[s].lower, "ly") || toks[s].lower == "further" || toks[s].lower == "also") {
			s++
		}
		if s < len(toks) && d.lx.discuss[toks[s].lower] && d.discussObject(st, s) {
			s++
			for s < len(toks) {
				if toks[s].lower == "with" {
					s++
					if mm := d.mentionAt(st, s); mm != nil {
						s = mm.te
					} else {
						for s < len(toks) && toks[s].kind == tkWord && !(toks[s].lower == "on" || toks[s].lower == "about" || toks[s].lower == "over") {
							s++
						}
					}
					continue
				}
				if toks[s].lower == "on" || toks[s].lower == "about" || toks[s].lower == "over" {
					s++
					continue
				}
				break
			}
		} else if s < len(toks) && toks[s].kind == tkWord && !toks[s].cap {
			v := toks[s].lower
			if lm := d.lx.cues.next[v]; lm != nil && *typ != graph.Threatens && c.Pattern[0] == "be" {
				// "ready to impose sanctions": an intent to sanction is a threat
				if cm := d.matchCue(st, s); cm != nil && cm.c.Type == graph.Sanctions && cm.c.Frame == "V" {
					*typ = graph.Threatens
				}
			}
			if *typ == graph.Offers && c.Frame == "VTO" && d.protestAct(st, s) {
				// "vowed to keep striking", "is ready to strike": an intent to protest is a threat
				*typ = graph.Threatens
			}
			respondTo := (v == "respond" || v == "reply") && s+1 < len(toks) && toks[s+1].lower == "to"
			if le, ok := d.lx.speech[v]; ok && le.kind == lkSpeechVerb && le.form == "base" && le.lemma != "call" && !respondTo {
				return nil // "declined to comment", "refused to say whether …": no stance on anything
			}
			prefix = gerund(v)
			s++
		}
	case "N":
		if c.Type == graph.Sanctions && !strings.HasSuffix(c.Lemma, " on") && !strings.HasSuffix(c.Lemma, " against") && !strings.HasSuffix(c.Lemma, " of") {
			// a bare sanction noun: the noun phrase around it
			b := m.s
			for b > 0 && toks[b-1].kind == tkWord && !toks[b-1].cap && !determiners[toks[b-1].lower] && !d.lx.stop[toks[b-1].lower] && !d.lx.lightVerbs[toks[b-1].lower] && st.ment[b-1] < 0 {
				b--
			}
			e := d.phraseEnd(st, m.e)
			if p := d.policyTarget(st, b, e, ""); p != nil {
				return []*entity{p}
			}
			return nil
		}
		if c.Type == graph.Sanctions {
			// "curbs on X": the policy keeps its noun
			b := m.s
			for b > 0 && toks[b-1].kind == tkWord && !toks[b-1].cap && !determiners[toks[b-1].lower] && !d.lx.stop[toks[b-1].lower] && !d.lx.lightVerbs[toks[b-1].lower] && st.ment[b-1] < 0 {
				b--
			}
			e := d.phraseEnd(st, m.e)
			if mm := d.mentionAt(st, m.e); mm != nil && mm.ts == m.e && actorKind(mm.ent) && mm.ent.final().kind != graph.Country && (mm.te >= e || toks[mm.te].text == ",") {
				// "sanctions on Wednesday on Mediterranea Gas Trading, a Madrid-based company": the
				// sanctioned organization or person itself
				return []*entity{mm.ent.final()}
			}
			if m.e-m.s > len(c.Pattern) && e > m.e {
				// a time adverbial inside the cue ("sanctions on Wednesday on …") is no part of the name
				p := d.policyEntity(d.spanText(st, b, m.s+1)+" "+d.spanText(st, m.e-1, e), "target:noun-phrase")
				p.weak = true
				return []*entity{p}
			}
			if p := d.policyTarget(st, b, e, ""); p != nil {
				return []*entity{p}
			}
			return nil
		}
		if strings.HasSuffix(c.Lemma, " to") && s < len(toks) && toks[s].kind == tkWord && !toks[s].cap && d.verbNext(st, s) {
			for s < len(toks) && (strings.HasSuffix(toks[s].lower, "ly") || toks[s].lower == "further") {
				s++
			}
			if s < len(toks) {
				prefix = gerund(toks[s].lower)
				s++
			}
		}
	case "V":
		if c.Pattern[len(c.Pattern)-1] == "notice" && m.e > m.s+1 {
			// "served 72 hours' strike notice on the operator": the notice is the threat
			return []*entity{d.policyEntity(d.spanText(st, m.s+1, m.e), "target:noun-phrase")}
		}
		if m.xs >= 0 {
			last := c.Pattern[len(c.Pattern)-1]
			switch {
			case last == "of" || last == "for":
				// "accused the government of being lenient": the accused is the target
				b := m.xs
				for b < m.xe-1 && leadingDrop[toks[b].lower] {
					b++
				}
				if mm := d.mentionAt(st, b); mm != nil && actorKind(mm.ent) && mm.ts == b && mm.te == m.xe {
					return []*entity{mm.ent.final()}
				}
				if e := d.resolveDefinite(st.idx, m.xe-1); e != nil && m.xe-m.xs == 2 {
					return []*entity{e}
				}
				if p := d.policyTarget(st, m.xs, m.xe, ""); p != nil && !isPronoun(toks[m.xs]) {
					return []*entity{p}
				}
				return nil
			case last != "X" && last != "to":
				// "hold China to account", "freeze their assets in Y": the cue's own verb phrase
				e := d.phraseEnd(st, m.e)
				name := gerund(c.Pattern[0]) + " " + d.spanText(st, m.s+1, e)
				return []*entity{d.policyEntity(name, "target:verb-phrase")}
			}
		}
	}
	if s < len(toks) && toks[s].lower == "and" && prefix == "" {
		s++
		if s < len(toks) && !toks[s].cap && st.ment[s] < 0 && (strings.HasSuffix(toks[s].lower, "s") || strings.HasSuffix(toks[s].lower, "ed")) && d.lx.cues.next[toks[s].lower] == nil && !determiners[toks[s].lower] {
			s++ // "supports and encourages Chinese companies": the object is shared
		}
	}
	if c.Frame == "V" && *typ == graph.Sanctions && s < len(toks) {
		// "imposed sanctions on Wednesday on X": the sanction noun's own cue names the target
		k := s
		for k < len(toks) && leadingDrop[toks[k].lower] {
			k++
		}
		for _, nm := range d.matchCues(st, k) {
			if nm.c.Frame == "N" && nm.c.Type == graph.Sanctions && nm.e-nm.s > len(nm.c.Pattern) {
				return nil
			}
		}
	}
	if c.Frame == "V" && s+1 < len(toks) && toks[s].lower == "to" && c.Pattern[len(c.Pattern)-1] != "to" && d.verbNext(st, s+1) && !d.lx.discuss[toks[s+1].lower] {
		return nil // "refused to comment": an infinitive is the "to"-cue's business, not a noun target
	}
	if c.Frame == "V" && s < len(toks) && (toks[s].lower == "to" || toks[s].lower == "upon") && !isPrep(c.Pattern[len(c.Pattern)-1]) && c.Pattern[len(c.Pattern)-1] != "to" {
		s++ // "agree to a deal": the preposition is not part of the target
	}
	if s < len(toks) && prefix == "" && *typ == graph.Threatens && c.Frame == "V" && len(c.Pattern) == 1 && d.clauseFollows(st, s) && toks[s].lower != "that" {
		// "warned it would strike if …": a clause without "that" is the target, as with it
		if !d.hostileClause(st, s) {
			return nil
		}
		e := len(toks)
		for e > s && (toks[e-1].kind == tkPunct || toks[e-1].kind == tkQuote) {
			e--
		}
		if p := d.policyTarget(st, s, e, ""); p != nil {
			return []*entity{p}
		}
		return nil
	}
	if s < len(toks) && toks[s].lower == "that" && prefix == "" && (*typ == graph.Threatens || *typ == graph.Demands) {
		s++ // "warned that police will …": the clause is the target
		if *typ == graph.Threatens && !d.hostileClause(st, s) {
			return nil // "warned that growth would slow": a prediction, not a threat (a claim)
		}
	}
	if s < len(toks) && toks[s].lower == "as" && prefix == "" && *typ == graph.Opposes {
		// "denounced as an ugly crime Serbia's suppression of …"
		for k := s + 1; k < len(toks) && k < s+8; k++ {
			if st.ment[k] >= 0 {
				s = k
				break
			}
		}
	}
	if c.Frame == "V" && prefix == "" && s+1 < len(toks) && toks[s].kind == tkQuote && !isCloseQuote(toks[s]) && st.inQuote[s+1] && toks[s+1].kind == tkWord {
		s++ // a partial quotation as the object: opposed “external pressure on the court”
	} else if c.Frame == "V" && prefix == "" && s+1 < len(toks) && toks[s].kind == tkQuote && m.s > 0 && st.inQuote[m.s] && !st.inQuote[s+1] {
		s++ // the cue quoted, the object not: said it “fully supports” the reform
	}
	if s+3 < len(toks) && toks[s].lower == "what" && prefix == "" {
		// "condemned what it called the brutal attack": the phrase after the naming verb
		k := s + 1
		if mm := d.mentionAt(st, k); mm != nil {
			k = mm.te
		} else {
			k++
		}
		if k < len(toks) && (toks[k].lower == "called" || toks[k].lower == "described" || toks[k].lower == "termed") {
			s = k + 1
			if s < len(toks) && toks[s].lower == "as" {
				s++
			}
			// the named phrase may hold quotation marks ("the “brutal” attack"): its words
			var words []string
			for q := s; q < len(toks) && len(words) < 8; q++ {
				t := toks[q]
				if t.kind == tkQuote {
					continue
				}
				if t.kind != tkWord && t.kind != tkNum || isPrep(t.lower) && len(words) > 1 || auxWords[t.lower] && t.lower != "'s" {
					break
				}
				if len(words) == 0 && leadingDrop[t.lower] {
					continue
				}
				words = append(words, t.text)
			}
			if len(words) == 0 {
				return nil
			}
			p := d.policyEntity(strings.Join(words, " "), "target:noun-phrase")
			p.weak = true
			return []*entity{p}
		}
	}
	e := d.phraseEnd(st, s)
	if c.Frame == "N" {
		for k := s + 1; k < e; k++ {
			if finiteAux[toks[k].lower] && st.ment[k] < 0 {
				e = k // "our support for the treaty is firm": the noun phrase ends at the verb
				break
			}
			if k > s && strings.HasSuffix(toks[k].lower, "ed") && !toks[k].cap && toks[k-1].kind == tkWord && !determiners[toks[k-1].lower] && !isPrep(toks[k-1].lower) && !strings.HasSuffix(toks[k-1].lower, "ly") && k+1 < e && !isPrep(toks[k+1].lower) {
				e = k // "Brazil's rejection of the proposal surprised diplomats"
				break
			}
		}
	}
	if c.Frame == "V" && m.s > 0 && toks[m.s-1].lower == "to" {
		for k := s + 1; k < e; k++ {
			if finiteAux[toks[k].lower] && st.ment[k] < 0 {
				e = k // "the move by Ankara to ban imports was criticised": the subject ends at its verb
				break
			}
		}
	}
	for k := s + 2; k+1 < e; k++ {
		// "Beijing's decision to ban rare earth exports angered Tokyo": a past verb with an object
		// after a noun ends the phrase
		if t := toks[k]; strings.HasSuffix(t.lower, "ed") && !t.cap && st.ment[k] < 0 && toks[k-1].kind == tkWord && !toks[k-1].cap && !determiners[toks[k-1].lower] && !isPrep(toks[k-1].lower) && !auxWords[toks[k-1].lower] && (determiners[toks[k+1].lower] || d.mentionAt(st, k+1) != nil && toks[k+1].cap) {
			e = k
			break
		}
	}
	if e <= s {
		if prefix != "" {
			return []*entity{d.policyEntity(prefix, "target:verb-phrase")}
		}
		return nil
	}
	b := s
	for b < e && (leadingDrop[toks[b].lower] && prefix == "" || toks[b].lower == "and" && b == s) {
		b++
	}
	if b >= e {
		return nil
	}
	// an actor target: the phrase is (or starts with) a mention not followed by a noun
	if prefix == "" {
		if mm := d.mentionAt(st, b); mm != nil && actorKind(mm.ent) && mm.ts == b {
			// "fined Kestrel €30 million": an amount after the actor is the second object, not a noun
			amount := *typ == graph.Sanctions && mm.te < len(toks) && (toks[mm.te].kind == tkNum || strings.ContainsAny(toks[mm.te].text, "€$£¥"))
			if mm.te == e || amount || mm.te < len(toks) && (toks[mm.te].kind == tkPunct || isPrep(toks[mm.te].lower) || toks[mm.te].lower == "and" || toks[mm.te].lower == "to") {
				return []*entity{mm.ent.final()}
			}
		}
		if isPronoun(toks[b]) && !determiners[toks[b].lower] {
			// pronoun objects ("him warmly", "them") are too often wrong to resolve across
			// sentences; "the government has acted, and we support it" names it in the same one
			if e == b+1 && (toks[b].lower == "it" || toks[b].lower == "them") {
				if ant := d.sameSentenceAntecedent(st, m.s, toks[b].lower); ant != nil {
					return []*entity{ant}
				}
			}
			return nil
		}
	}
	// a plural anaphor resolved by the next sentence's enumeration
	if items := d.enumeration(st, b, e); len(items) > 0 {
		return items
	}
	if prefix == "" {
		if o := d.headlineDescription(st, b, e); o != nil {
			return []*entity{o}
		}
	}
	var out []*entity
	for _, it := range d.splitList(st, b, e) {
		if p := d.policyTarget(st, it[0], it[1], prefix); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// finiteNext reports whether a finite verb plausibly starts at token i (adverbs skipped): an
// auxiliary, a cue or speech verb, or a lower-case word in -ed or -s that is no determiner.
func (d *doc) finiteNext(st *sent, i int) bool {
	for i < len(st.toks) && strings.HasSuffix(st.toks[i].lower, "ly") && !st.toks[i].cap {
		i++
	}
	if i >= len(st.toks) {
		return false
	}
	t := st.toks[i]
	if auxWords[t.lower] && t.lower != "'s" || d.verbAfter(st, i) == i {
		return true
	}
	return t.kind == tkWord && !t.cap && !determiners[t.lower] && !isPrep(t.lower) && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss"))
}

// headlineDescription: a headline describes the organization its story names ("Algeria sanctions
// Spanish gas trader" → Mediterranea Gas Trading): in the article's first sentence, a bare noun
// phrase of lower-case words and national adjectives whose head is an organization noun
// (orgnouns.txt) is the organization of that kind named in the next sentences.
func (d *doc) headlineDescription(st *sent, b, e int) *entity {
	if st.idx != 0 || e-b < 2 || e-b > 5 {
		return nil
	}
	toks := st.toks
	head := toks[e-1].lower
	if d.lx.orgNouns[head] == nil {
		return nil
	}
	for k := b; k < e-1; k++ {
		if toks[k].kind != tkWord || toks[k].cap && st.ment[k] < 0 && !d.isDemonym(st, k) || determiners[toks[k].lower] {
			return nil
		}
	}
	if o := d.orgByNoun(st.idx, e-1, head); o != nil && actorKind(o) {
		return o
	}
	return nil
}

// isDemonym reports a national adjective at token k ("Spanish", "Chilean").
func (d *doc) isDemonym(st *sent, k int) bool {
	ents, _ := d.matchNames(st, k)
	for _, e := range ents {
		if e.kind == lkDemonym {
			return true
		}
	}
	return false
}

// hasAux reports an auxiliary or modal among tokens [a, b): the words are a clause, not a noun phrase.
func (d *doc) hasAux(st *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if w := st.toks[k].lower; auxWords[w] && (d.lx.beForms[w] || w == "could" || w == "would" || w == "will" || w == "can" || w == "might" || w == "may" || w == "should" || w == "must" || w == "has" || w == "have" || w == "had") {
			return true
		}
	}
	return false
}

// sameSentenceAntecedent returns the actor a pronoun object of the cue at c refers to when the
// sentence names one before the cue: the nearest government, country or organization ("it") or
// group ("them") in a subject position, either a mention or a definite description ("the
// government"). Only the same clause side of a quotation counts.
func (d *doc) sameSentenceAntecedent(st *sent, c int, w string) *entity {
	cls := pronounClass(w)
	for k := c - 1; k >= 0; k-- {
		if st.inQuote[k] != st.inQuote[c] {
			break
		}
		if pronounClass(st.toks[k].lower) == "first" {
			continue
		}
		var e *entity
		te := k + 1
		if m := d.mentionAt(st, k); m != nil {
			e = m.ent.final()
			k, te = m.ts, m.te
		} else if k > 0 && st.toks[k-1].lower == "the" {
			e = d.resolveDefinite(st.idx, k)
		}
		if e == nil || !actorKind(e) || !fits(e, cls) {
			continue
		}
		if va := d.verbAfter(st, te); va == c || va >= 0 && va+1 == c {
			continue // the cue's own subject
		}
		if !d.finiteNext(st, te) {
			continue // not a subject: "the plan of Peru"
		}
		return e
	}
	return nil
}

func isPrep(w string) bool {
	switch w {
	case "in", "on", "at", "over", "for", "from", "with", "by", "about", "of", "into", "during", "after", "before":
		return true
	}
	return false
}

// phraseEnd returns where the noun or verb phrase starting at s ends: at punctuation, a quotation
// mark, a clause word, ", and", or after 18 tokens.
func (d *doc) phraseEnd(st *sent, s int) int {
	toks := st.toks
	e := s
	for e < len(toks) && e-s < 18 {
		t := toks[e]
		if t.kind == tkPunct && t.text != "-" && t.text != "&" && !(t.text == "," && d.listComma(st, e)) || t.kind == tkQuote {
			break
		}
		if targetStop[t.lower] && st.ment[e] < 0 {
			break
		}
		if t.lower == "and" && e+1 < len(toks) && (d.lx.speech[toks[e+1].lower].kind != 0 || d.lx.cues.next[toks[e+1].lower] != nil && e+1 < len(toks) && !determiners[toks[e+1].lower]) && !(e+1 < len(toks) && toks[e+1].lower == "other") {
			// "rejected X and said": a second verb phrase
			if _, ok := d.speechAt(st, e+1); ok || d.lx.cues.next[toks[e+1].lower] != nil && d.matchCue(st, e+1) != nil && d.matchCue(st, e+1).c.Frame != "N" {
				break
			}
		}
		if t.lower == "and" && e+1 < len(toks) && (strings.HasSuffix(toks[e+1].lower, "ed") && st.ment[e+1] < 0 || auxWords[toks[e+1].lower] && toks[e+1].lower != "not") {
			break // "frustrated with X and dismayed by Y"
		}
		if t.lower == "and" && e+2 < len(toks) && subjectPronoun[toks[e+1].lower] && d.finiteNext(st, e+2) {
			break // "we reject these tariffs and we will retaliate": a new clause
		}
		if (t.lower == "in" || t.lower == "on" || t.lower == "last" || t.lower == "this" || t.lower == "next") && e+1 < len(toks) && (isDayOrMonth(toks[e+1].lower) && toks[e+1].cap || toks[e+1].lower == "year" || toks[e+1].lower == "week" || toks[e+1].lower == "month") {
			break
		}
		if isDayOrMonth(t.lower) && t.cap && e > s || t.lower == "yesterday" || t.lower == "today" || t.lower == "immediately" && e > s {
			break
		}
		if t.lower == "over" && e > s && e+1 < len(toks) && toks[e+1].kind == tkWord && st.ment[e] < 0 && !determiners[toks[e-1].lower] {
			break // "sanctions X over alleged resales": the reason, not part of the target
		}
		if t.lower == "within" && e > s && e+1 < len(toks) && (toks[e+1].kind == tkNum || durationNoun[toks[e+1].lower] || e+2 < len(toks) && (toks[e+1].lower == "a" || toks[e+1].lower == "the") && durationNoun[toks[e+2].lower]) {
			break // "rejected the offer within hours": a duration, not part of the target
		}
		e++
	}
	return e
}

// subjectPronoun are the personal pronouns that can only be subjects.
var subjectPronoun = map[string]bool{"i": true, "we": true, "he": true, "she": true, "they": true, "it": true}

// finiteAux are finite auxiliaries and copulas: no noun phrase runs on through one.
var finiteAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "will": true, "would": true,
	"has": true, "have": true, "had": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true}

// durationNoun are nouns of a time span ("within hours", "within a week").
var durationNoun = map[string]bool{"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true}

// listComma reports a comma inside a list of nouns ("oil, natural gas, coal and other goods"): a
// later "and"/"or" closes the list before any other punctuation.
func (d *doc) listComma(st *sent, i int) bool {
	toks := st.toks
	for k := i + 1; k < len(toks) && k < i+8; k++ {
		t := toks[k]
		if t.lower == "and" || t.lower == "or" {
			return k > i+1
		}
		if t.kind == tkPunct && t.text != "," || t.kind == tkQuote || targetStop[t.lower] || t.lower == "to" {
			return false
		}
	}
	return false
}

// splitList splits "A, B, C and D" into items when the phrase is a list of short noun phrases;
// otherwise returns the whole phrase.
func (d *doc) splitList(st *sent, b, e int) [][2]int {
	toks := st.toks
	hasComma := false
	for k := b; k < e; k++ {
		if toks[k].text == "," {
			hasComma = true
		}
	}
	if !hasComma {
		return [][2]int{{b, e}}
	}
	var items [][2]int
	s := b
	for k := b; k <= e; k++ {
		if k == e || toks[k].text == "," || toks[k].lower == "and" || toks[k].lower == "or" {
			if k > s {
				items = append(items, [2]int{s, k})
			}
			s = k + 1
		}
	}
	for _, it := range items {
		if it[1]-it[0] > 6 {
			return [][2]int{{b, e}}
		}
	}
	if len(items) < 2 {
		return [][2]int{{b, e}}
	}
	return items
}

// enumeration resolves a plural noun phrase such as "the two biggest requests" through a following
// sentence "Those include A and B" (rule target:enumeration).
func (d *doc) enumeration(st *sent, b, e int) []*entity {
	toks := st.toks
	if e-b < 2 || !strings.HasSuffix(toks[e-1].lower, "s") && e-b < 3 {
		return nil
	}
	// the head: the last plural noun of the phrase before any relative clause
	head := -1
	for k := b; k < e && k < b+5; k++ {
		if strings.HasSuffix(toks[k].lower, "s") && toks[k].kind == tkWord && !toks[k].cap {
			head = k
			break
		}
	}
	if head < 0 || toks[b-1].lower != "the" && b > 0 && toks[b-1].lower != "two" {
		if head < 0 {
			return nil
		}
	}
	if st.idx+1 >= len(d.sents) {
		return nil
	}
	nx := d.sents[st.idx+1]
	if len(nx.toks) < 4 {
		return nil
	}
	w0, w1 := nx.toks[0].lower, nx.toks[1].lower
	if !(w0 == "those" || w0 == "these" || w0 == "they") || !(w1 == "include" || w1 == "are" || w1 == "included" || w1 == "were") {
		return nil
	}
	end := len(nx.toks)
	for end > 2 && nx.toks[end-1].kind == tkPunct {
		end--
	}
	// items joined by "and" at the top level (no commas inside items is not required)
	var items []*entity
	s := 2
	for k := 2; k <= end; k++ {
		if k == end || nx.toks[k].lower == "and" && d.enumSplit(nx, k) {
			if k > s {
				b2 := s
				for b2 < k && leadingDrop[nx.toks[b2].lower] {
					b2++
				}
				if p := d.policyTarget(nx, b2, k, ""); p != nil {
					items = append(items, p)
				}
			}
			s = k + 1
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// enumSplit reports whether "and" at k joins two items of an enumeration: the next word starts a new
// noun phrase (a determiner, a number, a currency sign, or a plural noun followed by "on"/"of").
func (d *doc) enumSplit(st *sent, k int) bool {
	if k+1 >= len(st.toks) {
		return false
	}
	n := st.toks[k+1]
	if determiners[n.lower] || n.kind == tkSym || n.kind == tkNum {
		return true
	}
	if k+2 < len(st.toks) && (st.toks[k+2].lower == "on" || st.toks[k+2].lower == "of" || st.toks[k+2].lower == "against" || st.toks[k+2].lower == "to" || st.toks[k+2].lower == "in" || st.toks[k+2].lower == "for") && strings.HasSuffix(n.lower, "s") {
		return true
	}
	return false
}

// policyTarget makes a POLICY node for tokens [b, e) of st, with an optional gerund prefix; a phrase
// that is exactly a known policy name returns that policy.
func (d *doc) policyTarget(st *sent, b, e int, prefix string) *entity {
	toks := st.toks
	for b < e && leadingDrop[toks[b].lower] && prefix == "" {
		b++
	}
	for e > b && (toks[e-1].kind == tkPunct || toks[e-1].lower == "and" || toks[e-1].lower == "or") {
		e--
	}
	if e <= b {
		return nil
	}
	if mm := d.mentionAt(st, b); mm != nil && mm.ts == b && mm.te == e {
		if ent := mm.ent.final(); ent.kind == graph.Policy {
			return ent
		}
	}
	name := d.spanText(st, b, e)
	if prefix != "" {
		name = prefix + " " + name
	}
	if len([]rune(name)) < 3 {
		return nil
	}
	if pronounClass(strings.ToLower(name)) != "" || name == "so" || name == "it" {
		return nil
	}
	p := d.policyEntity(name, "target:noun-phrase")
	if prefix != "" {
		p.rule = "target:verb-phrase"
	}
	p.weak = true
	return p
}

// gerund makes the -ing form of a verb ("open" → "opening", "negotiate" → "negotiating", "stop" →
// "stopping").
func gerund(v string) string {
	if strings.HasSuffix(v, "ing") {
		return v
	}
	if strings.HasSuffix(v, "ie") {
		return v[:len(v)-2] + "ying"
	}
	if strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && len(v) > 2 {
		return v[:len(v)-1] + "ing"
	}
	n := len(v)
	isV := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	groups := 0
	for i := 0; i < n; i++ {
		if isV(v[i]) && (i == 0 || !isV(v[i-1])) {
			groups++
		}
	}
	if n >= 3 && groups == 1 && !isV(v[n-1]) && isV(v[n-2]) && !isV(v[n-3]) && strings.IndexByte("wxy", v[n-1]) < 0 {
		return v + v[n-1:] + "ing"
	}
	return v + "ing"
}
