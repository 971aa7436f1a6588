package loader

import (
	"strings"
	"unicode"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // letters, with internal hyphens, apostrophes and acronym dots
	tkNum                      // digits with internal , and .
	tkPunct                    // any other single character
	tkQuote                    // a quotation mark: “ ” " ‘ ’ ` `` '' « »
	tkSym                      // currency and percent signs
)

// token is one token of a sentence. Offsets are code points into the article text. Every field
// is written by tokenize alone (the text floor; newDoc calls it for the article, lexTokens for
// lexicon phrases). The type stays here with its tokenizer rather than in doc_*.go: the text
// floor's predicates (text_tokens.go) take tokens, so in packages (step 8 of
// docs/layout/plan.md) it belongs to text/, below doc/.
type token struct {
	text    string
	lower   string // lowercased, typographic apostrophes made plain
	start   int
	end     int // exclusive
	kind    tokKind
	cap     bool // starts with an upper-case letter (or "al-Bashir" style particle + capital)
	allCaps bool // two or more letters, all upper case ("ZTE", "U.S.")
	space   bool // preceded by white space (or at the start)
}

// tokAbbrev are words that keep their trailing period (honorifics, military and corporate
// abbreviations, months). A closed set of English abbreviation conventions, part of the tokenizer's
// rules rather than a lexicon: the lexicon loader itself tokenizes with them.
var tokAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true,
	"prof": true, "inc": true, "corp": true, "co": true, "ltd": true, "no": true, "vs": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"rev": true, "adm": true, "maj": true, "mt": true, "ft": true,
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019', '\'', '`':
		return true
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' }

// contraction reports whether rs (after an apostrophe) is a clitic: ll, re, ve, d, m then no letter.
func contraction(rs []rune) bool {
	k := 0
	for k < len(rs) && unicode.IsLetter(rs[k]) {
		k++
	}
	switch strings.ToLower(string(rs[:k])) {
	case "ll", "re", "ve", "d", "m":
		return true
	}
	return false
}

// contractedAux maps the stem left by splitting n't off an irregular negative contraction to the
// auxiliary it stands for (won't → will + n't).
var contractedAux = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

// tokenize splits rs (a sentence or phrase) into tokens by scanning runes once; base is the code-point
// offset of rs[0] in the article. Possessive 's and n't become tokens of their own ("China's" →
// China + 's; "don't" → do + n't); "U.S." and "Mr." keep their periods; hyphenated words stay whole.
func tokenize(rs []rune, base int) []token {
	toks := make([]token, 0, len(rs)/5+1)
	space := true
	i := 0
	n := len(rs)
	emit := func(s, e int, k tokKind) {
		text := string(rs[s:e])
		t := token{text: text, start: base + s, end: base + e, kind: k, space: space}
		t.lower = strings.ToLower(strings.ReplaceAll(text, "\u2019", "'"))
		if k == tkWord {
			first := rs[s]
			t.cap = unicode.IsUpper(first)
			if !t.cap {
				// "al-Bashir", "el-Sisi": a short lower-case particle joined to a capitalized name.
				for j := s + 1; j < e && j <= s+3; j++ {
					if rs[j] == '-' && j+1 < e && unicode.IsUpper(rs[j+1]) {
						t.cap = true
						break
					}
				}
			}
			letters, upper := 0, 0
			for _, r := range rs[s:e] {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
			}
			t.allCaps = letters >= 2 && upper == letters
		}
		toks = append(toks, t)
		space = false
	}
	for i < n {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			space = true
			i++
		case unicode.IsLetter(r):
			s := i
			// Acronym with dots: U.S., U.N., D.C. (two or more letter-period pairs).
			if i+3 < n && rs[i+1] == '.' && unicode.IsLetter(rs[i+2]) && rs[i+3] == '.' {
				j := i
				for j+1 < n && unicode.IsLetter(rs[j]) && rs[j+1] == '.' {
					j += 2
				}
				emit(s, j, tkWord)
				i = j
				if i+1 < n && isApos(rs[i]) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !unicode.IsLetter(rs[i+2])) {
					emit(i, i+2, tkWord) // "U.S.'s"
					i += 2
				}
				continue
			}
			j := i
			for j < n {
				c := rs[j]
				if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
					j++
					continue
				}
				if c == '/' && j+1 < n && unicode.IsUpper(rs[j+1]) && unicode.IsUpper(rs[j-1]) {
					j++ // "SPLM/A"
					continue
				}
				if (c == '-' || c == '\u2011') && j+1 < n && (unicode.IsLetter(rs[j+1]) || unicode.IsDigit(rs[j+1])) {
					j++
					continue
				}
				if isApos(c) && j+1 < n && unicode.IsLetter(rs[j+1]) {
					// possessive 's / contraction n't become tokens of their own
					if (rs[j+1] == 's' || rs[j+1] == 'S') && (j+2 >= n || !unicode.IsLetter(rs[j+2])) {
						break
					}
					// j-1 > s: a word that is only "n't" (a quote cut after "do") stays one token;
					// splitting it would leave an empty word and no progress.
					if (rs[j+1] == 't') && j-1 > s && (rs[j-1] == 'n' || rs[j-1] == 'N') && (j+2 >= n || !unicode.IsLetter(rs[j+2])) {
						j-- // split before the n
						break
					}
					if contraction(rs[j+1:]) {
						break // "It'll", "we're", "they've", "I'd", "I'm": the clitic is a token of its own
					}
					j++
					continue
				}
				break
			}
			word := strings.ToLower(string(rs[s:j]))
			if j < n && rs[j] == '.' && (tokAbbrev[word] || (j-s == 1 && unicode.IsUpper(rs[s]))) {
				j++
			}
			if j > s && j < n-2 && (rs[j] == 'n' || rs[j] == 'N') && isApos(rs[j+1]) && rs[j+2] == 't' {
				emit(s, j, tkWord)
				// "won't", "can't", "shan't": the stem the split leaves reads as its auxiliary
				if full, ok := contractedAux[toks[len(toks)-1].lower]; ok {
					toks[len(toks)-1].lower = full
				}
				emit(j, j+3, tkWord)
				i = j + 3
				continue
			}
			emit(s, j, tkWord)
			i = j
			if i+1 < n && isApos(rs[i]) && contraction(rs[i+1:]) {
				k := i + 1
				for k < n && unicode.IsLetter(rs[k]) {
					k++
				}
				emit(i, k, tkWord)
				i = k
				continue
			}
			if i < n && isApos(rs[i]) && i+1 < n && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !unicode.IsLetter(rs[i+2])) {
				emit(i, i+2, tkWord)
				i += 2
			} else if i+2 < n && isApos(rs[i]) && (rs[i-1] == 's' || rs[i-1] == 'S') && rs[i+1] == ' ' && unicode.IsLower(rs[i+2]) {
				// plural possessive: "the creditors' offer" → creditors + ' (read as 's)
				emit(i, i+1, tkWord)
				toks[len(toks)-1].lower = "'s"
				i++
			}
		case unicode.IsDigit(r):
			s := i
			j := i
			for j < n {
				c := rs[j]
				if unicode.IsDigit(c) || unicode.IsLetter(c) {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < n && unicode.IsDigit(rs[j+1]) {
					j++
					continue
				}
				break
			}
			emit(s, j, tkNum)
			i = j
		case r == '`' && i+1 < n && rs[i+1] == '`':
			emit(i, i+2, tkQuote)
			i += 2
		case r == '\'' && i+1 < n && rs[i+1] == '\'':
			emit(i, i+2, tkQuote)
			i += 2
		case isQuoteRune(r):
			emit(i, i+1, tkQuote)
			i++
		case r == '$' || r == '€' || r == '£' || r == '¥' || r == '%':
			emit(i, i+1, tkSym)
			i++
		default:
			emit(i, i+1, tkPunct)
			i++
		}
	}
	return toks
}
