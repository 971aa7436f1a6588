package loader

// Sentences of a turn that refer to the talk itself (issue 12): the questions asked, the
// reporters who asked them, the points the speaker is about to make. They manage the exchange
// and assert nothing about the world, as the furniture of furniture.txt does, but with content
// words of their own ("As for the first question, the Yonhap reporter has already asked about
// it.", "Similar questions are often raised at our press conference."). The classes follow
// Clayman & Heritage (2002, The News Interview, ch. 7: answers that refer back to the question,
// "as for your first question") and the turn labels of labels.txt (reporter, journalist).

// talkNouns name the parts and participants of a press conference.
var talkNouns = map[string]bool{"question": true, "questions": true, "reporter": true, "reporters": true,
	"journalist": true, "journalists": true, "answer": true, "answers": true}

// talkModifiers mark "question" as one asked in the talk ("your first question", "similar
// questions"), not an issue ("the Taiwan question", "the question of sovereignty").
var talkModifiers = map[string]bool{"your": true, "first": true, "second": true, "third": true, "fourth": true,
	"last": true, "latter": true, "former": true, "previous": true, "next": true, "other": true, "similar": true,
	"such": true, "same": true, "related": true, "relevant": true, "follow-up": true, "these": true, "those": true,
	"both": true, "two": true, "three": true, "this": true, "that": true, "reporter's": true, "journalist's": true,
	"his": true, "her": true, "their": true, "'s": true, "’s": true}

// topicMarkers open a sentence with the question it answers: "As for", "Regarding", "On",
// "With regard to", "Concerning", "In response to", "To".
var topicMarkers = map[string]bool{"as": true, "regarding": true, "on": true, "concerning": true, "with": true,
	"in": true, "to": true, "about": true}

// talkVerbs are done to questions in the talk: asked, raised, answered, responded to.
var talkVerbs = map[string]bool{"ask": true, "asked": true, "asks": true, "raise": true, "raised": true, "raises": true,
	"answer": true, "answered": true, "answers": true, "respond": true, "responded": true, "responds": true,
	"address": true, "addressed": true, "addresses": true, "take": true, "took": true, "taken": true}

// talkReference reads a turn's sentence [a, e) for its reference to the talk. A topic marker
// naming a question of the talk ("As for your first question,") is skipped: the sentence's
// content starts after its comma, returned as a. talk reports a sentence about the talk: its
// subject phrase is headed by a talk noun ("the Yonhap News Agency reporter has already asked
// about it", "Similar questions are often raised"), or a verb of asking or answering takes a
// question of the talk ("The spokesperson responded to similar questions last week"), or it
// announces points or questions ("There are three points I would like to make").
func (d *doc) talkReference(st *sent, a, e int) (int, bool) {
	toks := st.toks
	k := a
	for k < e && (toks[k].kind != tkWord || discourseMarkers[toks[k].lower]) {
		k++
	}
	if k < e && topicMarkers[toks[k].lower] {
		// "As for the first question, …": up to the comma, a question of the talk
		c := k + 1
		for c < e && c <= k+8 && toks[c].text != "," {
			c++
		}
		if c < e && toks[c].text == "," && d.talkQuestion(st, k+1, c) {
			k = c + 1
			a = k
		}
	}
	if k+1 < e && (toks[k].lower == "regarding" || toks[k].lower == "concerning" || toks[k].lower == "as" && toks[k+1].lower == "for") && !hasComma(st, k, e) && !d.finiteIn(st, k, e) {
		return a, true // "Regarding the China-US trade talks in Washington D.C.": a topic, no clause
	}
	if w := toks[e-1].lower; w == "below" || w == "above" || w == "hereafter" {
		return a, true // "These topics are discussed in more detail below": the text pointing at itself
	}
	if k+2 < e && toks[k].lower == "there" && (toks[k+1].lower == "are" || toks[k+1].lower == "is") {
		for j := k + 2; j < e && j <= k+4; j++ {
			if w := toks[j].lower; w == "points" || w == "questions" || w == "things" {
				return a, true // "There are three points I would like to make"
			}
		}
	}
	for j := k; j < e; j++ {
		if w := toks[j].lower; (w == "points" || w == "point") && !st.inQuote[j] {
			for v := j - 1; v >= k && v >= j-5; v-- {
				if m := toks[v].lower; m == "make" || m == "making" || m == "made" || m == "add" || m == "raise" || m == "stress" {
					return a, true // "I want to make a couple of points very clear"
				}
			}
		}
	}
	// the subject phrase: up to the first verb, determiners, modifiers and names before its head
	for j := k; j < e && j <= k+8; j++ {
		t := toks[j]
		if t.lower == "of" || t.text == "," {
			break // a talk noun after "of" is no head: "The detention of the two journalists …"
		}
		if talkNouns[t.lower] && j+1 < e {
			// "Similar questions are often raised", "the Yonhap reporter has already asked": the
			// head of the subject, a question of the talk, or a reporter asking
			switch {
			case (t.lower == "question" || t.lower == "questions") && d.talkQuestion(st, k, j+1) && (auxWords[toks[j+1].lower] || talkVerbs[toks[j+1].lower]):
				return a, true
			case (t.lower == "answer" || t.lower == "answers") && j > k && (toks[j-1].lower == "my" || toks[j-1].lower == "our"):
				return a, true // "My answer is the same as yesterday"
			case t.lower != "question" && t.lower != "questions" && askingAfter(st, j+1, e):
				return a, true
			}
		}
		if auxWords[t.lower] || d.lx.speech[t.lower].kind != 0 || talkVerbs[t.lower] {
			break
		}
	}
	for j := k; j+1 < e; j++ {
		if talkVerbs[toks[j].lower] && !st.inQuote[j] {
			for q := j + 1; q < e && q <= j+5; q++ {
				if (toks[q].lower == "question" || toks[q].lower == "questions") && d.talkQuestion(st, j+1, q+1) {
					return a, true
				}
			}
		}
	}
	return a, false
}

// askingAfter reports a verb of asking or answering within three words from j, after
// auxiliaries and adverbs ("has already asked", "just raised").
func askingAfter(st *sent, j, e int) bool {
	for k := j; k < e && k < j+3; k++ {
		if talkVerbs[st.toks[k].lower] || st.toks[k].lower == "mentioned" {
			return true
		}
	}
	return false
}

// talkQuestion reports "question(s)" among tokens [s, e) with a talk modifier before it, within
// three words ("your first question", "the previous reporter's question", "similar questions").
func (d *doc) talkQuestion(st *sent, s, e int) bool {
	for j := s; j < e; j++ {
		if w := st.toks[j].lower; w != "question" && w != "questions" {
			continue
		}
		for m := j - 1; m >= s && m >= j-3; m-- {
			if talkModifiers[st.toks[m].lower] || talkNouns[st.toks[m].lower] {
				return true
			}
		}
	}
	return false
}

// wordCount counts the word tokens of st in [a, b).
func wordCount(st *sent, a, b int) int {
	n := 0
	for k := a; k < b && k < len(st.toks); k++ {
		if st.toks[k].kind == tkWord {
			n++
		}
	}
	return n
}

// hasComma reports a comma among the tokens [a, b) of st.
func hasComma(st *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if st.toks[k].text == "," {
			return true
		}
	}
	return false
}
