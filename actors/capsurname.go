package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/discourse"
)

// CapitalsSurname reads the capitals-surname convention of official texts: in a personal name
// of two or more words where exactly one word is written in capitals and the others in mixed
// case ("ISHIBA Shigeru", "CHO Tae-yul", "BUI Thanh Son", "António GUTERRES"), the capitals mark
// that word as the family name, whatever its place. Japan's government writes Japanese names
// family name first in English with the family name in capitals (Cabinet decision and Agency
// for Cultural Affairs notice of September 2019 on the romanized order of Japanese names; the
// usage of mofa.go.jp); Korean and Vietnamese foreign-ministry readouts and UN lists of
// participants mark the family name the same way. The capitals are typography, not part of the
// name: CMOS 17th ed. 8.14-8.17 write such names with an initial capital only, in the order
// given.
//
// words are the name's words as written. It returns the name in canonical case, words in the
// written order (the family name keeps its place: "Ishiba Shigeru"), and the 0-based index of
// the family name; ok is false when the name does not have that shape: fewer than two words, no
// capitals word or more than one, no mixed-case word, a capitals word without a vowel (initials
// such as "JB", "TJ"), or a generational suffix ("III", CMOS 6.43) as the capitals word.
func CapitalsSurname(words []string) (canonical string, family int, ok bool) {
	if len(words) < 2 {
		return "", 0, false
	}
	family = -1
	mixed := false
	for i, w := range words {
		switch {
		case discourse.CapsWord(w):
			if family >= 0 {
				return "", 0, false
			}
			family = i
		case hasLower(w):
			mixed = true
		default:
			// an initial ("F.") or a one-letter word: neither marks nor breaks the convention
		}
	}
	if family < 0 || !mixed || nameSuffixes.Has(strings.ToLower(words[family])) || !strings.ContainsAny(strings.ToLower(words[family]), "aeiouy") {
		return "", 0, false
	}
	out := make([]string, len(words))
	copy(out, words)
	out[family] = titleCaseWord(words[family])
	return strings.Join(out, " "), family, true
}

// WesternOrder is a capitals-surname name written family name first ("ISHIBA Shigeru") in the
// order of the Phoenix dictionaries, which write such names given name first ("Shigeru Ishiba",
// as English news long did for Japanese names): the given names, then the family name, in
// canonical case. ok is false when name is no capitals-surname name with the family name first.
func WesternOrder(name string) (string, bool) {
	words := strings.Fields(name)
	c, fam, ok := CapitalsSurname(words)
	if !ok || fam != 0 {
		return "", false
	}
	f := strings.Fields(c)
	return strings.Join(append(f[1:], f[0]), " "), true
}

func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// titleCaseWord writes a capitals word with an initial capital only, each hyphen- or
// apostrophe-joined part capitalized ("NGUYEN" → "Nguyen", "AL-SISI" → "Al-Sisi").
func titleCaseWord(w string) string {
	var b strings.Builder
	start := true
	for _, r := range w {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == '\''
	}
	return b.String()
}
