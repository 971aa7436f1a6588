package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// referralVerbs publish or state a text: the predicate of a referral ("has issued detailed
// information", "has made clear China's solemn position", "the announcement incorporates
// comprehensive details"). "made"/"make" count only before "clear".
var referralVerbs = lexicon.WordClass("referralverbs") // data/wordclasses/referralverbs.txt

// infoNouns name a text or its content without giving it: the only object of a referral.
var infoNouns = lexicon.WordClass("infonouns") // data/wordclasses/infonouns.txt

// referralOnly reports a clause [v, e) whose predicate (at v) is a verb of publishing or stating and
// whose object is only an information noun phrase, perhaps followed by a preposition phrase or an
// "including" phrase, with no clause ("The Chinese side has issued detailed information about their
// meeting"). "China has made clear that it will retaliate" has a clause; "issued a ban on exports"
// has no information noun.
func referralOnly(st *doc.Sent, v, e int) bool {
	toks := st.Toks
	o := v + 1
	switch {
	case (toks[v].Lower == "made" || toks[v].Lower == "make" || toks[v].Lower == "makes") && o < e && toks[o].Lower == "clear":
		o++
	case referralVerbs.Has(toks[v].Lower):
	default:
		return false
	}
	// the object: determiners, possessives, adjectives and names up to an information noun
	h := -1
	for j := o; j < e && j <= o+6; j++ {
		w := toks[j].Lower
		if infoNouns.Has(w) {
			h = j
			break
		}
		if toks[j].Kind == text.Punct && w != "'s" && w != "’s" || w == "that" || doc.FiniteAux.Has(w) {
			return false
		}
	}
	if h < 0 {
		return false
	}
	// after it nothing but phrases: no clause, no second predicate
	for j := h + 1; j < e; j++ {
		w := toks[j].Lower
		if w == "that" || w == "which" || w == "who" || w == "and" || w == "but" || doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w) {
			return false
		}
	}
	return true
}

// referralIn finds the predicate of the sentence part [s, e): the first verb of referralVerbs (or
// "made clear") after the subject and its auxiliaries, within eight words of s, and reports a
// referral there.
func referralIn(st *doc.Sent, s, e int) bool {
	for j := s; j < e && j <= s+10; j++ {
		w := st.Toks[j].Lower
		if referralVerbs.Has(w) || (w == "made" || w == "make" || w == "makes") && j+1 < e && st.Toks[j+1].Lower == "clear" {
			if referralOnly(st, j, e) {
				return true
			}
			continue // "the announcement issued by the ministry incorporates …": the participle modifies the subject
		}
		if st.Toks[j].Text == "," {
			return false
		}
	}
	return false
}

// questionRemark reports a subject [s, …) headed by "question" or "remark" that the talk itself
// gave: followed by a participle of asking with an agent or "just now" ("The question raised by CNN
// just now was about …"), or by "you" and a verb of asking ("The question you raised is about …").
// Clayman & Heritage (2002, ch. 7): answers that characterise the question.
func questionRemark(st *doc.Sent, s, e int) bool {
	toks := st.Toks
	j := s
	if j < e && (toks[j].Lower == "the" || toks[j].Lower == "this" || toks[j].Lower == "that" || toks[j].Lower == "your") {
		j++
	}
	if j+2 >= e {
		return false
	}
	switch toks[j].Lower {
	case "question", "questions", "remark", "remarks", "comment", "comments":
	default:
		return false
	}
	if toks[j+1].Lower == "you" && talkVerbs.Has(toks[j+2].Lower) {
		return true
	}
	if !talkVerbs.Has(toks[j+1].Lower) && toks[j+1].Lower != "made" {
		return false
	}
	for q := j + 2; q < e && q <= j+6; q++ {
		if doc.FiniteAux.Has(toks[q].Lower) {
			return false
		}
		if toks[q].Lower == "just" && q+1 < e && toks[q+1].Lower == "now" ||
			toks[q].Lower == "by" && q+1 < e && (toks[q+1].Cap || toks[q+1].Lower == "the" || toks[q+1].Lower == "your") {
			return true
		}
	}
	return false
}

// kindnessAdjectives, hostingVerbs and hospitalityNouns are the words of hostCourtesy's shape
// "kind in providing … venue" (data/wordclasses/kindnessadjectives.txt, hostingverbs.txt,
// hospitalitynouns.txt).
var (
	kindnessAdjectives = lexicon.WordClass("kindnessadjectives")
	hostingVerbs       = lexicon.WordClass("hostingverbs")
	hospitalityNouns   = lexicon.WordClass("hospitalitynouns")
)

// hostCourtesy reports thanks to the host of the talk as an evaluation: an adjective of kindness
// followed by "in" and a verb of hosting or providing, with a venue or hospitality noun after it
// ("The government has been very kind in providing us this wonderful venue"; Searle 1976's
// expressives, the class of "I bring greetings"). Three switches until restruct13.
func hostCourtesy(st *doc.Sent, s, e int) bool {
	toks := st.Toks
	for j := s; j+2 < e; j++ {
		if !kindnessAdjectives.Has(toks[j].Lower) || toks[j+1].Lower != "in" || !hostingVerbs.Has(toks[j+2].Lower) {
			continue
		}
		for q := j + 3; q < e && q <= j+8; q++ {
			if hospitalityNouns.Has(toks[q].Lower) {
				return true
			}
		}
	}
	return false
}

// announceIn tries announceOnly at s and after each comma of [s, e): a fronted adverbial clause
// ("Since you mentioned this incident, I want to talk about …") is no second predicate of the
// speaker's own. It also tries after a dash that interrupts a false start ("I just — I want to
// start off by talking about …"): in a self-repair the words after the interruption replace the
// reparandum before it (Levelt 1983, "Monitoring and self-repair in speech"), so the restarted
// clause is the sentence's.
func announceIn(st *doc.Sent, s, e int) bool {
	if announceOnly(st, s, e) {
		return true
	}
	for j := s; j+1 < e; j++ {
		if (st.Toks[j].Text == "," || falseStartBreak(st, s, j)) && announceOnly(st, j+1, e) {
			return true
		}
	}
	return false
}

// falseStartBreak reports a dash at j (—, –, --) after at most three words of [s, j) that hold no
// finite verb: the interruption point of an abandoned start ("I just —", "So we —"). A dash after
// a clause ("We met twice — once in May") is a parenthesis, not a repair.
func falseStartBreak(st *doc.Sent, s, j int) bool {
	switch st.Toks[j].Text {
	case "—", "–", "--":
	default:
		return false
	}
	if j-s > 3 {
		return false
	}
	for q := s; q < j; q++ {
		if w := st.Toks[q].Lower; doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w) {
			return false
		}
	}
	return true
}

// announceVerbs are the verbs of announceOnly's announcement (Hyland 2005's frame markers and the
// corpus briefings' announcing verbs).
var announceVerbs = lexicon.WordClass("announceverbs") // data/wordclasses/announceverbs.txt

// announceOnly reports a first-person announcement of what the speaker will say, with no other
// predicate ("I want to talk about China's position on it", "let me make a couple of points", "I'd
// like to pick up with a comment"): Hyland's (2005) frame markers announcing discourse acts.
func announceOnly(st *doc.Sent, s, e int) bool {
	toks := st.Toks
	j := s
	if j+1 < e && toks[j].Lower == "let" && toks[j+1].Lower == "me" {
		j += 2
	} else {
		if j >= e || toks[j].Lower != "i" {
			return false
		}
		j++
		for j < e && j <= s+5 && toks[j].Lower != "to" {
			switch toks[j].Lower {
			case "want", "wanted", "'d", "would", "like", "just", "also", "only", "first", "'m", "am", "going", "will", "'ll":
				j++
			default:
				return false
			}
		}
		if j >= e || toks[j].Lower != "to" {
			return false
		}
		j++
	}
	if j >= e {
		return false
	}
	if !announceVerbs.Has(toks[j].Lower) {
		return false
	}
	for q := j + 1; q < e; q++ {
		if w := toks[q].Lower; w == "that" || w == "which" || w == "who" || doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w) || toks[q].Kind == text.Quote {
			return false
		}
		if toks[q].Text == "," || toks[q].Text == ":" || toks[q].Text == ";" {
			return false
		}
	}
	return true
}

// RemarksOnQuestion reports a sentence of a speaking turn that characterises the question it answers
// (questionRemark): the speech it reports is the questioner's framing, not a claim the answerer
// attributes ("The question raised by CNN just now was about US officials claiming that …").
func RemarksOnQuestion(st *doc.Sent) bool {
	if !Speaking(st.Unit) {
		return false
	}
	k := doc.BodyStart(st)
	for k < len(st.Toks) && (st.Toks[k].Kind != text.Word || actors.DiscourseMarkers.Has(st.Toks[k].Lower)) {
		k++
	}
	return k < len(st.Toks) && questionRemark(st, k, len(st.Toks))
}

// positionClear reports a clause [s, e) that says only that a position is clear: a subject headed by
// "position" or "stance" (after a possessive or determiner and up to two adjectives), a form of
// "be" or "remain", perhaps degree adverbs, and "clear", "clear-cut" or "well known"; then nothing,
// or a coordinated clause of the audience's knowledge of it ("China's position is clear, and the US
// is well aware of it"). The position itself is stated elsewhere: an endophoric marker (Hyland 2005,
// ch. 3), the class of "we have made clear our position many times" (positionOnly). "Our position
// is that the quota is illegal" gives the position and stays a claim.
func positionClear(st *doc.Sent, s, e int) bool {
	toks := st.Toks
	j := s
	for j < e && j <= s+4 && toks[j].Lower != "position" && toks[j].Lower != "stance" {
		if toks[j].Kind != text.Word && toks[j].Lower != "'s" && toks[j].Lower != "’s" {
			return false
		}
		j++
	}
	if j >= e || j > s+4 || toks[j].Lower != "position" && toks[j].Lower != "stance" {
		return false
	}
	j++
	switch {
	case j < e && (toks[j].Lower == "is" || toks[j].Lower == "was" || toks[j].Lower == "remains" || toks[j].Lower == "'s" || toks[j].Lower == "’s"):
		j++
	case j+1 < e && toks[j].Lower == "has" && toks[j+1].Lower == "been":
		j += 2
	default:
		return false
	}
	for j < e && (toks[j].Lower == "very" || toks[j].Lower == "quite" || toks[j].Lower == "always" || toks[j].Lower == "crystal" ||
		toks[j].Lower == "consistently" || toks[j].Lower == "perfectly" || toks[j].Lower == "already") {
		j++
	}
	switch {
	case j < e && (toks[j].Lower == "clear" || toks[j].Lower == "clear-cut"):
		j++
	case j+1 < e && toks[j].Lower == "well" && (toks[j+1].Lower == "known" || toks[j+1].Lower == "-known"):
		j += 2
	case j < e && toks[j].Lower == "well-known":
		j++
	default:
		return false
	}
	for j < e && toks[j].Kind == text.Punct && toks[j].Text != "," {
		j++
	}
	if j >= e {
		return true
	}
	// ", and the US is well aware of it" / "and everyone knows it"
	if toks[j].Text == "," {
		j++
	}
	if j >= e || toks[j].Lower != "and" {
		return false
	}
	for q := j + 1; q < e; q++ {
		if w := toks[q].Lower; w == "aware" || w == "knows" || w == "know" || w == "understands" || w == "understand" {
			return pointsIntoTalk(st, q+1, e) || q+2 < e && toks[q+1].Lower == "of" && pointsIntoTalk(st, q+2, e)
		}
	}
	return false
}

// ownTextVerbs say what a text is about: the predicates of a sentence about the speaker's earlier
// text ("My testimony a year ago discussed …").
var ownTextVerbs = lexicon.WordClass("owntextverbs") // data/wordclasses/owntextverbs.txt

// ownTextNouns are the speaker's own texts.
var ownTextNouns = lexicon.WordClass("owntextnouns") // data/wordclasses/owntextnouns.txt

// ownTextTopic reports a clause [s, e) whose subject is the speaker's own earlier text ("my
// testimony", "our report", "this testimony"), with only time and place adverbials before its
// verb, and whose verb says what that text was about ("My testimony a year ago to Congress
// addressed the topic of …"): talk about the speaker's talk, giving a topic and no assertion about
// it — Hyland's (2005, ch. 3) endophoric markers, which point to other parts of the speaker's
// discourse. "My testimony showed that lending fell" asserts and stays a claim (showed is no
// topic verb).
func ownTextTopic(st *doc.Sent, s, e int) bool {
	toks := st.Toks
	if s+2 >= e {
		return false
	}
	switch toks[s].Lower {
	case "my", "our", "this":
	default:
		return false
	}
	if !ownTextNouns.Has(toks[s+1].Lower) {
		return false
	}
	for j := s + 2; j < e && j <= s+9; j++ {
		w := toks[j].Lower
		if ownTextVerbs.Has(w) {
			return true
		}
		if toks[j].Kind == text.Punct || w == "that" || w == "which" || doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w) {
			return false
		}
	}
	return false
}

// backReference reports a clause [s, e) whose subject is a demonstrative or "it" standing alone and
// whose predicate says that someone has already stated it ("This has been made very clear by Vice
// Premier Liu He in his interview with the media"; "That was explained by the minister
// yesterday"): a pointer to another speaker's text with no content of its own, Hyland's (2005,
// ch. 3) evidentials, of the referral class. "This has been made clear by the sanctions" names no
// speaker after "by" and is not read so: the agent must be a capitalized name or a title.
func backReference(st *doc.Sent, s, e int) bool {
	toks := st.Toks
	if s+4 >= e {
		return false
	}
	switch toks[s].Lower {
	case "this", "that", "it":
	default:
		return false
	}
	j := s + 1
	for j < e && j <= s+3 && (toks[j].Lower == "has" || toks[j].Lower == "have" || toks[j].Lower == "had" || toks[j].Lower == "was" ||
		toks[j].Lower == "is" || toks[j].Lower == "been" || toks[j].Lower == "already" || toks[j].Lower == "also") {
		j++
	}
	if j == s+1 {
		return false
	}
	switch {
	case j+1 < e && toks[j].Lower == "made":
		k := j + 1
		for k < e && (toks[k].Lower == "very" || toks[k].Lower == "quite" || toks[k].Lower == "abundantly" || toks[k].Lower == "crystal") {
			k++
		}
		if k >= e || toks[k].Lower != "clear" {
			return false
		}
		j = k + 1
	case toks[j].Lower == "stated" || toks[j].Lower == "explained" || toks[j].Lower == "elaborated" || toks[j].Lower == "expounded":
		j++
	default:
		return false
	}
	if j+1 >= e || toks[j].Lower != "by" {
		return false
	}
	n := toks[j+1]
	return n.Cap || n.Lower == "the" && j+2 < e && toks[j+2].Cap
}

// FrameMarkerColon is where the assertion of a turn's sentence [a, e) starts when the sentence
// opens with a frame marker that announces it and a colon ("On Ukraine, let me be very clear:
// Norway will continue its support …", "I want to be clear: we will not …", "Let me say this:
// …"): a first-person "let me", "allow me to", "I want to", "I'd like to" or "I would like to",
// a verb announcing an assertion ("be", "say", "stress" …), at most four words in all and the colon, perhaps after a fronted adjunct ending at a comma. Such
// markers announce a discourse act (Hyland 2005, Metadiscourse, ch. 3: frame markers); what
// follows the colon is the speaker's claim. a itself otherwise, and when fewer than four words
// follow the colon.
func FrameMarkerColon(st *doc.Sent, a, e int) int {
	if c := frameMarkerAt(st, a, e); c > a {
		return c
	}
	for j := a; j < e && j < a+9; j++ {
		if st.Toks[j].Text == "," {
			if c := frameMarkerAt(st, j+1, e); c > j+1 {
				return c // "On Ukraine, let me be very clear: …"
			}
			break
		}
	}
	return a
}

// frameMarkerAt is frameMarkerColon's reading of a marker opening at k: the index after its
// colon, or k.
func frameMarkerAt(st *doc.Sent, k, e int) int {
	toks := st.Toks
	w := func(i int) string {
		if i < e {
			return toks[i].Lower
		}
		return ""
	}
	var v int
	switch {
	case w(k) == "let" && w(k+1) == "me":
		v = k + 2
	case w(k) == "allow" && w(k+1) == "me" && w(k+2) == "to":
		v = k + 3
	case w(k) == "i" && w(k+1) == "want" && w(k+2) == "to":
		v = k + 3
	case w(k) == "i" && (w(k+1) == "'d" || w(k+1) == "would") && w(k+2) == "like" && w(k+3) == "to":
		v = k + 4
	default:
		return k
	}
	// the act announced is an assertion: "be clear/frank/honest", or a verb restating or
	// stressing one (positionverbs.txt, "say", "repeat", "add"); "Let me explain the schedule:"
	// announces an account, not a position
	if vw := w(v); vw != "be" && vw != "say" && vw != "repeat" && vw != "add" && !actors.PositionVerbs.Has(vw) {
		return k
	}
	for c := v; c < e && c <= v+4; c++ {
		if toks[c].Text == ":" {
			if WordCount(st, c+1, e) >= MinTurnWords {
				return c + 1
			}
			return k
		}
		if toks[c].Kind != text.Word {
			return k
		}
	}
	return k
}
