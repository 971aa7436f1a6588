// Document helpers over one sentence's tokens and the lexicon tables: title-case lines
// (headlines) and word classes that need the lexicons (speech and belief verbs, cue verbs and
// nouns, finite auxiliaries). speechAt also reads sent.ment, the actors stage's mentions.

package loader

import "strings"

// speechAt reports a speech or belief verb at token i that is used as a verb (not after a
// determiner: "the report", "a statement").
func (d *doc) speechAt(st *sent, i int) (lexEntry, bool) {
	t := st.toks[i]
	e, ok := d.lx.speech[t.lower]
	if !ok || t.cap && i > 0 || st.ment[i] >= 0 {
		return e, false
	}
	if i > 0 {
		switch st.toks[i-1].lower {
		case "a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "'s", "any", "no", "further", "new":
			return e, false
		}
	}
	return e, true
}

// verbAfter returns the index of a cue or speech verb after token i (auxiliaries and adverbs skipped),
// or -1.
func (d *doc) verbAfter(st *sent, i int) int {
	for i < len(st.toks) {
		t := st.toks[i]
		if d.lx.speech[t.lower].kind != 0 {
			return i
		}
		if d.lx.cues.next[t.lower] != nil && !t.cap {
			return i
		}
		if auxWords[t.lower] || strings.HasSuffix(t.lower, "ly") && !t.cap || t.kind == tkQuote {
			i++
			continue
		}
		return -1
	}
	return -1
}

// finiteIn reports a finite auxiliary in tokens [a, b) ("the firm had overcharged", "prices were").
func (d *doc) finiteIn(st *sent, a, b int) bool {
	for k := a; k < b && k < len(st.toks); k++ {
		if finiteAux[st.toks[k].lower] {
			return true
		}
	}
	return false
}

// nounCue reports whether w starts an N-frame cue ("threat of", "offer of", "sanctions on").
func (d *doc) nounCue(w string) bool {
	n := d.lx.cues.next[w]
	if n == nil {
		return false
	}
	for _, e := range n.entries {
		if e.cue != nil && e.cue.Frame == "N" {
			return true
		}
	}
	for _, nx := range n.next {
		for _, e := range nx.entries {
			if e.cue != nil && e.cue.Frame == "N" {
				return true
			}
		}
	}
	return false
}

// isHeadline reports a title-case line (a headline or a dateline): at least four words of three or
// more letters, and three quarters of them capitalized. A sentence of five such words or more that
// ends with a period and has a lower-case verb-like word is no headline, which English news
// writes without a final period (AP Stylebook, "headlines"): "Chilean Foreign Minister Alberto
// van Klaveren met officials in Santiago on Thursday." is full of names, not title case.
//
// A line that ends with a colon is no headline either: it introduces what follows it ("From the
// East African Business Council:", "Kenya's Cabinet Secretary for Foreign Affairs, Amina Wanjiru,
// released the following statement:"), and its names are read as in prose.
func (d *doc) isHeadline(st *sent) bool {
	if n := len(st.toks); n > 0 && (st.toks[n-1].text == "." && d.proseSentence(st) || st.toks[n-1].text == ":") {
		return false
	}
	words, caps := 0, 0
	for _, t := range st.toks {
		if t.kind != tkWord || len([]rune(t.text)) < 3 {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// proseSentence reports a sentence with at least five words of three or more letters of which
// at least two are lower-case words outside the stop list (content words headline style would
// capitalize).
func (d *doc) proseSentence(st *sent) bool {
	words, lower := 0, 0
	for _, t := range st.toks {
		if t.kind != tkWord || len([]rune(t.text)) < 3 {
			continue
		}
		words++
		if !t.cap && !d.lx.stop[t.lower] {
			lower++
		}
	}
	return words >= 5 && lower >= 2
}

// matchNames returns the longest lexicon match in d.lx.names at token i, with its end.
func (d *doc) matchNames(st *sent, i int) ([]lexEntry, int) {
	n := &d.lx.names
	var best []lexEntry
	end := i
	for j := i; j < len(st.toks); j++ {
		nx := n.next[st.toks[j].lower]
		if nx == nil {
			break
		}
		n = nx
		if len(n.entries) > 0 {
			best, end = n.entries, j+1
		}
	}
	return best, end
}
