// Word-class predicates over a word's text: closed classes of English (day and month names,
// prepositions, pronouns), a lower- or upper-case initial, hyphenated place names
// (nonactors.txt), a name found as whole words, a name in title case, diplomatic heads of mission.

package loader

import (
	"strings"
	"unicode"
)

func isDayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "june", "july", "august", "september", "october", "november", "december", "late", "early":
		return true
	}
	return false
}

func isPrep(w string) bool {
	switch w {
	case "in", "on", "at", "over", "for", "from", "with", "by", "about", "of", "into", "during", "after", "before":
		return true
	}
	return false
}

// pronoun kinds
func pronounClass(w string) string {
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

// lowerFirst reports whether s starts with a lower-case letter.
func lowerFirst(s string) bool {
	for _, r := range s {
		return strings.ToLower(string(r)) == string(r) && strings.ToUpper(string(r)) != string(r)
	}
	return false
}

// hyphenPlace reports a hyphenated place name whose first part is a place word of nonactors.txt
// ("Saint-Louis", "Port-Gentil"): a place, no person.
func hyphenPlace(lx *lexicons, w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && lx.nonActor[w[:i]] == "place"
}

// wordIndex is the byte index of name in s as whole words (case-sensitive, as proper names are
// written), or -1.
func wordIndex(s, name string) int {
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
		before := i == 0 || !isWordRune(rune(s[i-1]))
		after := j == len(s) || !isWordRune(rune(s[j]))
		if before && after {
			return i
		}
		off = i + 1
	}
	return -1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// titleCase writes each word of a name in capitals with its first letter alone upper case
// ("MARIA DALCA" → "Maria Dalca", "O'NEILL" → "O'neill").
func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r := []rune(w)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		ws[i] = string(r)
	}
	return strings.Join(ws, " ")
}

func upperFirstWord(w string) bool {
	for _, r := range w {
		return strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// headOfMission reports a diplomatic head of mission's title: the classes of the Vienna
// Convention on Diplomatic Relations 1961, art. 14 (ambassador, envoy, chargé d'affaires), and
// a permanent representative to an international organization (the Vienna Convention on the
// Representation of States 1975, art. 1(17)).
func headOfMission(title string) bool {
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
