package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// coordinatedPredicateSpeaker returns the speaker of a verb of saying at k that opens the second
// of two coordinated predicates, "NP V1 … and V2 (that) …", and the token where that speaker's
// subject starts: the second predicate has no subject of its own and shares the first one's
// (Quirk et al. 1985, 13.45–13.47 on coordinated predicates and the ellipsis of the subject;
// Huddleston & Pullum 2002, ch. 15 §4.2), whatever verb heads the first ("expressed concern about
// the plan and said that …", "visited the port and told reporters that …"). surface.SubjectOf
// finds the shared subject only when the first verb is itself a cue or a verb of saying; here the
// first predicate's verb is any finite verb of the tagger (Penn tags VBD, VBZ, VBP: the verb of a
// finite clause). The first predicate is read back from "and" (adverbs in -ly and "also" skipped
// between "and" and the verb) to a finite verb with no "that", subordinator, semicolon, colon or
// quotation boundary between: a finite verb inside a that-clause or an adverbial clause belongs to
// that clause, whose subject is not the reporter ("expressed concern that rebels had seized the
// town and said …" is left alone), and so is a verb whose subject stands inside a reported or
// subordinate clause (embeddedSubject: "campaign saying that they won the battle and feel …"
// coordinates "feel" with "campaign", not with "won"), and a first-person subject. Nil, 0 without a tagger (d.Frames nil) or when no actor is the
// first verb's subject.
func coordinatedPredicateSpeaker(d *doc.Doc, st *doc.Sent, k int) (*doc.Entity, int) {
	toks := st.Toks
	j := k - 1
	for j > 0 && (toks[j].Lower == "also" || toks[j].Kind == text.Word && !toks[j].Cap && strings.HasSuffix(toks[j].Lower, "ly")) {
		j--
	}
	if j < 2 || toks[j].Lower != "and" || st.InQuote[j] || d.Frames == nil {
		return nil, 0
	}
	a := doc.BodyStart(st)
	if j-a < 2 {
		return nil, 0
	}
	forms := make([]string, j-a)
	for i := a; i < j; i++ {
		forms[i-a] = toks[i].Text
	}
	upos, xpos := make([]string, len(forms)), make([]string, len(forms))
	d.Frames.Tag(forms, upos, xpos)
	for i := j - 1; i > a; i-- {
		t := toks[i]
		if t.Lower == "that" || t.Text == ";" || t.Text == ":" || t.Kind == text.Quote || st.InQuote[i] ||
			actors.Subordinators.Has(t.Lower) {
			return nil, 0
		}
		if x := xpos[i-a]; x != "VBD" && x != "VBZ" && x != "VBP" || t.Cap {
			continue
		}
		e, s, _ := surface.SubjectOf(d, st, i)
		if e == nil || s >= i || s < a || embeddedSubject(d, st, a, s) || text.PronounClass(toks[s].Lower) == "first" {
			// "We welcome the merger and hope that …" in a turn: a first-person subject is the
			// speaker's own, whose sentence the turn stage credits to the speaker (as reportedClaims
			// leaves "We hope that …" to it)
			return nil, 0
		}
		return e, s
	}
	return nil, 0
}

// embeddedSubject reports a word before the subject at s (from the body's start a) that opens a
// subordinate or reported clause — "that", a subordinator, a verb of saying, a semicolon or colon
// — so that the subject and its verb belong to that clause, not to the sentence's first
// predicate (Quirk et al. 1985, 14.2–14.5 on subordination).
func embeddedSubject(d *doc.Doc, st *doc.Sent, a, s int) bool {
	for x := a; x < s; x++ {
		t := st.Toks[x]
		if t.Lower == "that" || t.Text == ";" || t.Text == ":" || actors.Subordinators.Has(t.Lower) {
			return true
		}
		if _, ok := doc.SpeechAt(d.Lx, st, x); ok {
			return true
		}
	}
	return false
}
