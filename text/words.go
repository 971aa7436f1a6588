// Word-class predicates over a word's text: closed classes of English (day and month names,
// prepositions, pronouns), a lower- or upper-case initial, a name found as whole words, a name in title case, diplomatic heads of mission.

package text

import (
	"strings"
	"unicode"
)

// IsDayOrMonth reports a lower-case day or month name, or "late"/"early" (which open such dates:
// "late March"). "may" is left out: the modal is far more common in news text.
func IsDayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "june", "july", "august", "september", "october", "november", "december", "late", "early":
		return true
	}
	return false
}

// IsPrep reports one of fourteen common simple prepositions (lower case) that the stages test
// before a name, a date or a place.
func IsPrep(w string) bool {
	switch w {
	case "in", "on", "at", "over", "for", "from", "with", "by", "about", "of", "into", "during", "after", "before":
		return true
	}
	return false
}

// PronounClass is the kind of a lower-case personal pronoun: "person" (he, him, his, she, her),
// "thing" (it, its), "plural" (they, them, their), "first" (we, our, us, i, my, me), or "".
func PronounClass(w string) string {
	switch w {
	case "he", "him", "his", "she", "her":
		return "person"
	case "it", "its":
		return "thing"
	case "they", "them", "their":
		return "plural"
	case "we", "our", "us", "i", "my", "me":
		return "first"
	}
	return ""
}

// nameConnectors may appear lower case inside a person's name or a list of names.
var nameConnectors = map[string]bool{
	"and": true, "&": true, "de": true, "van": true, "von": true, "der": true, "den": true,
	"da": true, "di": true, "du": true, "la": true, "le": true, "bin": true, "al": true, "y": true,
	"dos": true, "del": true, "ter": true,
}

// IsNameConnector reports a lower-case word that may stand lower case inside a person's name or a
// list of names: "and", "&" and the particles of names such as "de", "van", "von der", "bin", "al".
func IsNameConnector(w string) bool { return nameConnectors[w] }

// LowerFirst reports whether s starts with a lower-case letter.
func LowerFirst(s string) bool {
	for _, r := range s {
		return strings.ToLower(string(r)) == string(r) && strings.ToUpper(string(r)) != string(r)
	}
	return false
}

// WordIndex is the byte index of name in s as whole words (case-sensitive, as proper names are
// written), or -1.
func WordIndex(s, name string) int {
	if name == "" {
		return -1
	}
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], name)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(name)
		before := i == 0 || !IsWordRune(rune(s[i-1]))
		after := j == len(s) || !IsWordRune(rune(s[j]))
		if before && after {
			return i
		}
		off = i + 1
	}
	return -1
}

// IsWordRune reports a letter or a digit.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// TitleCase writes each word of a name in capitals with its first letter alone upper case
// ("MARIA DALCA" → "Maria Dalca", "O'NEILL" → "O'neill").
func TitleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r := []rune(w)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

// UpperFirstWord reports whether w starts with an upper-case letter.
func UpperFirstWord(w string) bool {
	for _, r := range w {
		return strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// HeadOfMission reports a diplomatic head of mission's title: the classes of the Vienna
// Convention on Diplomatic Relations 1961, art. 14 (ambassador, envoy, chargé d'affaires), and
// a permanent representative to an international organization (the Vienna Convention on the
// Representation of States 1975, art. 1(17)).
func HeadOfMission(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "ambassador", "envoy", "representative", "affaires":
		return true
	}
	return false
}

// AllDigits reports a non-empty string of ASCII digits ("2026", "16021").
func AllDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
