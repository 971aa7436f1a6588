// Token predicates: quotation marks and questions, personal pronouns.

package loader

func isOpenQuote(t token) bool {
	return t.text == "\u201c" || t.text == "``" || t.text == "\u00ab" || t.text == "\u201e" || t.text == "\u2018"
}

func isCloseQuote(t token) bool {
	return t.text == "\u201d" || t.text == "''" || t.text == "\u00bb" || t.text == "\u2019"
}

// isQuestion reports an interrogative sentence (it ends with a question mark, maybe before a
// closing quotation mark).
func isQuestion(st *sent) bool {
	for k := len(st.toks) - 1; k >= 0; k-- {
		if st.toks[k].kind == tkQuote {
			continue
		}
		return st.toks[k].text == "?"
	}
	return false
}

// isPronoun reports a personal pronoun token ("us", not "US").
func isPronoun(t token) bool {
	return pronounClass(t.lower) != "" && !t.allCaps
}
