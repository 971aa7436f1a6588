// Word-class predicates over a word's text: closed classes of English (day and month names,
// prepositions, pronouns), a lower-case initial, hyphenated place names (nonactors.txt).

package loader

import "strings"

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
