package loader

import (
	"github.com/claimgraph/claimgraph/discourse"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/text"
)

// The reach of an object pronoun's antecedent in a transcript (session 27, new-user trial,
// issue 13). "Q: What about the allegations made by Ottawa? / A: We reject them as absurd": a
// third-person pronoun takes the nearest preceding compatible noun phrase (Quirk et al. 1985,
// 6.16–6.19 and 19.47–19.50 on anaphoric reference), and in a transcript that phrase may stand in
// the question the answer takes up, the first part of its adjacency pair (Schegloff & Sacks 1973).
// A speaker change other than that one ends the search: another speaker's words are no context
// the answerer's pronoun refers into.

// turnReach says how thingAntecedent may search sentence ss (before or equal to st) for the
// antecedent of a pronoun in st. For a sentence in a speaker's turn (discourse roles question,
// answer, turn, moderator): ok for a sentence of the same turn within the usual window (st itself
// or the sentence before it, in the same or the previous paragraph), and for a sentence of the
// question answered when st lies in the answer's opening paragraph (then asked is true); stop is
// true once the search has crossed into any other turn. Outside turns: the usual window, ok.
func (d *doc) turnReach(st, ss *sent) (ok, asked, stop bool) {
	near := ss.Idx >= st.Idx-1 && ss.S.Paragraph >= st.S.Paragraph-1
	if st.Unit == nil || !speakerTurn(st.Unit.Role) {
		return near, false, !near
	}
	if ss.Unit != nil && ss.Unit.Index == st.Unit.Index {
		opening := d.answerOpening(st) && ss.S.Paragraph == st.S.Paragraph
		return near || opening, false, false
	}
	if ss.Unit != nil && ss.Unit.Role == discourse.Question && d.answerOpening(st) && d.answered(st) == ss.Unit.Index {
		return true, true, false
	}
	return false, false, true
}

// speakerTurn reports the roles of a transcript's speaker turns.
func speakerTurn(r discourse.Role) bool {
	return r == discourse.Question || r == discourse.Answer || r == discourse.Turn || r == discourse.Moderator
}

// answerOpening reports whether st lies in the first paragraph of an answer turn (role answer, or
// a labelled turn that follows a question).
func (d *doc) answerOpening(st *sent) bool {
	if st.Unit == nil || st.Unit.Role != discourse.Answer && st.Unit.Role != discourse.Turn {
		return false
	}
	for i := st.Idx - 1; i >= 0; i-- {
		p := d.Sents[i]
		if p.S.Paragraph == st.S.Paragraph {
			continue
		}
		return p.Unit == nil || p.Unit.Index != st.Unit.Index
	}
	return true
}

// answered is the turn index of the question the answer turn of st answers: the turn of the
// sentence just before the answer's first sentence when it is a question, else -1.
func (d *doc) answered(st *sent) int {
	i := st.Idx
	for i > 0 && d.Sents[i-1].Unit != nil && d.Sents[i-1].Unit.Index == st.Unit.Index {
		i--
	}
	if i == 0 || d.Sents[i-1].Unit == nil || d.Sents[i-1].Unit.Role != discourse.Question {
		return -1
	}
	return d.Sents[i-1].Unit.Index
}

// soughtInformation reports whether the noun phrase starting at token b of the question sentence
// st is the complement of a copular wh-question ("What is your response?", "What are your
// concerns?"): the wh-element stands for the information sought (Quirk et al. 1985, 11.14), so
// the phrase it is equated with is the answer itself, not something the answer refers back to.
func soughtInformation(st *sent, b int) bool {
	if !text.IsQuestion(st.Toks) {
		return false
	}
	p := b - 1
	if p >= 0 && st.Toks[p].Lower == "your" {
		p--
	}
	if p < 1 {
		return false
	}
	if !docpkg.AuxWords.Has(st.Toks[p].Lower) {
		return false // the copula or another auxiliary of the inverted question
	}
	w := st.Toks[p-1].Lower
	return w == "what" || w == "which" || w == "how"
}

// askedAntecedent reports whether the target of match m in st is a pronoun whose antecedent
// (thingAntecedent) lies in another turn, the question answered: Evidence.rule then names the
// step ("+antecedent:question").
func (d *doc) askedAntecedent(st *sent, fs *frameSentence, m frames.Match) bool {
	if m.Target < 0 || m.Content >= 0 || st.Unit == nil {
		return false
	}
	ss, _, _ := d.thingAntecedent(st, fs, m.Target)
	return ss != nil && ss.Unit != nil && ss.Unit.Index != st.Unit.Index
}
