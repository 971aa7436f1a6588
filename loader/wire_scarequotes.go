package loader

// Scare quotes (issue 13, session 13 trial finding 2): quotation marks around a short phrase
// that is part of the clause ("the Dominican Republic's severing of its "diplomatic ties" with
// Taiwan", "called the plan a “betrayal”") mark the words as someone else's or as used at a
// distance, not as a quotation of speech (The Chicago Manual of Style, 17th ed., 7.57 "scare
// quotes"; Quirk et al. 1985, III.21 on quotation marks that mark a word as not the writer's own). The phrase is a
// constituent of the sentence; the marks are punctuation, and the EWT-trained parser takes a
// closing mark for a clause head ("ties" " with Taiwan changed": the with-phrase and the verb
// hang on the mark). The marks are left out of the parse, the words inside kept.

// scareQuoteMax is the longest phrase, in tokens, taken for a scare-quoted one: a term or short
// noun phrase (CMOS 7.57's examples are one to three words); a longer quotation is speech.
const scareQuoteMax = 4

// scareQuotes marks the opening and closing double quotation marks ("…", “…”) of a phrase of 1 to
// scareQuoteMax word tokens inside a sentence: not at its start (a quotation opening the sentence
// is speech), every token inside beginning with a letter or digit (no comma, colon or end mark:
// a quoted clause or sentence is a quotation). nil when there is none.
func scareQuotes(forms []string) []bool {
	var out []bool
	for a := 1; a < len(forms); a++ {
		if forms[a] != "\"" && forms[a] != "\u201c" {
			continue
		}
		b := a + 1
		for b < len(forms) && b-a-1 <= scareQuoteMax && wordOrNumber(forms[b]) {
			b++
		}
		n := b - a - 1
		if b >= len(forms) || n < 1 || n > scareQuoteMax || forms[b] != "\"" && forms[b] != "\u201d" {
			continue
		}
		if out == nil {
			out = make([]bool, len(forms))
		}
		out[a], out[b] = true, true
		a = b
	}
	return out
}

// wordOrNumber reports a token that begins with a letter or a digit.
func wordOrNumber(f string) bool {
	for _, r := range f {
		return wordForm(f) || r >= '0' && r <= '9'
	}
	return false
}
