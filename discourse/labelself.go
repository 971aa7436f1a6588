package discourse

import "strings"

// Checks of a labelled paragraph's own words against its label (moved from discourse.go).

// thirdPerson reports a labelled paragraph whose words open with a third-person pronoun:
// "MARCO RUBIO: He not only finished third in Iowa …" is a section of a story about Rubio, since
// no speaker calls himself "he". (Later paragraphs of a turn may well open with "He" about
// someone else.)
func (a *analyzer) thirdPerson(i int, labels []*label) bool {
	for _, t := range a.toks[i] {
		if t.start < labels[i].body {
			continue
		}
		switch strings.ToLower(t.text) {
		case "he", "she", "his", "her", "him":
			return true
		}
		return false
	}
	return false
}

// namesItself reports a label in title case whose paragraph names the labelled person by surname
// (a label that opens with "The" names an office, never a person by surname):
// "Ann Voss: Pensions Last spring, Senator Ann Voss of Ohio put forward …" is a section about
// Voss, not her turn; a speaker does not name herself. (Labels in capitals are
// left alone: "SENIOR ADMINISTRATION OFFICIAL: Thanks, [senior administration official]" names a
// colleague.)
func (a *analyzer) namesItself(i int, l *label) bool {
	if strings.ToUpper(l.text) == l.text {
		return false
	}
	f := strings.Fields(l.text)
	if strings.EqualFold(f[0], "the") {
		// "The President:", "The Chair:": a definite description of an office, the style of the
		// UN verbatim records and of Hansard for the presiding officer; its last word is no
		// surname, and the officer may name the office ("I now resume my functions as President
		// of the Council")
		return false
	}
	last := f[len(f)-1]
	for _, t := range a.toks[i] {
		if t.start >= l.body && t.text == last {
			return true
		}
	}
	return false
}
