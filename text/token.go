package text

import (
	"strings"
	"unicode"
)

// Kind classifies a token.
type Kind uint8

const (
	Word  Kind = iota + 1 // letters, with internal hyphens, apostrophes and acronym dots
	Num                   // digits with internal , and .
	Punct                 // any other single character
	Quote                 // a quotation mark: “ ” " ‘ ’ ` `` '' « »
	Sym                   // currency and percent signs
)

// Token is one token of a sentence. Offsets (Start, End) are code points into the article text.
// Every field is written by Tokenize alone (the loader's newDoc calls it for the article,
// lexicon.Keys for lexicon phrases). It lives here with its tokenizer, below the document (docs/layout/plan.md
// step 8): the predicates of this package take tokens.
type Token struct {
	Text    string
	Lower   string // lowercased, typographic apostrophes made plain
	Start   int
	End     int // exclusive
	Kind    Kind
	Cap     bool // starts with an upper-case letter (or "al-Bashir" style particle + capital)
	AllCaps bool // two or more letters, all upper case ("ZTE", "U.S.")
	Space   bool // preceded by white space (or at the start)
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

// Tokenize splits rs (a sentence or phrase) into tokens by scanning runes once; base is the code-point
// offset of rs[0] in the article. Possessive 's and n't become tokens of their own ("China's" →
// China + 's; "don't" → do + n't); "U.S." and "Mr." keep their periods; hyphenated words stay whole.
func Tokenize(rs []rune, base int) []Token {
	toks := make([]Token, 0, len(rs)/5+1)
	space := true
	i := 0
	n := len(rs)
	emit := func(s, e int, k Kind) {
		text := string(rs[s:e])
		t := Token{Text: text, Start: base + s, End: base + e, Kind: k, Space: space}
		t.Lower = strings.ToLower(strings.ReplaceAll(text, "\u2019", "'"))
		if k == Word {
			first := rs[s]
			t.Cap = unicode.IsUpper(first)
			if !t.Cap {
				// "al-Bashir", "el-Sisi": a short lower-case particle joined to a capitalized name.
				for j := s + 1; j < e && j <= s+3; j++ {
					if rs[j] == '-' && j+1 < e && unicode.IsUpper(rs[j+1]) {
						t.Cap = true
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
			t.AllCaps = letters >= 2 && upper == letters
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
				emit(s, j, Word)
				i = j
				if i+1 < n && isApos(rs[i]) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !unicode.IsLetter(rs[i+2])) {
					emit(i, i+2, Word) // "U.S.'s"
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
				emit(s, j, Word)
				// "won't", "can't", "shan't": the stem the split leaves reads as its auxiliary
				if full, ok := contractedAux[toks[len(toks)-1].Lower]; ok {
					toks[len(toks)-1].Lower = full
				}
				emit(j, j+3, Word)
				i = j + 3
				continue
			}
			emit(s, j, Word)
			i = j
			if i+1 < n && isApos(rs[i]) && contraction(rs[i+1:]) {
				k := i + 1
				for k < n && unicode.IsLetter(rs[k]) {
					k++
				}
				emit(i, k, Word)
				i = k
				continue
			}
			if i < n && isApos(rs[i]) && i+1 < n && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= n || !unicode.IsLetter(rs[i+2])) {
				emit(i, i+2, Word)
				i += 2
			} else if i+2 < n && isApos(rs[i]) && (rs[i-1] == 's' || rs[i-1] == 'S') && rs[i+1] == ' ' && unicode.IsLower(rs[i+2]) {
				// plural possessive: "the creditors' offer" → creditors + ' (read as 's)
				emit(i, i+1, Word)
				toks[len(toks)-1].Lower = "'s"
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
			emit(s, j, Num)
			i = j
		case r == '`' && i+1 < n && rs[i+1] == '`':
			emit(i, i+2, Quote)
			i += 2
		case r == '\'' && i+1 < n && rs[i+1] == '\'':
			emit(i, i+2, Quote)
			i += 2
		case isQuoteRune(r):
			emit(i, i+1, Quote)
			i++
		case r == '$' || r == '€' || r == '£' || r == '¥' || r == '%':
			emit(i, i+1, Sym)
			i++
		default:
			emit(i, i+1, Punct)
			i++
		}
	}
	return toks
}
