package tokenize

import (
	"strings"
	"unicode"
)

// core tokenizes a chunk stripped of outer punctuation: URLs and e-mail addresses stay whole,
// clitics are split off, then the rest is split at inner hyphens, slashes and commas.
func core(rs []rune, a, b int, out []Token) []Token {
	if a >= b {
		return out
	}
	s := string(rs[a:b])
	if isURL(s) || isEmail(s) || onlyPunct(rs[a:b]) {
		return emit(rs, a, b, out)
	}
	if k := cliticStart(rs[a:b]); k > 0 {
		n := len(out)
		out = core(rs, a, a+k, out)
		if len(out) > n {
			out[len(out)-1].Fused = true
		}
		return emit(rs, a+k, b, out)
	}
	return inner(rs, a, b, out)
}

// Negative and pronoun clitics, lower case, with a straight apostrophe (a curly one is
// normalized before matching).
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// fusedWords are contractions written without an apostrophe that EWT splits, with the length
// (in runes) of their first part: "cannot" → can not, "gonna" → gon na, "dont" → do nt. The
// list is the apostrophe-less multiword tokens of EWT train that it splits more often than it
// keeps whole ("its" is kept whole 164 times and split 57, so it is not here).
var fusedWords = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3,
	"dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "arent": 3, "werent": 4,
	"wouldnt": 5, "couldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
	"cant": 2, "wont": 2, "aint": 2, "im": 1, "ive": 1, "youre": 3, "theyre": 4,
	"thats": 4, "lets": 3, "hes": 2, "theres": 5, "whats": 4,
}

// cliticStart returns where the clitic of w begins (in runes), or 0 when w has none. The
// possessive apostrophe of a plural ("players'") is a clitic too.
func cliticStart(w []rune) int {
	low := make([]rune, len(w))
	for k, r := range w {
		if r == '\u2019' || r == '\u2018' {
			r = '\''
		}
		low[k] = unicode.ToLower(r)
	}
	ls := string(low)
	for _, c := range clitics {
		if len(ls) > len(c) && strings.HasSuffix(ls, c) {
			k := len(low) - len([]rune(c))
			prev := low[k-1]
			// an abbreviation's period before a possessive: "U.S.'s", "Co.'s"
			abbrev := c == "'s" && prev == '.' && k >= 2 && unicode.IsLetter(low[k-2])
			if c == "n't" || unicode.IsLetter(prev) || unicode.IsDigit(prev) || abbrev {
				return k
			}
		}
	}
	if n := len(low); n > 2 && low[n-1] == '\'' && low[n-2] == 's' && unicode.IsLetter(low[n-3]) {
		return n - 1
	}
	if k, ok := fusedWords[ls]; ok {
		return k
	}
	return 0
}

// inner splits at inner hyphens (unless after a kept prefix), at a slash between words, at
// commas between letters, and a time's am/pm from its digits.
func inner(rs []rune, a, b int, out []Token) []Token {
	w := rs[a:b]
	// "5pm", "11:30am"
	if n := len(w); n >= 3 {
		suf := strings.ToLower(string(w[n-2:]))
		if (suf == "am" || suf == "pm") && unicode.IsDigit(w[n-3]) && timeDigits(w[:n-2]) {
			out = emit(rs, a, b-2, out)
			out[len(out)-1].SpaceAfter = false
			return emit(rs, b-2, b, out)
		}
	}
	for k := 1; k < len(w)-1; k++ {
		r := w[k]
		var split bool
		switch r {
		case '-', '\u2013', '\u2014':
			split = !keptHyphen(w, k)
		case '/':
			split = wordLike(w[:k]) && wordLike(w[k+1:]) && !(k == 1 && len(w) <= 4)
		case ',', ';':
			split = !(unicode.IsDigit(w[k-1]) && unicode.IsDigit(w[k+1]))
		}
		if !split {
			continue
		}
		e := k + 1
		for e < len(w)-1 && w[e] == r {
			e++ // "--"
		}
		out = inner(rs, a, a+k, out)
		out[len(out)-1].SpaceAfter = false
		out = emit(rs, a+k, a+e, out)
		out[len(out)-1].SpaceAfter = false
		return inner(rs, a+e, b, out)
	}
	return emit(rs, a, b, out)
}

// keptHyphen reports whether the hyphen at w[k] stays inside the word: after a prefix EWT keeps
// attached ("e-mail", "non-human") or between digits ("555-1234", "2001-2002": EWT train keeps
// 163 such tokens whole and splits 84).
func keptHyphen(w []rune, k int) bool {
	left := w[:k]
	if start := lastWordStart(left); prefixes[strings.ToLower(string(left[start:]))] && start == 0 {
		return true
	}
	l, r := w[k-1], w[k+1]
	if unicode.IsDigit(l) && unicode.IsDigit(r) {
		return true
	}
	return false
}

func lastWordStart(w []rune) int {
	k := len(w)
	for k > 0 && unicode.IsLetter(w[k-1]) {
		k--
	}
	return k
}

// wordLike: at least two letters and no digit (so dates "1/2/2003" and "w/o" stay whole).
func wordLike(w []rune) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func timeDigits(w []rune) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ':' {
			return false
		}
	}
	return len(w) <= 5
}

func onlyPunct(w []rune) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			// Emoticons such as ":D" and ":P" are punctuation plus one capital letter.
			if len(w) <= 3 && (r == 'D' || r == 'P' || r == 'p' || r == 'O' || r == 'o') && !unicode.IsLetter(w[0]) {
				continue
			}
			return false
		}
	}
	return true
}

func isURL(s string) bool {
	low := strings.ToLower(s)
	if strings.Contains(low, "://") || strings.HasPrefix(low, "www.") {
		return true
	}
	// Bare domains with a path or a common top-level domain ("example.com/page", "un.org").
	dot := strings.LastIndexByte(low, '.')
	if dot > 0 && dot < len(low)-1 {
		tld := low[dot+1:]
		if i := strings.IndexByte(tld, '/'); i >= 0 {
			tld = tld[:i]
		}
		switch tld {
		case "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "co", "uk", "ca", "io", "htm", "html", "pdf", "doc", "xls", "txt", "jpg", "gif":
			return !strings.Contains(low[:dot], "..") && wordish(low[:dot])
		}
	}
	return false
}

// wordish: letters, digits and the characters of host names and paths only.
func wordish(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-_/~?=&%#:", r) {
			return false
		}
	}
	return true
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at:], '.') > 1 && !strings.ContainsAny(s, "()\"'")
}
