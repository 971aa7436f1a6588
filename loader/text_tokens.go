// Token and sentence predicates: quotation marks, questions, personal pronouns, title-case lines;
// the lower-case words of a token run (lowerWords, from coref.go; speaker_release.go reads it too).

package loader

func isOpenQuote(t token) bool {
	return t.text == "\u201c" || t.text == "``" || t.text == "\u00ab" || t.text == "\u201e" || t.text == "\u2018"
}

func isCloseQuote(t token) bool {
	return t.text == "\u201d" || t.text == "''" || t.text == "\u00bb" || t.text == "\u2019"
}

// isQuestion reports an interrogative sentence (it ends with a question mark, maybe before a
// closing quotation mark).
func isQuestion(st *sent) bool {
	for k := len(st.toks) - 1; k >= 0; k-- {
		if st.toks[k].kind == tkQuote {
			continue
		}
		return st.toks[k].text == "?"
	}
	return false
}

// isPronoun reports a personal pronoun token ("us", not "US").
func isPronoun(t token) bool {
	return pronounClass(t.lower) != "" && !t.allCaps
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
func isHeadline(lx *lexicons, st *sent) bool {
	if n := len(st.toks); n > 0 && (st.toks[n-1].text == "." && proseSentence(lx, st) || st.toks[n-1].text == ":") {
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
func proseSentence(lx *lexicons, st *sent) bool {
	words, lower := 0, 0
	for _, t := range st.toks {
		if t.kind != tkWord || len([]rune(t.text)) < 3 {
			continue
		}
		words++
		if !t.cap && !lx.stop[t.lower] {
			lower++
		}
	}
	return words >= 5 && lower >= 2
}

// lastWordTok is the index of the last word token of st ending at or before end, or -1.
func lastWordTok(st *sent, end int) int {
	for k := len(st.toks) - 1; k >= 0; k-- {
		if t := st.toks[k]; t.end <= end && (t.kind == tkWord || t.kind == tkNum) {
			return k
		}
	}
	return -1
}

// lowerWords is the lower-cased text of each token of ts.
func lowerWords(ts []token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.lower
	}
	return out
}
