package loader

import "regexp"

// Enumerators in running text (issue 13, finding 1 of the new-user trial of session 13): a list
// run into a sentence numbers its items with a letter or numeral in parentheses ("The United
// States will (i) modify … and (ii) remove …", "The parties agree to (a) … (b) …") — The Chicago
// Manual of Style, 17th ed., 6.130 "Enumerations run into text": "letters or numerals in
// parentheses". The label is a typographic device, no word of the clause; the parser, trained on
// EWT where such labels are rare, takes "(i)" for the subject or an apposition and cuts the
// clause from its subject. The labels are left out of the parse, as wire furniture is
// (wireLeaveOut), and the words kept are parsed as the sentence without them.

// enumeratorLabel is the label of an item: a lowercase roman numeral up to xx, one lowercase
// letter, or a number of one or two digits (CMOS 6.130 uses all three).
var enumeratorLabel = regexp.MustCompile(`^(?:x{0,2}(?:ix|iv|v?i{0,3})|[a-z]|[0-9]{1,2})$`)

// enumerators marks the tokens of parenthesized item labels in forms: "(" label ")" followed by a
// word, run into the text (neither the first token of the sentence, which is a list item of its
// own, nor after an opening parenthesis). nil when there is none. A parenthesized number after a
// noun with no word after it ("Article 5 (2)") and a parenthesis holding anything else ("(EU)",
// "(the “United States”)") are not labels.
func enumerators(forms []string) []bool {
	var out []bool
	for i := 0; i+3 < len(forms); i++ {
		if forms[i] != "(" || forms[i+2] != ")" || forms[i+1] == "" || !enumeratorLabel.MatchString(forms[i+1]) || !wordForm(forms[i+3]) {
			continue
		}
		if out == nil {
			out = make([]bool, len(forms))
		}
		out[i], out[i+1], out[i+2] = true, true, true
	}
	return out
}

// wordForm reports a token that begins with a letter.
func wordForm(f string) bool {
	for _, r := range f {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return false
}

// leaveOut is wireLeaveOut, enumerators and scareQuotes (wire_scarequotes.go) together: the
// tokens the parser is not given; nil when none.
func leaveOut(forms, upos, xpos []string) []bool {
	out := wireLeaveOut(forms, upos, xpos)
	for _, more := range [][]bool{enumerators(forms), scareQuotes(forms)} {
		if out == nil {
			out = more
			continue
		}
		for i := range more {
			out[i] = out[i] || more[i]
		}
	}
	return out
}
