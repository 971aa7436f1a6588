package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/discourse"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
)

// Meeting pairs (readout20, R1): a report of a meeting or call names its two principals at the
// start — coordinated as the subject ("President X of A and President Y of B held talks in …")
// or as the subject and the other party of a symmetric predicate ("Foreign Minister X met with
// Foreign Minister Y", "X held talks with Y", "X meets Y": "X met Y" = "X met with Y" = "X and Y
// met", Lakoff & Peters 1969, "Phrasal conjunction and symmetric predicates") — and then refers
// to them together by a definite description ("The two leaders stressed …", "Both sides
// welcomed …"), which refers back to the pair so introduced (Quirk et al. 1985, 5.28, anaphoric
// "the"; 6.49 on "both", the dual of "all"). Each of the two is then a source, as each of two
// coordinated subjects is. readoutParties reads the pair of a government's own readout from its
// title; this is the same reference for the pair the heading or the first sentence of any report
// names (pairSubject).

// pairSubject is readoutPartiesSubject (coref_hostoffice.go) extended to the pair of any report
// (meetingPair): the first of the parties when token k of st, the subject of a cue, is their
// definite description ("The two leaders", "Both sides": partyNounSubject) in the narration, or
// "They" right after them (pairPronoun); nil otherwise. The relation is marked and copied to the
// other party (jointStances, through describedParties).
func (d *doc) pairSubject(st *sent, k int) *entity {
	if e := coref.ReadoutPartiesSubject(d.Doc, st, k); e != nil {
		return e
	}
	if st.Question || st.Idx == 0 || !(speakers.PartyNounSubject(st, k) || dualFusedHead(st, k) || d.pairPronoun(st, k)) {
		return nil
	}
	ps, _ := d.pairAt(st)
	if len(ps) > 2 && (dualFusedHead(st, k) || numberedParty(st, k)) {
		return nil // "the two leaders", "both sides": a dual, not the host and several guests
	}
	if len(ps) >= 2 {
		return ps[0] // the report's pair, or the pair named earlier in the same turn (pairAt)
	}
	return nil
}

// dualFusedHead reports token k of st, the subject of a cue, as a noun phrase whose head is fused
// with the dual determiner or numeral — "The two agreed …", "Both welcomed …", "Both of them …":
// the fused determiner-head of Huddleston & Pullum 2002, ch. 5 §9.2 (Quirk et al. 1985, 6.49 on
// "both" as a pronoun), which refers to the two the discourse introduced as "the two leaders"
// does. The word after it must not be a noun ("both sides" is partyNounSubject's).
func dualFusedHead(st *sent, k int) bool {
	if k < 0 || k >= len(st.Toks) || st.InQuote[k] {
		return false
	}
	b := docpkg.BodyStart(st)
	switch w := st.Toks[k].Lower; {
	case w == "two" && k == b+1 && st.Toks[b].Lower == "the":
	case w == "both" && k == b:
	default:
		return false
	}
	return true
}

// describedParties are the parties a relation of sentence st marked "+joint:parties" outside a
// joint statement is copied to: the parties of a government's readout (readoutParties), else the
// pair the report names first, or the one named earlier in st's turn (pairAt).
func (d *doc) describedParties(st *sent) []*entity {
	if ps := coref.ReadoutParties(d.Doc); ps != nil {
		return ps
	}
	ps, _ := d.pairAt(st)
	return ps
}

// meetingPair returns the two principals the first sentence of the body names (meetingPairIn;
// after a heading not read as the title, blockLanguage, the sentence after it), else those the
// heading names: the body's sentence names them in full; nil when neither names exactly two distinct actors so. It
// is computed once per document.
func (d *doc) meetingPair() []*entity {
	if d.MeetPair != nil {
		return *d.MeetPair
	}
	var out []*entity
	titled := false // the title line, as titleLinePerson reads it
	if len(d.Sents) > 0 {
		st := d.Sents[0]
		titled = d.C.Article.Title != "" || st.Headline || st.Unit != nil && st.Unit.Furniture && st.Unit.Rule == "title:speaker"
	}
	for i, st := range d.Sents {
		if i > 0 || !titled {
			if st.Unit != nil && st.Unit.Furniture {
				continue
			}
			if out = d.meetingPairIn(st); out != nil {
				d.MeetPairSent = i
			}
			if out == nil && blockLanguage(st) {
				// a heading the loader did not read as the title, or a line of the header
				// under it ("Office of the Spokesperson", "From: Prime Minister's Office"):
				// the body's first sentence follows the block language
				continue
			}
			break
		}
	}
	if out == nil && titled {
		if out = d.meetingPairIn(d.Sents[0]); out != nil {
			d.MeetPairSent = 0
		}
	}
	d.MeetPair = &out
	return out
}

// blockLanguage reports a line with no sentence-final punctuation, the block language of
// headings and titles (Quirk et al. 1985, 11.44): a heading the loader did not read as the
// title, after which the body's first sentence starts.
func blockLanguage(st *sent) bool {
	if len(st.Toks) == 0 {
		return false
	}
	switch st.Toks[len(st.Toks)-1].Text {
	case ".", "!", "?", ":", ";", "\"", "”", "'", "’":
		return false
	}
	return true
}

// meetingPairIn returns the two principals of sentence st: the subject of its main verb with
// one conjunct (UD conj), or the subject with a with-phrase on the verb or on its object ("met
// with Y", "held talks with Y", "'s call with Y") or the object of a verb of the CAMEO 04
// "consult" root (frames ConsultVerb: "X meets Y"), each resolved to an actor as a frame's
// argument is (frameActorAt). nil unless exactly two distinct actors come out.
func (d *doc) meetingPairIn(st *sent) []*entity {
	if st.Question || len(d.BySent[st.Idx]) < 2 {
		return nil
	}
	fs, _ := d.parseSentenceFor(st, true)
	if fs == nil {
		return nil
	}
	root := -1
	for i, t := range fs.toks {
		if t.Head < 0 {
			root = i
			break
		}
	}
	if root < 0 {
		return nil
	}
	if ps := d.parsedPair(st, fs, root); ps != nil {
		return ps
	}
	if ps := d.coordinatedPair(st, fs); ps != nil {
		return ps
	}
	if blockLanguage(st) {
		return d.nominalPair(st, fs) // "X's Meeting with Y" (relation_meetingpair_turn.go)
	}
	return nil
}

// parsedPair is meetingPairIn on the parse: the subject of the root and its conjunct, or the
// subject and the other party of the root (otherParty).
func (d *doc) parsedPair(st *sent, fs *frameSentence, root int) []*entity {
	var heads []int
	subj := -1
	for _, k := range fs.kids[root] {
		if r := fs.toks[k].DepRel; r == "nsubj" || r == "nsubj:pass" {
			subj = k
		}
	}
	if subj < 0 {
		return nil
	}
	heads = append(heads, subj)
	for _, k := range fs.kids[subj] {
		if fs.toks[k].DepRel == "conj" {
			heads = append(heads, k)
		}
	}
	person := false
	if len(heads) == 1 {
		var others []int
		others, person = fs.otherParty(root)
		for _, h := range others {
			if fs.holdsConj(h) && fs.caseWord(h) == "for" {
				return d.hostAndGuests(st, fs, subj, h, root) // relation_meetingpair_turn.go
			}
			if fs.holdsConj(h) {
				// "met representatives of A and B": the other side is itself several
				// parties, so no pair (Lakoff & Peters 1969: the symmetric predicate's
				// two arguments; a coordinated one makes more than two principals)
				return nil
			}
			heads = append(heads, h)
		}
	}
	if len(heads) != 2 {
		return nil
	}
	var out []*entity
	for _, h := range heads {
		e, _ := d.frameActorAt(st, fs, h, root, nil)
		if e == nil || !docpkg.ActorKind(e) || person && !d.namesPerson(st, fs, h, e) || d.relationalHead(st, fs, h) {
			return nil
		}
		e = e.Final()
		for _, o := range out {
			if o == e {
				return nil
			}
		}
		out = append(out, e)
	}
	return out
}

// namesPerson reports the phrase headed by h as a mention of e, a person, itself: the guest
// "receive" takes in CAMEO's 043 patterns is a person (LEADER, MINISTERS, AMBASSADOR, ENVOY), not
// a thing from one ("received a letter from Y", where the argument resolves to Y).
func (d *doc) namesPerson(st *sent, fs *frameSentence, h int, e *entity) bool {
	if e.Final().Kind != graph.Person || h >= len(fs.at) {
		return false
	}
	m := actors.MentionAt(d.Doc, st, fs.at[h])
	return m != nil && m.Ent.Final() == e.Final()
}

// holdsConj reports a conjunct (UD conj) anywhere in the phrase headed by h.
func (fs *frameSentence) holdsConj(h int) bool {
	for k := range fs.toks {
		if k != h && fs.toks[k].DepRel == "conj" && fs.dominates(h, k) {
			return true
		}
	}
	return false
}

// otherParty returns the heads of the other party of the symmetric predicate headed by v: a
// nominal with "with" on v or on v's object ("met with Y", "held talks with Y"), or on a time
// phrase of v, where the parser hangs a with-phrase that follows it ("held a call on Friday with
// Y": a noun of time takes no such phrase, so it is the verb's, as frames' timeMisattached
// reads it), else v's object when v is a verb of the CAMEO 04 "consult" root ("meets Y",
// "visited Y"), or the guest of its object in a for-phrase ("hosted a dinner for Y": CAMEO 043
// "host a visit", the guest the event is held for), or v's object when v is "receive", whose
// CAMEO 2.0 patterns with a person as object (RECEIVE * LEADER, * MINISTERS, * AMBASSADOR,
// * ENVOY) are 043 "host a visit" (person: the object must resolve to a person, parsedPair). At
// most one.
func (fs *frameSentence) otherParty(v int) (heads []int, person bool) {
	var obj = -1
	lemma := strings.ToLower(lemmaOf(fs.toks[v]))
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel == "nsubj:pass" {
			// the passive: its by-phrase is the active subject, the other party of a verb of
			// the consult root or of "receive" ("Y was received by X"; Quirk et al. 1985, 3.65)
			for _, a := range fs.kids[v] {
				if strings.HasPrefix(fs.toks[a].DepRel, "obl") && fs.caseWord(a) == "by" && (fs.fr.ConsultVerb(lemma) || lemma == "receive") {
					return []int{a}, lemma == "receive"
				}
			}
			return nil, false
		}
	}
	for _, k := range fs.kids[v] {
		switch r := fs.toks[k].DepRel; {
		case strings.HasPrefix(r, "obl") && fs.caseWord(k) == "with":
			return []int{k}, false
		case r == "obj":
			obj = k
		}
	}
	for _, k := range fs.kids[v] {
		if strings.HasPrefix(fs.toks[k].DepRel, "obl") && fs.timePhrase(k) {
			for _, n := range fs.kids[k] {
				if strings.HasPrefix(fs.toks[n].DepRel, "nmod") && fs.caseWord(n) == "with" {
					return []int{n}, false
				}
			}
		}
	}
	if obj < 0 {
		return nil, false
	}
	for _, k := range fs.kids[obj] {
		if strings.HasPrefix(fs.toks[k].DepRel, "nmod") && fs.caseWord(k) == "with" {
			return []int{k}, false
		}
	}
	if fs.fr.ConsultVerb(lemma) {
		if x := fs.toks[obj].XPOS; x == "NN" || x == "NNS" {
			// the for-phrase on the object, or on the verb where the parser hangs it
			for _, k := range append(append([]int(nil), fs.kids[obj]...), fs.kids[v]...) {
				if r := fs.toks[k].DepRel; (strings.HasPrefix(r, "nmod") || strings.HasPrefix(r, "obl")) && fs.caseWord(k) == "for" && !fs.timePhrase(k) {
					return []int{k}, false
				}
			}
		}
		return []int{obj}, false
	}
	if lemma == "receive" {
		return []int{obj}, true
	}
	return nil, false
}

// timePhrase reports token k as the head of a phrase of time (modality.txt class time, or a
// number: "on Friday", "in 2031").
func (fs *frameSentence) timePhrase(k int) bool {
	return fs.toks[k].UPOS == "NUM" || fs.fr.InClass("time", strings.ToLower(lemmaOf(fs.toks[k])))
}

// coordinatedPair is meetingPairIn when the parser has not seen the coordination of two titled
// names before the finite verb ("Prime Minister X of A and President Y of B held talks …", which
// it reads as a list of names): the words before the sentence's first finite verb (Penn tags
// VBD, VBZ, VBP), neither after a preposition nor holding a comma, hold exactly one "and"
// outside any actor's name, and each side of it names an
// actor — a person if it names one, else its first actor ("X of A": X) — the two conjuncts of a
// coordinated subject (Quirk et al. 1985, 13.2, 13.23: a coordinated noun phrase as subject;
// the verb after it has both as its subject). nil otherwise.
func (d *doc) coordinatedPair(st *sent, fs *frameSentence) []*entity {
	v := -1
	for i, t := range fs.toks {
		if t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" {
			v = fs.at[i]
			break
		}
	}
	if v < 0 || len(fs.toks) == 0 || fs.toks[0].XPOS == "IN" {
		return nil // "In Kenya and Uganda, …": an adjunct first, no subject
	}
	and := -1
	for k := docpkg.BodyStart(st); k < v; k++ {
		if st.Toks[k].Text == "," {
			return nil // an aside or a fronted adjunct: the words are no plain subject
		}
		if st.Toks[k].Lower == "and" && actors.MentionAt(d.Doc, st, k) == nil {
			if and >= 0 {
				return nil
			}
			and = k
		}
	}
	if and < 0 {
		return nil
	}
	a, b := d.principalIn(st, docpkg.BodyStart(st), and), d.principalIn(st, and+1, v)
	if a == nil || b == nil || a == b {
		return nil
	}
	return []*entity{a, b}
}

// principalIn is the actor named in st's tokens [lo, hi): the first person, else the first actor;
// nil when none.
func (d *doc) principalIn(st *sent, lo, hi int) *entity {
	var first *entity
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ts < lo || m.Te > hi || !docpkg.ActorKind(m.Ent) || strings.HasPrefix(m.Rule, "coref") {
			continue
		}
		e := m.Ent.Final()
		if e.Kind == graph.Person {
			return e
		}
		if first == nil {
			first = e
		}
	}
	return first
}

// pairNarration reports a sentence of the document's own narration (discourse Narrative, or the
// voice of the speaker its title names), where the pair the report introduced stays the referent
// of "the two sides"; a journalist's question, a spokesperson's answer or a quoted block is
// another speaker's discourse, whose definite descriptions refer to what that discourse
// introduces (Quirk et al. 1985, 5.28: anaphoric "the" needs its antecedent in the same
// discourse), as "the two sides" of a trade dispute in a briefing answer do.
func pairNarration(st *sent) bool {
	return st.Unit == nil || st.Unit.Role == discourse.Narrative || st.Unit.Role == discourse.Titled
}

// pairPronoun reports token k of st as "they" opening a sentence of the narration, or of a turn
// (pairAt), right after a sentence of the same discourse whose subject is the pair: the sentence that names the two as its
// subject, or one whose subject is their definite description ("The two ministers met … They
// condemned …"). The plural pronoun takes the most salient plural antecedent, the subject of the
// sentence before (Quirk et al. 1985, 6.10–6.12 on number concord with the antecedent; Lappin &
// Leass 1994 on the salience of subjects and of recency), and a coordination of two is plural.
//
// "They" may follow a fronted adjunct ("On trade, they reviewed …", "During the talks with the
// Chamber of Commerce, they welcomed …": frontedAdjunctEnd), and the sentence before may itself
// open with the pair's "They" so read (pairPronounChain, relation_pluralpair.go).
func (d *doc) pairPronoun(st *sent, k int) bool {
	return d.pairPronounDepth(st, k, 0)
}

// pairPronounDepth is pairPronoun reading at most pairChainMax sentences of "They" back.
func (d *doc) pairPronounDepth(st *sent, k, depth int) bool {
	if k >= len(st.Toks) || st.Toks[k].Lower != "they" || st.InQuote[k] || st.Idx == 0 {
		return false
	}
	if b := docpkg.BodyStart(st); k != b && coref.FrontedAdjunctEnd(st, b) != k {
		return false
	}
	ps, at := d.pairAt(st)
	if len(ps) < 2 {
		return false
	}
	prev := d.Sents[st.Idx-1]
	if prev.Idx == at {
		return true
	}
	if pairNarration(prev) != pairNarration(st) || !pairNarration(st) && !sameTurn(prev.Unit, st.Unit) || prev.Question {
		return false // the sentence before is another discourse's
	}
	if b := docpkg.BodyStart(prev); dualFusedHead(prev, b) || dualFusedHead(prev, b+1) {
		return true // "The two held talks … They …"
	}
	for j := 1; j <= 2 && j < len(prev.Toks); j++ {
		if speakers.PartyNounSubject(prev, j) && (j == 1 || prev.Toks[0].Lower == "the" || prev.Toks[0].Lower == "both") {
			return true
		}
	}
	return d.pairPronounChain(prev, depth)
}

// coordinatedTitles returns the persons a coordination of two definite title descriptions as the
// sentence's subject refers to — "The President and the Prime Minister agreed …" — when token h
// of fs, the source of a frame, heads the second and the sentence opens with the first, each
// "the" and a title (titles.txt), each resolved as an anaphoric definite description to the one
// person named before with that title (resolveDefinite; Quirk et al. 1985, 5.28, anaphoric
// "the"). Each conjunct of a coordinated subject is a subject of the verb (13.2), so each person
// is a source. The parser may not see the coordination ("The President" read as an adjunct),
// so the words are read: [the T1] and [the T2]. nil unless both resolve so to distinct persons
// ("the President and his ministers", a title two persons hold: nil).
func (d *doc) coordinatedTitles(st *sent, fs *frameSentence, h int) []*entity {
	if h < 0 || h >= len(fs.at) {
		return nil
	}
	i2 := fs.at[h]
	j2 := titleStart(st, i2)
	if j2 < 4 || st.Toks[j2-2].Lower != "and" {
		return nil
	}
	i1 := j2 - 3
	if titleStart(st, i1) != docpkg.BodyStart(st)+1 {
		return nil
	}
	var out []*entity
	for _, i := range []int{i1, i2} {
		if st.InQuote[i] || d.Lx.Titles[st.Toks[i].Lower] == nil {
			return nil
		}
		e := coref.ResolveDefinite(d.Doc, st.Idx, i)
		if e == nil || e.Final().Kind != graph.Person || len(out) > 0 && out[0] == e.Final() {
			return nil
		}
		out = append(out, e.Final())
	}
	return out
}

// titleStart is the first word after "the" of the capitalized description whose head is token i
// ("the Prime Minister": Prime); -1 when no "the" opens it within four words.
func titleStart(st *sent, i int) int {
	for j := i; j >= 1 && j >= i-3; j-- {
		if !st.Toks[j].Cap {
			return -1
		}
		if st.Toks[j-1].Lower == "the" {
			return j
		}
	}
	return -1
}
