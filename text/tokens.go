// Token and sentence predicates: quotation marks, questions, personal pronouns, title-case lines;
// the lower-case words of a token run (LowerWords); whether a sentence ends in terminal punctuation.

package text

import "strings"

// IsOpenQuote reports an opening quotation mark: “ “ « „ ‘ (the straight " and ' are ambiguous
// and answer false; the segment stage pairs them by position).
func IsOpenQuote(t Token) bool {
	return t.Text == "\u201c" || t.Text == "``" || t.Text == "\u00ab" || t.Text == "\u201e" || t.Text == "\u2018"
}

// IsCloseQuote reports a closing quotation mark: ” ” » ’ (’ is also an apostrophe: callers
// check its position).
func IsCloseQuote(t Token) bool {
	return t.Text == "\u201d" || t.Text == "''" || t.Text == "\u00bb" || t.Text == "\u2019"
}

// IsQuestion reports an interrogative sentence (it ends with a question mark, maybe before a
// closing quotation mark).
func IsQuestion(toks []Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Kind == Quote {
			continue
		}
		return toks[k].Text == "?"
	}
	return false
}

// IsPronoun reports a personal pronoun token ("us", not "US").
func IsPronoun(t Token) bool {
	return PronounClass(t.Lower) != "" && !t.AllCaps
}

// IsHeadline reports a title-case line (a headline or a dateline): at least four words of three or
// more letters, and three quarters of them capitalized. A sentence of five such words or more that
// ends with a period and has a lower-case verb-like word is no headline, which English news
// writes without a final period (AP Stylebook, "headlines"): "Chilean Foreign Minister Alberto
// van Klaveren met officials in Santiago on Thursday." is full of names, not title case.
//
// A line that ends with a colon is no headline either: it introduces what follows it ("From the
// East African Business Council:", "Kenya's Cabinet Secretary for Foreign Affairs, Amina Wanjiru,
// released the following statement:"), and its names are read as in prose.
//
// Nor is a shorter sentence that ends with a period and has a lower-case word of three or more
// letters outside the stop list after its first word: "Venezuela threatened North Macedonia.",
// "China on Monday criticized Japan." are prose full of names. Title case capitalizes every such
// word, verbs included (Chicago Manual of Style, 17th ed., 8.159), and headlines, in title or
// sentence case, take no final period (AP Stylebook, "headlines"); a period and a lower-case
// content word together are the signs of a sentence of prose.
func IsHeadline(toks []Token, stop map[string]bool) bool {
	if n := len(toks); n > 0 && (toks[n-1].Text == "." && (ProseSentence(toks, stop) || lowerContentWord(toks, stop)) || toks[n-1].Text == ":") {
		return false
	}
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind != Word || len([]rune(t.Text)) < 3 {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// lowerContentWord reports a lower-case word of three or more letters, outside the stop list and
// after the first word, that is not an abbreviation written with periods ("p.m.", "a.m.").
func lowerContentWord(toks []Token, stop map[string]bool) bool {
	first := true
	for _, t := range toks {
		if t.Kind != Word {
			continue
		}
		if first {
			first = false
			continue
		}
		if len([]rune(t.Text)) >= 3 && !t.Cap && !stop[t.Lower] && !strings.Contains(t.Text, ".") {
			return true
		}
	}
	return false
}

// ProseSentence reports a sentence with at least five words of three or more letters of which
// at least two are lower-case words outside the stop list (content words headline style would
// capitalize). stop is the lexicon's stop list (lexicon.Lexicons.Stop: data/lexicons/stopnames.txt).
func ProseSentence(toks []Token, stop map[string]bool) bool {
	words, lower := 0, 0
	for _, t := range toks {
		if t.Kind != Word || len([]rune(t.Text)) < 3 {
			continue
		}
		words++
		if !t.Cap && !stop[t.Lower] {
			lower++
		}
	}
	return words >= 5 && lower >= 2
}

// CapRunEnd is the end of the run of capitalized words (Kind Word, Cap) that starts at token i:
// i itself when the word there is not capitalized, len(toks) when the run reaches the end.
func CapRunEnd(toks []Token, i int) int {
	for i < len(toks) && toks[i].Kind == Word && toks[i].Cap {
		i++
	}
	return i
}

// LastWordTok is the index of the last word or number token of toks ending at or before end, or -1.
func LastWordTok(toks []Token, end int) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if t := toks[k]; t.End <= end && (t.Kind == Word || t.Kind == Num) {
			return k
		}
	}
	return -1
}

// LowerWords is the lower-cased text of each token of ts.
func LowerWords(ts []Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Lower
	}
	return out
}

// EndsSentence reports a sentence (its tokens) closed by terminal punctuation (a period,
// exclamation mark, ellipsis, colon, semicolon or question mark, maybe before a closing quotation
// mark or parenthesis, or a word ending in a period: "… in the U.S."): headings, datelines and
// bylines have none.
func EndsSentence(toks []Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		switch t.Text {
		case ".", "!", "…", ":", ";", "?":
			return true
		case "\"", "”", "'", "’", ")":
			continue
		}
		return strings.HasSuffix(t.Text, ".") // "… in the U.S."
	}
	return false
}
