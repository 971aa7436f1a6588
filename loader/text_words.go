// Word-class predicates over a token's lower-cased text: closed classes of English (day and
// month names, prepositions, pronouns).

package loader

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
