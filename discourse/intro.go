package discourse

import "strings"

// Journalists at a press conference introduce themselves by name and outlet before they ask
// ("Sir, Rishabh from Times Now.", "Sir, I am Huma Siddiqui from the Financial Express.",
// "Samira Hussain from BBC News."): the convention of the Indian Ministry of External Affairs'
// briefings, of the UN's noon briefings and of most moderated press conferences, where the floor
// asks each questioner to identify himself and his organization (Clayman & Heritage 2002, "The
// News Interview", ch. 8 on press conferences: the questioner's self-identification opens the
// turn). Such a label is a questioner's, and its paragraph naming the labelled person is his
// self-introduction, not a section about him (namesItself).

// introducesOutlet reports a labelled paragraph whose first sentence has a word of the label's
// name followed by "from" and a capitalized word, optionally after "the" ("Raza from the
// Hindustan Times").
func (a *analyzer) introducesOutlet(i int, l *label) bool {
	name := map[string]bool{}
	for _, w := range strings.Fields(l.text) {
		w = strings.Trim(w, ".,")
		if w != "" && upperFirst(w) {
			name[w] = true
		}
	}
	ts := a.toks[i]
	for k := 0; k+2 < len(ts); k++ {
		t := ts[k]
		if t.start < l.body {
			continue
		}
		if t.text == "." || t.text == "?" || t.text == "!" {
			return false // the first sentence only
		}
		if !name[t.text] || !strings.EqualFold(ts[k+1].text, "from") {
			continue
		}
		n := k + 2
		if strings.EqualFold(ts[n].text, "the") && n+1 < len(ts) {
			n++
		}
		if isWord(ts[n]) && upperFirst(ts[n].text) {
			return true
		}
	}
	return false
}

// spokesWords name an office that answers at a briefing: a label with one of them is never a
// questioner, however many of its turns end in a question mark (a spokesperson's clarifying
// questions: "This is at Windsor?").
var spokesWords = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true}

// spokesLabel reports a label that names a spokesperson ("Shri Arindam Bagchi, Official
// Spokesperson", "MFA Spokesperson").
func spokesLabel(norm string) bool {
	for _, w := range strings.Fields(norm) {
		if spokesWords[w] {
			return true
		}
	}
	return false
}

// introSpeaker reads the opening line of a transcript that names who gives the briefing: a
// one-line paragraph before the first label that names the event with a heading noun of
// headings.txt and ends with its agent after "by" ("The following is a near-verbatim transcript
// of today's noon briefing by X, Spokesman for the Secretary-General.", the UN noon briefing's
// opening line; "The briefing was conducted by the Spokesperson of the Ministry of Foreign
// Affairs, Ambassador X."). It returns the agent (with an appositive office on either side of its
// comma) and its paragraph, or no span. The opening line is the transcript's own statement of its
// speaker, as a byline is a story's (Chicago Manual of Style 1.23), so it names the answerer over
// a title that names only the office or body that publishes the transcript.
func (a *analyzer) introSpeaker(labels []*label) (Span, int) {
	for i := 0; i < len(a.paras) && i < 5; i++ {
		if labels[i] != nil {
			break
		}
		ts := a.toks[i]
		if len(ts) < 5 || len(ts) > 40 || ts[len(ts)-1].text != "." || !textSubject(ts[0].text) {
			continue
		}
		by := -1
		for k, noun := 0, false; k < len(ts)-1; k++ {
			if t := ts[k].text; t == "." || t == "?" || t == "!" || t == ";" {
				break // one sentence: the line that states the transcript's speaker, nothing more
			}
			if noun && strings.EqualFold(ts[k].text, "by") {
				by = k
				break
			}
			noun = noun || headingAt(ts, k) > 0
		}
		if by < 0 {
			continue
		}
		s, e := by+1, len(ts)-1
		for j := s; j < e; j++ {
			if titleCuts[strings.ToLower(ts[j].text)] && ts[j].text != "," {
				e = j // "… by X at the ministry." ends the agent at its place
				break
			}
		}
		words := 0
		for _, t := range ts[s:e] {
			if t.text != "," && !isWord(t) && t.text != "-" && t.text != "." {
				words = -100
			}
			if isWord(t) {
				words++
			}
		}
		if words < 2 || words > 16 || ts[e-1].text == "," || !upperFirst(ts[e-1].text) {
			continue
		}
		ok := true
		for j := s; j < e; j++ {
			if ts[j].text != "," && !speakerWords(ts[j:j+1]) && !(isWord(ts[j]) && nameConnectors[ts[j].text]) {
				ok = false
			}
		}
		if ok {
			return Span{ts[s].start, ts[e-1].end}, i
		}
	}
	return Span{}, -1
}

// textSubject reports the first word of a line that can describe the text or its event as its
// subject: a definite or demonstrative determiner, or "Following"/"Below" ("The following is a
// near-verbatim transcript …", "This briefing was given by …"; Quirk et al. 1985, 5.27–5.33 on
// the definite article's situational and textual reference). The transcript's opening line
// speaks of the transcript itself; a line whose subject is a name ("Pakistan rejects the remarks
// made by the Indian Defence Minister.") is the briefing's own content, and the agent of its
// "by" is someone the speaker talks about.
func textSubject(w string) bool {
	switch strings.ToLower(w) {
	case "the", "this", "these", "following", "below", "today's", "today’s":
		return true
	}
	return false
}

// transcript reports a document of labelled turns: a question, an answer or a named speaker's
// turn.
func (a *analyzer) transcript(labels []*label) bool {
	for _, l := range labels {
		if l != nil && (l.role == Question || l.role == Answer || l.role == Turn) {
			return true
		}
	}
	return false
}
