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
