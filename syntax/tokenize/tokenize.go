// Package tokenize splits English text into the words of Universal Dependencies English (the
// tokenization of UD English EWT), so that the tagger and parser see the units they were trained
// on:
//
//   - clitics are separate words: "don't" → do n't, "can't" → ca n't, "won't" → wo n't,
//     "China's" → China 's, "I'm" → I 'm, "they'll" → they 'll, "cannot" → can not,
//     "gonna" → gon na; the parts of such a surface token are marked Fused;
//   - punctuation is split off (quotes, brackets, commas, final periods), runs of the same mark
//     stay together ("...", "!!!", "?!");
//   - abbreviations keep their period ("U.S.", "e.g.", "Mr.", "Sept."; abbreviations.txt);
//   - hyphenated words are split (fault - finding) unless the first part is a prefix EWT keeps
//     attached ("e-mail", "non-human"; prefixes.txt);
//   - currency signs, percent signs and a slash between words are separate ("$" 5, 5 "%",
//     and / or), a time's "am"/"pm" is split from its digits ("5pm" → 5 pm);
//   - URLs, e-mail addresses, numbers ("1,000.50", "10:30"), emoticons (":)") stay whole.
//
// Every token carries its offsets in Unicode code points into the text, and its Form is exactly
// the text between them. Sentences (Sentences) come from any splitter that gives code point
// spans, such as loader.Splitter.
package tokenize

import (
	_ "embed"
	"strings"
	"unicode"
)

// Token is one syntactic word.
type Token struct {
	Form       string // text[Start:End] (in code points)
	Start, End int    // Unicode code point offsets into the text, End exclusive
	// SpaceAfter is false when the next token follows without white space between.
	SpaceAfter bool
	// Fused is true when this word and the next are one surface token of the text ("do" of
	// "don't"): CoNLL-U writes the group under one multiword-token line.
	Fused bool
}

//go:embed abbreviations.txt
var abbrevText string

//go:embed prefixes.txt
var prefixText string

var (
	abbrevs  = wordSet(abbrevText, false)
	prefixes = wordSet(prefixText, true)
)

// wordSet reads one entry per line, skipping blank lines and "#" comments.
func wordSet(text string, lower bool) map[string]bool {
	m := map[string]bool{}
	for _, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || ln[0] == '#' {
			continue
		}
		if lower {
			ln = strings.ToLower(ln)
		}
		m[ln] = true
	}
	return m
}

// Tokenize returns the words of text in order. Offsets are code points into text. White space
// only gives no tokens. Any string is accepted, including invalid UTF-8 (each bad byte is one
// code point, U+FFFD, in the offsets, as range over a string counts it).
func Tokenize(text string) []Token {
	rs := []rune(text)
	var out []Token
	i := 0
	for i < len(rs) {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) {
			j++
		}
		n := len(out)
		out = chunk(rs, i, j, out)
		for k := n; k < len(out)-1; k++ {
			out[k].SpaceAfter = false
		}
		if len(out) > n {
			out[len(out)-1].SpaceAfter = j < len(rs)
		}
		i = j
	}
	return out
}

// Sentences tokenizes each span of text (code point [start, end) pairs, as a sentence splitter
// gives them) and returns one token slice per span, with offsets into text. Spans outside the
// text are clipped; an empty span gives an empty sentence.
func Sentences(text string, spans [][2]int) [][]Token {
	rs := []rune(text)
	out := make([][]Token, len(spans))
	for si, sp := range spans {
		a, b := max(0, sp[0]), min(len(rs), sp[1])
		if a >= b {
			continue
		}
		toks := Tokenize(string(rs[a:b]))
		for k := range toks {
			toks[k].Start += a
			toks[k].End += a
		}
		if len(toks) > 0 {
			toks[len(toks)-1].SpaceAfter = b < len(rs) && unicode.IsSpace(rs[b])
		}
		out[si] = toks
	}
	return out
}

func emit(rs []rune, a, b int, out []Token) []Token {
	if a >= b {
		return out
	}
	return append(out, Token{Form: string(rs[a:b]), Start: a, End: b, SpaceAfter: true})
}

// chunk tokenizes the white-space-free run rs[a:b].
func chunk(rs []rune, a, b int, out []Token) []Token {
	if isEmoticon(rs[a:b]) {
		return emit(rs, a, b, out)
	}
	// A quote, bracket or ellipsis inside the run separates two chunks ("corner\"...and",
	// "draft)(See"); URLs keep their brackets and e-mail addresses their dots.
	if k, e := innerBreak(rs[a:b]); k > 0 {
		out = chunk(rs, a, a+k, out)
		out[len(out)-1].SpaceAfter = false
		out = emit(rs, a+k, a+e, out)
		out[len(out)-1].SpaceAfter = false
		return chunk(rs, a+e, b, out)
	}
	// Leading punctuation, one mark (or run of the same mark) at a time.
	for a < b {
		r := rs[a]
		if !isLeadPunct(r) {
			break
		}
		if isApos(r) && keepsLeadingApostrophe(rs[a:b]) {
			break
		}
		e := a + 1
		for e < b && rs[e] == r {
			e++
		}
		if e == b {
			break // the rest is a run of this mark: one token, below
		}
		out = emit(rs, a, e, out)
		a = e
	}
	if a >= b {
		return out
	}
	// Trailing punctuation, collected from the end and emitted after the core.
	var tail [][2]int
	for b > a {
		r := rs[b-1]
		if !isTrailPunct(r) {
			break
		}
		if r == '.' && keepsPeriod(rs[a:b]) {
			break
		}
		if isApos(r) && b-a > 2 && (keepsTrailingApostrophe(rs[a:b]) || possessivePlural(rs[a:b])) {
			break
		}
		s := b - 1
		for s > a && sameRun(rs[s-1], r) {
			s--
		}
		if s == a {
			// Only punctuation left: one token ("...", "?!", ":)" handled by core).
			break
		}
		tail = append(tail, [2]int{s, b})
		b = s
	}
	out = core(rs, a, b, out)
	for k := len(tail) - 1; k >= 0; k-- {
		out = emit(rs, tail[k][0], tail[k][1], out)
	}
	return out
}

// sameRun reports whether mark p continues a run ending in r: the same mark, or a mix of
// sentence-final marks ("?!", "!.", ".?"), which EWT writes as one token.
func sameRun(p, r rune) bool {
	if p == r {
		return true
	}
	final := func(x rune) bool { return x == '!' || x == '?' || x == '.' }
	return final(p) && final(r)
}

// innerBreak finds the first quote, angle bracket, bracket or run of periods strictly inside w
// (with something other than itself on both sides) and returns its rune span [k, e), or 0, 0.
// Brackets and periods do not break URLs or e-mail addresses.
func innerBreak(w []rune) (int, int) {
	urlKnown, url := false, false
	urlish := func() bool {
		if !urlKnown {
			s := strings.ToLower(string(w))
			url = strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "@")
			urlKnown = true
		}
		return url
	}
	for k := 1; k < len(w)-1; k++ {
		r := w[k]
		switch r {
		case '"', '\u201c', '\u201d', '<', '>':
		case '(', ')', '[', ']', '{', '}':
			if urlish() {
				continue
			}
		case '.':
			if w[k+1] != '.' || w[k-1] == '.' || urlish() {
				continue
			}
			e := k
			for e < len(w) && w[e] == '.' {
				e++
			}
			if e < len(w) {
				return k, e
			}
			continue
		default:
			continue
		}
		if w[k-1] == r || w[k+1] == r {
			continue
		}
		return k, k + 1
	}
	return 0, 0
}

// isEmoticon recognizes the common Western emoticons: eyes [:;=8], an optional nose [-o^'],
// a mouth of brackets or letters D, P, p, O, o, / \ | * (":)", ":-(", ";P", ":D", ":-/").
func isEmoticon(w []rune) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	if !strings.ContainsRune(":;=8", w[0]) {
		return false
	}
	k := 1
	if len(w) > 2 && strings.ContainsRune("-o^'", w[k]) {
		k++
	}
	for ; k < len(w); k++ {
		if !strings.ContainsRune(")(][DPpOo/\\|*}{", w[k]) {
			return false
		}
	}
	return true
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

func isLeadPunct(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '<', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab',
		'\u00bf', '\u00a1', '*', '$', '\u00a3', '\u20ac', '\u00a5', '~', '-', '\u2013', '\u2014':
		return true
	}
	return false
}

func isTrailPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '\u201d', '\u2019', '\u00bb',
		'\u2026', '%', '*', '-', '\u2013', '\u2014':
		return true
	}
	return false
}

// keepsLeadingApostrophe: "'s", "'em", "'cause", "'til", "'90s" begin with an apostrophe that is
// part of the word.
func keepsLeadingApostrophe(w []rune) bool {
	if len(w) < 2 {
		return false
	}
	rest := strings.ToLower(string(w[1:]))
	rest = strings.TrimRight(rest, ".,;:!?\"')]\u201d\u2019")
	switch rest {
	case "s", "re", "ve", "ll", "d", "m", "em", "cause", "til", "n", "tis", "twas":
		return true
	}
	if len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' && rest[1] >= '0' && rest[1] <= '9' {
		return true // '90s
	}
	return false
}

// keepsTrailingApostrophe: "goin'" style g-dropping keeps its apostrophe; the possessive of a
// plural ("players'") does not.
func keepsTrailingApostrophe(w []rune) bool {
	n := len(w)
	return n > 4 && unicode.ToLower(w[n-3]) == 'i' && unicode.ToLower(w[n-2]) == 'n'
}

// possessivePlural: "players'" ends in the possessive of a plural, a clitic (see core), not a
// closing quote.
func possessivePlural(w []rune) bool {
	n := len(w)
	return (w[n-2] == 's' || w[n-2] == 'S') && unicode.IsLetter(w[n-3])
}

// keepsPeriod reports whether the final period of w belongs to it: a listed abbreviation, a
// letter-dot sequence ("U.S.", "e.g.", "J."), or a URL-like token ending in a path.
func keepsPeriod(w []rune) bool {
	s := string(w)
	if abbrevs[s] {
		return true
	}
	// Letter-dot sequences: every other rune a letter, the rest periods.
	if len(w) >= 2 && len(w)%2 == 0 {
		ok := true
		for k, r := range w {
			if k%2 == 0 && !unicode.IsLetter(r) || k%2 == 1 && r != '.' {
				ok = false
				break
			}
		}
		// A single capital is an initial ("John F. Kennedy"), except the words "I" and "A",
		// which end sentences far more often than they abbreviate names.
		if ok && (len(w) > 2 || unicode.IsUpper(w[0]) && w[0] != 'I' && w[0] != 'A') {
			return true
		}
	}
	return false
}
