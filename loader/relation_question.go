package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
)

// Questions assert nothing (new-user trial 13, finding 1). An interrogative is not an assertion:
// it asks, and its content is put forward by no one (Huddleston & Pullum 2002, CGEL ch. 10 §4:
// questions do not assert their propositional content; findRelations already skips every
// interrogative sentence). A journalist's question turn goes further: its declarative preface
// ("Obviously, they imposed the tariffs in the first place. Does that mean …?") sets up the
// question, and the news interviewer voices no position of his own (Clayman & Heritage 2002, The
// News Interview, ch. 5–6: prefaces are background or are attributed to third parties). So a
// stance relation comes from a journalist's question turn only where the preface reports what
// another said: inside the content of a verb of saying or belief whose speaker is not the
// journalist ("Reuters: Australia says it will send …", README "Turns"), under "according to X",
// in quotation marks, or with a cue that is itself a verb of speech reporting another's speech
// act ("Mnuchin and the IMF have urged China to …", "threatened new tariffs": Quirk et al. 1985
// §14.31, directives and warnings as reporting verbs; the verbal CAMEO roots of
// frames.VerbalAct). A material act the preface states as background ("they imposed the
// tariffs", "Serrania has closed its border crossings") is the journalist's assumption, asserted
// by no party to the talk. A legislator's question turn in a hearing is his own voice
// (memberAsking) and keeps every stance.

// journalistTurn reports whether st is in the question turn of a journalist or questioner (not a
// legislator questioning a witness, memberAsking) or in a moderator's or host's turn ("HOST:",
// "MODERATOR:", the interviewer of a broadcast): its sentences assert no act (README, "What a
// turn gives": questions and moderator turns give no claim and no stance).
func (d *doc) journalistTurn(st *sent) bool {
	if st.Unit != nil && st.Unit.Role == discourse.Moderator {
		return true
	}
	return st.Question && speakers.MemberAsking(d.Doc, st.Unit) == nil
}

// moderatorTurn reports a sentence of a moderator's or host's turn.
func moderatorTurn(st *sent) bool {
	return st.Unit != nil && st.Unit.Role == discourse.Moderator
}

// askVerbs are the verbs that report a question (data/wordclasses/askverbs.txt).
var askVerbs = lexicon.WordClass("askverbs")

// relayedQuestion reports whether match m of a moderator's sentence is the question the turn
// relays for a journalist: its cue is a verb of asking ("Jan Berg from Harbor Times is asking,
// '…'", "Peter Sand, who asks Osland to reconsider …") or lies under one in the parse (the
// asked question, "asks the envoy to explain why Osland opposes the treaty"). Asking is how a
// briefing's questioner takes the floor, no demand of his (Clayman & Heritage 2002, ch. 4–5), and
// the question reported asserts nothing (CGEL ch. 11 §5), so such a match is dropped even where
// reportedInPreface would keep a verbal act. A journalist's own question turn keeps its preface's
// reported demands ("The EU has asked China to lift the tariffs. Will you …?"): there the asker
// is a third party, and the journalist's own "I ask" is first person, which reportedInPreface
// drops already.
func relayedQuestion(fs *frameSentence, m frames.Match) bool {
	k := m.Cue
	if k < 0 || k >= len(fs.toks) {
		return false
	}
	for h, t := range fs.toks {
		if t.UPOS == "VERB" && askVerbs.Has(strings.ToLower(t.Lemma)) && fs.dominates(h, k) {
			return true
		}
	}
	return false
}

// reportedInPreface reports whether match m of a journalist's question sentence is another's
// reported words: its cue lies in the clausal complement of a verb of saying or belief (frames
// Attributions: ccomp, inverted "…, X said", "according to X") or is that verb, the speaker
// not a first-person pronoun ("I think …", "we understand that …" are the journalist's own), or
// lies inside quotation marks, or names a verbal act (frames VerbalRule: a verbal CAMEO root,
// of the entry or cited by its hand class) whose source is not first person.
func reportedInPreface(ex *Extractor, st *sent, fs *frameSentence, m frames.Match) bool {
	k := m.Cue
	if k < 0 || k >= len(fs.toks) {
		return false
	}
	if a := fs.at[k]; a >= 0 && a < len(st.InQuote) && st.InQuote[a] {
		return true
	}
	if m.Source >= 0 && !firstPersonWord(fs.toks[m.Source].Form) && ex.frames.VerbalRule(m.Rule, m.Code) {
		return true
	}
	for _, at := range ex.frames.Attributions(fs.toks) {
		if at.Content < 0 || at.Speaker >= 0 && firstPersonWord(fs.toks[at.Speaker].Form) {
			continue
		}
		if at.Verb == k || fs.dominates(at.Content, k) {
			return true
		}
	}
	return false
}

// dominates reports whether syntax token h is k or one of k's ancestors in the parse.
func (fs *frameSentence) dominates(h, k int) bool {
	for n := 0; k >= 0 && k < len(fs.toks) && n <= len(fs.toks); n++ {
		if k == h {
			return true
		}
		k = fs.toks[k].Head
	}
	return false
}

// firstPersonWord reports the first-person pronouns that can head a subject (CGEL ch. 17 §2.1).
func firstPersonWord(w string) bool {
	switch strings.ToLower(w) {
	case "i", "we", "me", "us":
		return true
	}
	return false
}
