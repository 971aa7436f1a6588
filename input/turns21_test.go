package input

import "testing"

// TestDashDialogueMixed: a caption-style transcript may mark its questions with a hyphen and its
// answers with an en or em dash ("- Will you resign?" then "– No."): the dash lines are turns as
// the hyphen lines are, so the hyphens stay as turn marks. A list of en-dash items that asks no
// question answered in the next item is still no dialogue. Invented wordings.
func TestDashDialogueMixed(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Prime Minister Ana Costa, press conference, Lisbon", "", "- Will you resign?", "", "\u2013 No, I will not."}, true},
		{[]string{"Interview", "", "\u2014 Is the border open?", "", "\u2014 It opened on Friday."}, true},
		{[]string{"Key points", "", "\u2013 Prices rose 3%.", "", "\u2013 Exports fell."}, false},
		{[]string{"What next?", "", "- Can the euro recover?", "", "The bank meets on Thursday."}, false},
	} {
		if got := hyphenDialogue(c.lines); got != c.want {
			t.Errorf("hyphenDialogue(%q) = %v", c.lines, got)
		}
	}
}
