package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// talkNouns name the parts and participants of a press conference.
var talkNouns = lexicon.WordClass("talknouns") // data/wordclasses/talknouns.txt

// talkModifiers mark "question" as one asked in the talk ("your first question", "similar
// questions"), not an issue ("the Taiwan question", "the question of sovereignty").
var talkModifiers = lexicon.WordClass("talkmodifiers") // data/wordclasses/talkmodifiers.txt

// talkQuestionHeads are the nouns that, after a talk modifier, name a questioner's contribution:
// "your second point", "the first question" (data/wordclasses/talkquestionheads.txt).
var talkQuestionHeads = lexicon.WordClass("talkquestionheads")

// topicMarkers open a sentence with the question it answers: "As for", "Regarding", "On",
// "With regard to", "Concerning", "In response to", "To".
var topicMarkers = lexicon.WordClass("topicmarkers") // data/wordclasses/topicmarkers.txt

// talkVerbs are done to questions in the talk: asked, raised, answered, responded to.
var talkVerbs = lexicon.WordClass("talkverbs") // data/wordclasses/talkverbs.txt

// TalkReference reads a turn's sentence [a, e) for its reference to the talk. A topic marker
// naming a question of the talk ("As for your first question,") is skipped: the sentence's
// content starts after its comma, returned as a. talk reports a sentence about the talk: its
// subject phrase is headed by a talk noun ("the Yonhap News Agency reporter has already asked
// about it", "Similar questions are often raised"), or a verb of asking or answering takes a
// question of the talk ("The spokesperson responded to similar questions last week"), or it
// announces points or questions ("There are three points I would like to make").
func TalkReference(lx *lexicon.Lexicons, st *doc.Sent, a, e int) (int, bool) {
	toks := st.Toks
	k := a
	for k < e && (toks[k].Kind != text.Word || actors.DiscourseMarkers.Has(toks[k].Lower)) {
		k++
	}
	if k < e && topicMarkers.Has(toks[k].Lower) {
		// "As for the first question, …": up to the comma, a question of the talk
		c := k + 1
		for c < e && c <= k+8 && toks[c].Text != "," {
			c++
		}
		if c < e && toks[c].Text == "," && talkQuestion(st, k+1, c) {
			k = c + 1
			a = k
		}
	}
	if ExchangeOnly(lx, st, a, e, false) {
		return a, true // "Tomorrow's regular press conference will start at 2 p.m."
	}
	if k+1 < e && (toks[k].Lower == "regarding" || toks[k].Lower == "concerning" || toks[k].Lower == "as" && toks[k+1].Lower == "for") && !hasComma(st, k, e) && !doc.FiniteIn(st, k, e) {
		return a, true // "Regarding the China-US trade talks in Washington D.C.": a topic, no clause
	}
	if w := toks[e-1].Lower; w == "below" || w == "above" || w == "hereafter" {
		return a, true // "These topics are discussed in more detail below": the text pointing at itself
	}
	if k+2 < e && toks[k].Lower == "there" && (toks[k+1].Lower == "are" || toks[k+1].Lower == "is") {
		for j := k + 2; j < e && j <= k+4; j++ {
			if w := toks[j].Lower; w == "points" || w == "questions" || w == "things" {
				return a, true // "There are three points I would like to make"
			}
		}
	}
	for j := k; j < e; j++ {
		if w := toks[j].Lower; (w == "points" || w == "point") && !st.InQuote[j] {
			for v := j - 1; v >= k && v >= j-5; v-- {
				if m := toks[v].Lower; m == "make" || m == "making" || m == "made" || m == "add" || m == "raise" || m == "stress" {
					return a, true // "I want to make a couple of points very clear"
				}
			}
		}
	}
	// the subject phrase: up to the first verb, determiners, modifiers and names before its head
	for j := k; j < e && j <= k+8; j++ {
		t := toks[j]
		if t.Lower == "of" || t.Text == "," {
			break // a talk noun after "of" is no head: "The detention of the two journalists …"
		}
		if talkNouns.Has(t.Lower) && j+1 < e {
			// "Similar questions are often raised", "the Yonhap reporter has already asked": the
			// head of the subject, a question of the talk, or a reporter asking
			switch {
			case (t.Lower == "question" || t.Lower == "questions") && talkQuestion(st, k, j+1) && (doc.AuxWords.Has(toks[j+1].Lower) || talkVerbs.Has(toks[j+1].Lower)):
				return a, true
			case (t.Lower == "answer" || t.Lower == "answers") && j > k && (toks[j-1].Lower == "my" || toks[j-1].Lower == "our"):
				return a, true // "My answer is the same as yesterday"
			case t.Lower != "question" && t.Lower != "questions" && askingAfter(st, j+1, e):
				return a, true
			}
		}
		if doc.AuxWords.Has(t.Lower) || lx.Speech[t.Lower].Kind != 0 || talkVerbs.Has(t.Lower) {
			break
		}
	}
	for j := k; j+1 < e; j++ {
		if talkVerbs.Has(toks[j].Lower) && !st.InQuote[j] {
			for q := j + 1; q < e && q <= j+5; q++ {
				if (toks[q].Lower == "question" || toks[q].Lower == "questions") && talkQuestion(st, j+1, q+1) {
					return a, true
				}
			}
		}
	}
	return a, false
}

// askingAfter reports a verb of asking or answering within three words from j, after
// auxiliaries and adverbs ("has already asked", "just raised").
func askingAfter(st *doc.Sent, j, e int) bool {
	for k := j; k < e && k < j+3; k++ {
		if talkVerbs.Has(st.Toks[k].Lower) || st.Toks[k].Lower == "mentioned" {
			return true
		}
	}
	return false
}

// talkQuestion reports a question head (talkQuestionHeads: "question", "point", "query") among
// tokens [s, e) with a talk modifier before it, within three words ("your first question", "the
// previous reporter's question", "similar questions", "your second point").
func talkQuestion(st *doc.Sent, s, e int) bool {
	for j := s; j < e; j++ {
		if !talkQuestionHeads.Has(st.Toks[j].Lower) {
			continue
		}
		for m := j - 1; m >= s && m >= j-3; m-- {
			if talkModifiers.Has(st.Toks[m].Lower) || talkNouns.Has(st.Toks[m].Lower) {
				return true
			}
		}
	}
	return false
}

// WordCount counts the word tokens of st in [a, b).
func WordCount(st *doc.Sent, a, b int) int {
	n := 0
	for k := a; k < b && k < len(st.Toks); k++ {
		if st.Toks[k].Kind == text.Word {
			n++
		}
	}
	return n
}

// hasComma reports a comma among the tokens [a, b) of st.
func hasComma(st *doc.Sent, a, b int) bool {
	for k := a; k < b; k++ {
		if st.Toks[k].Text == "," {
			return true
		}
	}
	return false
}

// SpeakerAfter returns the end of the speaker's mention when it follows the speech verb at k
// ("…, said the minister"): subjStart is k then. Else k+1.
func SpeakerAfter(d *doc.Doc, st *doc.Sent, k, subjStart int) int {
	if subjStart == k {
		if m := actors.MentionAt(d, st, k+1); m != nil {
			return m.Te
		}
	}
	return k + 1
}

// TurnTalkContent reports reported speech in a speaking unit whose speaker is the unit's own
// first person ("I believe …", "we think …") and whose content [cs, ce), naming no other actor, is
// the audience's knowledge of what the talk gives (audienceKnowledge: "I believe you are well
// aware of our principled position", "I believe everyone is clear about that").
// Such a sentence is metadiscourse (Hyland 2005, Metadiscourse, ch. 3: engagement markers that
// address the audience and appeal to shared knowledge): neither the content nor the sentence is a
// claim, and the sentence is marked so that turnClaims leaves it too.
func TurnTalkContent(d *doc.Doc, st *doc.Sent, subjStart, cs, ce int, src *doc.Entity) bool {
	if !Speaking(st.Unit) || subjStart < 0 || subjStart >= len(st.Toks) || text.PronounClass(st.Toks[subjStart].Lower) != "first" || cs >= ce {
		return false
	}
	named := false
	for k := cs; k < ce; k++ {
		if m := actors.MentionAt(d, st, k); m != nil && !strings.HasPrefix(m.Rule, "coref") && m.Ent.Final().Kind != "" && m.Ent.Final() != src.Final() {
			named = true
		}
	}
	if named || !audienceKnowledge(st, cs, ce) {
		return false
	}
	if d.TalkSents == nil {
		d.TalkSents = map[int]bool{}
	}
	d.TalkSents[st.Idx] = true
	return true
}

// audienceKnowledge reports a clause [a, e) whose subject is the audience ("you", "everyone",
// "everybody", "all of you") and whose predicate is knowledge or clarity of something the talk
// gave, a demonstrative standing alone or a position ("everyone is clear about that", "everybody
// knows our position"): an appeal to shared knowledge (Hyland 2005, engagement markers).
func audienceKnowledge(st *doc.Sent, a, e int) bool {
	for a < e && (st.Toks[a].Kind != text.Word || actors.DiscourseMarkers.Has(st.Toks[a].Lower)) {
		a++
	}
	if a >= e {
		return false
	}
	switch st.Toks[a].Lower {
	case "everyone", "everybody", "all", "you":
	default:
		return false
	}
	return pointsIntoTalk(st, a+1, e) || positionOnly(st, a+1, e)
}

// positionOnly reports a clause part [k, e) whose only object is a position of the speaker's side
// with nothing said of it: a first-person possessive, maybe adjectives, a stance noun, then only
// adverbials of repetition ("we have made clear our position many times", "well aware of our
// principled position"). The position's content is elsewhere in the talk.
func positionOnly(st *doc.Sent, k, e int) bool {
	for j := k; j < e; j++ {
		if w := st.Toks[j].Lower; w != "our" && w != "my" {
			continue
		}
		h := j + 1
		for h < e && h <= j+3 && !stanceNouns.Has(st.Toks[h].Lower) {
			if st.Toks[h].Kind != text.Word || st.Toks[h].Cap {
				break
			}
			h++
		}
		if h >= e || !stanceNouns.Has(st.Toks[h].Lower) || h > j+3 {
			continue
		}
		for q := h + 1; q < e; q++ {
			t := st.Toks[q]
			if t.Kind == text.Punct {
				continue
			}
			if !repetitionAdverbials.Has(t.Lower) {
				return false
			}
		}
		return true
	}
	return false
}

// repetitionAdverbials may follow a bare position: "many times", "on many occasions", "again",
// "repeatedly", "before", "already", "clearly".
var repetitionAdverbials = lexicon.WordClass("repetitionadverbials") // data/wordclasses/repetitionadverbials.txt

// ExchangeOnly reports a sentence [a, e) of a speaking unit whose content is only the exchange
// itself, not the world (metadiscourse, Hyland 2005, ch. 3; the press conference's own
// housekeeping, Clayman & Heritage 2002, The News Interview, ch. 2):
//   - the briefing's schedule: a subject, or the noun after existential "there … be", headed by
//     a noun naming the talk's own event with a deictic or time modifier ("tomorrow's regular
//     press conference will start at 2 p.m.", "there will be a complete briefing tomorrow");
//   - the questioner described: a subject headed by a singular reporter noun with a present-tense
//     verb ("The CNN reporter analyses challenges …");
//   - greetings and thanks conveyed: a verb of conveying before a ritual noun ("I bring greetings
//     from the President", "allow me to extend our thanks"; Searle 1976's expressives);
//   - courtesies to the audience about the exchange: an expressive verb whose object is the
//     exchange ("We appreciate the dialogue …", "We look forward to continuing this dialogue");
//   - a position only said to be clear ("China's position is clear, and the US is well aware of
//     it"), and the speaker's earlier text as subject of a verb of its topic ("My testimony a year
//     ago discussed …"), and "This has been made very clear by X in his interview": endophoric
//     markers and evidentials (Hyland 2005, ch. 3; speaker_referral.go);
//   - a refusal to comment: a first-person subject, a negation and a verb of answering ("we do
//     not respond to the opinions of experts", "I won't comment on that"; Clayman & Heritage
//     2002, ch. 7);
//   - a fragment of names or bracketed placeholders only ("[Senior administration official] and
//     [senior administration official]."): no predicate, a hand-over;
//   - a co-participant's remarks referred to: a bracketed placeholder of the transcript (the
//     speakers the call anonymizes) as the subject of an inflected verb of discussion.txt
//     ("[senior administration official] talked a lot about …"); not after a subordinator ("As
//     [official] discussed, the plan …" goes on to its own assertion).
//
// With relations set (the relation layer asks, through furniture) only the first three classes and
// the fragments count: a courtesy or a refusal to comment may share its sentence with a stance.
func ExchangeOnly(lx *lexicon.Lexicons, st *doc.Sent, a, e int, relations bool) bool {
	toks := st.Toks
	k := a
	for k < e && (toks[k].Kind != text.Word || actors.DiscourseMarkers.Has(toks[k].Lower)) {
		k++
	}
	if k >= e {
		return false
	}
	if placeholderFragment(st, a, e) {
		return true
	}
	// the subject: after a fronted adverbial closed by a comma ("Due to scheduling reasons, …")
	s := k
	v := -1
	for j := k; j < e; j++ {
		if (doc.FiniteAux.Has(toks[j].Lower) || doc.FiniteDo.Has(toks[j].Lower)) && !(toks[j].Cap && j > k) {
			v = j // not the month "May"
			break
		}
	}
	if v > k {
		depth := 0
		for j := v - 1; j > k; j-- {
			switch toks[j].Text {
			case ")":
				depth++
			case "(":
				depth--
			case ",":
				if depth == 0 {
					s = j + 1
				}
			}
			if s > k {
				break
			}
		}
		// "there will be a complete briefing tomorrow morning"
		if toks[s].Lower == "there" && v == s+1 {
			if talkEventIn(st, v+1, min(e, v+6), true) {
				return true
			}
		} else if talkEventIn(st, s, v, false) {
			return true
		}
		// "The CNN reporter analyses …" has no auxiliary: handled below
	}
	if referralIn(st, s, e) || questionRemark(st, s, e) || announceIn(st, s, e) || positionClear(st, s, e) || ownTextTopic(st, s, e) || backReference(st, s, e) {
		return true // referrals, the question characterised, announced discourse acts, a position said to be clear, the speaker's earlier text (speaker_referral.go)
	}
	if !relations && hostCourtesy(st, k, e) {
		return true // "The government has been very kind in providing us this wonderful venue, and …"
	}
	for j := s; j < e && j <= s+5; j++ {
		w := toks[j].Lower
		if toks[j].Text == "," || w == "of" {
			break
		}
		if (w == "reporter" || w == "journalist" || w == "correspondent") && j+1 < e {
			n := toks[j+1].Lower
			if n == "is" || n == "has" || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && toks[j+1].Kind == text.Word && n != "'s" && !toks[j+1].Cap {
				return true // "The CNN reporter analyses …", "The reporter is right"
			}
		}
	}
	for j := k; j+1 < e; j++ {
		w := toks[j].Lower
		if conveyVerbs.Has(w) && !relations {
			for q := j + 1; q < e && q <= j+3; q++ {
				if ritualNouns.Has(toks[q].Lower) {
					return true // "I bring greetings from …", "allow me to begin by bringing greetings"
				}
			}
		}
		if courtesyVerbs.Has(w) && text.PronounClass(toks[k].Lower) == "first" && !relations {
			for q := j + 1; q < e && q <= j+4; q++ {
				if x := toks[q].Lower; exchangeNouns.Has(x) && (x != "dialogue" && x != "conversation" && x != "conversations" ||
					toks[q-1].Lower == "this" || toks[q-1].Lower == "our" || q+2 < e && (toks[q+1].Lower == "we" || toks[q+2].Lower == "we")) {
					return true // "We appreciate the dialogue that we have had with the committee"
				}
			}
		}
	}
	if !relations {
		for j := k; j+1 < e; j++ {
			if toks[j].Text != "]" {
				continue
			}
			o := j - 1
			for o > a && toks[o].Text != "[" {
				o--
			}
			v := j + 1
			for v < e && (toks[v].Lower == "also" || toks[v].Lower == "already" || toks[v].Lower == "just") {
				v++
			}
			if toks[o].Text == "[" && v < e && lx.Discuss[toks[v].Lower] && lx.VerbLemma[toks[v].Lower] != toks[v].Lower &&
				(o == 0 || !actors.Subordinators.Has(toks[o-1].Lower)) {
				// "I don't have — [senior administration official] talked a lot about the domestic
				// priorities": a co-participant's remarks on the same call, referred to
				return true
			}
		}
	}
	if w := toks[s].Lower; (w == "we" || w == "i") && !relations {
		for j := s + 1; j < e && j <= s+4; j++ {
			if lx.Negations[toks[j].Lower] || toks[j].Lower == "n't" {
				for q := j + 1; q < e && q <= j+3; q++ {
					if x := toks[q].Lower; (x == "comment" || x == "respond" || x == "answer" || x == "reply") && talkObject(lx, st, q+1, e) {
						return true // "we do not respond to the opinions or comments of experts"
					}
				}
			}
		}
	}
	return false
}

// talkEventIn reports a noun naming the talk's own event among tokens [s, e): "press
// conference", "news conference", "briefing", "presser", "teleconference", "call" after "this"
// — with a deictic or time modifier before it ("tomorrow's", "today's", "next", "this",
// "regular", "daily") or, after existential "there", any. The event of the talk itself; "Xi's call
// with Biden" or "the summit's press conference" have no such modifier.
func talkEventIn(st *doc.Sent, s, e int, existential bool) bool {
	for j := s; j < e; j++ {
		w := st.Toks[j].Lower
		event := w == "briefing" || w == "briefings" || w == "presser" || w == "teleconference" ||
			w == "conference" && j > s && (st.Toks[j-1].Lower == "press" || st.Toks[j-1].Lower == "news") ||
			w == "call" && j > s && st.Toks[j-1].Lower == "this"
		if !event {
			continue
		}
		if existential {
			return true
		}
		for m := j - 1; m >= s && m >= j-4; m-- {
			if eventDeictics.Has(st.Toks[m].Lower) {
				return true
			}
		}
	}
	return false
}

// eventDeictics place an event of the talk in its own time (Levinson 1983, Pragmatics, ch. 2 on
// time deixis).
var eventDeictics = lexicon.WordClass("eventdeictics") // data/wordclasses/eventdeictics.txt

// placeholderFragment reports tokens [k, e) that are only bracketed placeholders, names and
// conjunctions: a list with no predicate ("[Senior administration official] and [senior
// administration official].").
func placeholderFragment(st *doc.Sent, k, e int) bool {
	in, words, bracketed := false, 0, false
	for j := k; j < e; j++ {
		t := st.Toks[j]
		switch {
		case t.Text == "[":
			in, bracketed = true, true
		case t.Text == "]":
			in = false
		case in, t.Kind != text.Word, t.Lower == "and" || t.Lower == "or":
		case t.Cap:
			words++
		default:
			return false
		}
	}
	return bracketed || words > 0 && words <= 4
}

// conveyVerbs and ritualNouns: conveying greetings, thanks and wishes on someone's behalf (Searle
// 1976, "A classification of illocutionary acts": expressives of greeting, thanking and
// congratulating, which state nothing about the world).
var conveyVerbs = lexicon.WordClass("conveyverbs") // data/wordclasses/conveyverbs.txt

var ritualNouns = lexicon.WordClass("ritualnouns") // data/wordclasses/ritualnouns.txt

// courtesyVerbs and exchangeNouns: an expressive verb whose object is the exchange with the
// audience itself (the hearing's courtesies: "We appreciate the opportunity to testify", "We look
// forward to continuing this dialogue"). A dialogue or conversation is the exchange only when it
// is "this" or "our" one or one "we" had: "We welcome the dialogue between the two Koreas" is a
// stance.
var courtesyVerbs = lexicon.WordClass("courtesyverbs") // data/wordclasses/courtesyverbs.txt

var exchangeNouns = lexicon.WordClass("exchangenouns") // data/wordclasses/exchangenouns.txt

// TurnTalkClause reports a clause [cs, ce) of a speaking unit's sentence that turnClaims would
// leave out as talk about the talk (talkAboutTalk: "I am not aware of the situation" names no
// actor and its subject points into the talk), and marks the sentence so.
func TurnTalkClause(d *doc.Doc, st *doc.Sent, cs, ce int, src *doc.Entity) bool {
	if !Speaking(st.Unit) || cs >= ce {
		return false
	}
	named := false
	for k := cs; k < ce; k++ {
		if m := actors.MentionAt(d, st, k); m != nil && !strings.HasPrefix(m.Rule, "coref") && m.Ent.Final().Kind != "" && m.Ent.Final() != src.Final() {
			named = true
		}
	}
	if !TalkAboutTalk(d, st, cs, ce, named) {
		return false
	}
	if d.TalkSents == nil {
		d.TalkSents = map[int]bool{}
	}
	d.TalkSents[st.Idx] = true
	return true
}

// talkObject reports what a verb of answering takes in tokens [j, e) as talk, not the world: nothing
// ("we will not comment."), a demonstrative or "it" standing alone ("I won't comment on that"), or
// a phrase of up to eight words holding a noun of talk — speech nouns (speech.txt: comments,
// remarks, statements) and "opinions", "speculation", "reports", "rumors", "questions",
// "hypothetical(s)". "We will not respond to provocations with force" is a stance.
func talkObject(lx *lexicon.Lexicons, st *doc.Sent, j, e int) bool {
	if j >= e || pointsIntoTalk(st, j, min(e, j+3)) {
		return true
	}
	for q := j; q < e && q < j+8; q++ {
		w := st.Toks[q].Lower
		if lx.SpeechNoun[w] || talkObjectNouns.Has(w) || talkNouns.Has(w) {
			return true
		}
	}
	return false
}

var talkObjectNouns = lexicon.WordClass("talkobjectnouns") // data/wordclasses/talkobjectnouns.txt

// affectAdjectives are the adjectives of affect of a speaker's attitude (Biber et al. 1999, ch.
// 12): data/wordclasses/affectadjectives.txt.
var affectAdjectives = lexicon.WordClass("affectadjectives")

// affectStance reports "I" at k as the subject of a form of "be", maybe adverbs, an adjective of
// affect and its complement, a prepositional phrase or a that-clause ("I am deeply concerned by
// the arrest of the observers", "I am appalled at …", "I am encouraged that …"): the speaker
// states an attitude to a state of affairs in the world, which the complement names (Quirk et
// al. 1985, ch. 16 on adjective complementation by a prepositional phrase and a that-clause), so
// the sentence is a claim, not talk about the talk, though it names no actor. "I am pleased to
// announce …" (an infinitive) and "I am concerned" with no complement are not.
func affectStance(st *doc.Sent, k, e int) bool {
	j := k + 1
	if j >= e || st.Toks[j].Lower != "am" && st.Toks[j].Lower != "'m" {
		return false
	}
	j++
	for j < e && st.Toks[j].Kind == text.Word && (strings.HasSuffix(st.Toks[j].Lower, "ly") || st.Toks[j].Lower == "very" || st.Toks[j].Lower == "so" || st.Toks[j].Lower == "also" || st.Toks[j].Lower == "still") {
		j++
	}
	if j+2 >= e || !affectAdjectives.Has(st.Toks[j].Lower) {
		return false
	}
	switch st.Toks[j+1].Lower {
	case "by", "at", "about", "over", "with", "that":
		return st.Toks[j+2].Kind == text.Word
	}
	return false
}
