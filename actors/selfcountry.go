package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// subjectState is the state named by the mention that opens st's body (after its label and any
// discourse marker), or by "the Chinese side" there (stateSide), with the token after it; nil
// when the body opens otherwise.
func subjectState(d *doc.Doc, st *doc.Sent) (*lexicon.Country, int) {
	a := doc.BodyStart(st)
	for a < len(st.Toks) && (DiscourseMarkers.Has(st.Toks[a].Lower) || st.Toks[a].Text == ",") {
		a++
	}
	if c, end := stateSide(d, st, a); c != nil {
		return c, end
	}
	m := MentionAt(d, st, a)
	if m == nil && a+1 < len(st.Toks) && st.Toks[a].Lower == "the" {
		a++ // "The Republic of Korea strongly condemns …": the article of a state's full name
		m = MentionAt(d, st, a)
	}
	if m == nil || m.Ts != a {
		return nil, 0
	}
	e := m.Ent.Final()
	if e.Kind != graph.Country || e.Country == nil {
		return nil, 0
	}
	return e.Country, m.Te
}

// stateSide reads "the Chinese side", "the US side" at a: a state as a party to an exchange,
// named by its demonym or its name before "side" (the diplomatic usage of the PRC, Japanese and
// Korean foreign ministries' English, "the Chinese side has lodged representations with the
// Philippine side"), with the token after "side"; nil when a holds no such phrase.
func stateSide(d *doc.Doc, st *doc.Sent, a int) (*lexicon.Country, int) {
	toks := st.Toks
	if a+2 >= len(toks) || toks[a].Lower != "the" || toks[a+2].Lower != "side" {
		return nil, 0
	}
	if m := MentionAt(d, st, a+1); m != nil && m.Ts == a+1 && m.Te == a+2 {
		if e := m.Ent.Final(); e.Kind == graph.Country && e.Country != nil {
			return e.Country, a + 3
		}
	}
	if n := d.Lx.Names.Next[toks[a+1].Lower]; n != nil && toks[a+1].Cap {
		for _, en := range n.Entries {
			if en.Kind == lexicon.EntryDemonym && en.Country != nil {
				return en.Country, a + 3
			}
		}
	}
	return nil, 0
}

// skipAdverbs passes the adverbs between a subject and its verb: words in -ly and the frequency
// adverbs of the middle position (Quirk et al. 1985, ch. 8 on frequency adjuncts: "always", "never", "also").
func skipAdverbs(st *doc.Sent, k int) int {
	for k < len(st.Toks) {
		t := st.Toks[k]
		if t.Kind != text.Word || t.Cap || !(strings.HasSuffix(t.Lower, "ly") || midAdverbs.Has(t.Lower)) {
			break
		}
		k++
	}
	return k
}

// PositionSubjectState is the state that is the subject of st's first clause when the clause
// states a position or commitment of that state's own: its verb (after adverbs, a negation and
// "does"/"do") opens a verb of stance of the cue lexicon (stanceVerbWord) ("China firmly opposes …", "Viet Nam
// supports …", "South Africa does not support …": the CAMEO verbs of opposing, supporting,
// demanding, offering, threatening), or "will"/"shall" opens it ("China will take necessary
// measures …": a commitment, Searle 1976's commissives, which a state's spokesperson states in
// his state's name). Not counted: a deontic modal after the subject (a directive to another
// party), a verb of past narration (a finite past form or a perfect: what the state did), and a
// description ("China is the world's largest producer", "China remains …", "China continues to
// restrict …"), which a briefer says of any state.
func PositionSubjectState(d *doc.Doc, st *doc.Sent) *lexicon.Country {
	c, k := subjectState(d, st)
	if c == nil {
		return nil
	}
	k = skipAdverbs(st, k)
	if k >= len(st.Toks) {
		return nil
	}
	w := st.Toks[k].Lower
	if deonticModals.Has(w) || narrationAux.Has(w) || st.Toks[k].Kind == text.Word && !st.Toks[k].Cap && strings.HasSuffix(w, "ed") {
		return nil
	}
	if w == "will" || w == "shall" || w == "'ll" {
		return c
	}
	for w == "does" || w == "do" || d.Lx.Negations[w] {
		if k = skipAdverbs(st, k+1); k >= len(st.Toks) {
			return nil
		}
		w = st.Toks[k].Lower
	}
	if stanceVerbWord(d.Lx, w) {
		return c
	}
	return nil
}

// stanceVerbWord reports a word that opens a verb cue of stance in the cue lexicon (cues.txt: a
// verb pattern of OPPOSES, SUPPORTS, DEMANDS, OFFERS or THREATENS whose first word, in any of its
// forms, is w: "opposes", "supports", "urges", "calls" of "call on"), read from the lexicon's trie
// itself rather than by matching the pattern in the sentence.
func stanceVerbWord(lx *lexicon.Lexicons, w string) bool {
	n := lx.Cues.Next[w]
	if n == nil {
		return false
	}
	stance := func(es []lexicon.Entry) bool {
		for _, e := range es {
			if e.Cue == nil || e.Cue.Frame == "N" {
				continue
			}
			switch e.Cue.Type {
			case graph.Opposes, graph.Supports, graph.Demands, graph.Offers, graph.Threatens:
				return true
			}
		}
		return false
	}
	if stance(n.Entries) {
		return true
	}
	for _, nx := range n.Next {
		if stance(nx.Entries) {
			return true
		}
	}
	return false
}

// BoundWeState is the state S of a sentence "S <verb of saying> … that we …" in a speaker's own
// turn ("China has made it clear that we firmly oppose escalating the trade war"). In indirect
// speech the reporter's own deixis replaces the original speaker's (Quirk et al. 1985, 14.31-14.33:
// the pronouns of the reported clause are shifted to the reporter's point of view): the state's
// own "we oppose …", reported by one who is not of it, comes out "it opposes …"; a "we" kept in
// the reported clause says the reporter is of the state that said it, so his "we" is that state.
// The verb is one that restates the subject's own position (positionverbs.txt: make (it) clear,
// stress, reiterate, state …), not one that reports a contested claim: "The US has claimed that
// we subsidize our mills" reports the US's claim about the speaker's side, and the report keeps
// "we" from the speaker's side, so it binds nothing. It is not negated, and "that" and then "we"
// follow within six words. Nil otherwise.
func BoundWeState(d *doc.Doc, st *doc.Sent) *lexicon.Country {
	c, k := subjectState(d, st)
	if c == nil {
		return nil
	}
	toks := st.Toks
	for k < len(toks) && (doc.AuxWords.Has(toks[k].Lower) && !d.Lx.Negations[toks[k].Lower]) {
		k++
	}
	k = skipAdverbs(st, k)
	if k >= len(toks) {
		return nil
	}
	w := toks[k].Lower
	if !PositionVerbs.Has(w) || toks[k].Cap {
		return nil
	}
	v := k + 1
	if w == "make" || w == "makes" || w == "made" {
		if v < len(toks) && toks[v].Lower == "it" {
			v++
		}
		v = skipAdverbs(st, v)
		for v < len(toks) && (toks[v].Lower == "very" || toks[v].Lower == "quite") {
			v++ // "made it very clear": an intensifier of the adjective (Quirk et al. 1985, ch. 7 on intensifiers)
		}
		if v >= len(toks) || toks[v].Lower != "clear" {
			return nil
		}
		v++
	}
	for j := v; j < len(toks) && j <= v+6; j++ {
		t := toks[j]
		if t.Kind == text.Punct && t.Text != "," || st.InQuote[j] {
			return nil
		}
		if t.Lower == "that" {
			if j+1 < len(toks) && toks[j+1].Lower == "we" {
				return c
			}
			return nil
		}
	}
	return nil
}

// The word classes of this file (data/wordclasses, each with its source).
var (
	midAdverbs    = lexicon.WordClass("midadverbs")
	deonticModals = lexicon.WordClass("deonticmodals")
	narrationAux  = lexicon.WordClass("narrationaux")
	PositionVerbs = lexicon.WordClass("positionverbs")
)

// DirectiveAddressee is the state that a first-person directive of st addresses: "we/I" (with
// operators and adverbs), a verb of directiveVerbs, "on"/"upon", then the state's name or its
// "side" ("We urge the US side to …", "I call on Japan to …"); nil otherwise. directiveVerbs
// (speaker_stance.go: CAMEO 10 demands and Quirk's object-control appeals).
func DirectiveAddressee(d *doc.Doc, st *doc.Sent) *lexicon.Country {
	toks := st.Toks
	for k := doc.BodyStart(st); k+2 < len(toks); k++ {
		if w := toks[k].Lower; w != "we" && w != "i" || st.InQuote[k] {
			continue
		}
		v := k + 1
		for v < len(toks) && doc.AuxWords.Has(toks[v].Lower) && !d.Lx.Negations[toks[v].Lower] {
			v++
		}
		v = skipAdverbs(st, v)
		if v >= len(toks) || !DirectiveVerbs.Has(toks[v].Lower) {
			continue
		}
		o := v + 1
		if o < len(toks) && (toks[o].Lower == "on" || toks[o].Lower == "upon") {
			o++
		}
		if c, _ := stateSide(d, st, o); c != nil {
			return c
		}
		if o < len(toks) && toks[o].Lower == "the" {
			o++
		}
		if m := MentionAt(d, st, o); m != nil && m.Ts == o {
			if e := m.Ent.Final(); e.Kind == graph.Country && e.Country != nil {
				return e.Country
			}
		}
	}
	return nil
}

// SubjectState is the state named as the subject at the start of st's body ("Chile remains …",
// "The Government of Chile has …", "The Republic of Korea …", "the Chinese side …") and the
// token after the subject, or nil, 0 (subjectState, for the speakers stage's DepartmentState).
func SubjectState(d *doc.Doc, st *doc.Sent) (*lexicon.Country, int) { return subjectState(d, st) }
