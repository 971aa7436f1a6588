package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestBracketLabels: NATO's transcript layout sets a name, an outlet or a title in square brackets
// after the label. The bracket names the speaker when the heading names him by the office before
// it ("Press conference by NATO Secretary General Jens Hauge" over "NATO Secretary General [Jens
// Hauge]:"); an outlet after a questioner's label and a title after a name leave the label the part
// before it. Near miss: an office whose holder the heading does not name keeps the office as its
// label. Invented transcripts (speakers20 g22 had the layout; its turns were read as the title's).
func TestBracketLabels(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a holder named by the heading",
			"Press conference by OSCE Chairperson Lena Maric after the Ministerial Council\n\nMaria Holm [OSCE Spokesperson]: Good afternoon.\n\nOSCE Chairperson [Lena Maric]: The participating States agreed to extend the mission.\n\nQuestion [Reuters]: Will Russia block it?\n\nOSCE Chairperson [Lena Maric]: The decision was taken by consensus.",
			[]string{"- title:speaker [OSCE Chairperson Lena Maric] *", "turn turn:label [Maria Holm]", "turn turn:label [Lena Maric]", "question turn:question [Question]", "turn turn:label [Lena Maric]"}},
		{"near miss: the heading names no holder",
			"Press conference after the Ministerial Council\n\nOSCE Chairperson [Lena Maric]: The participating States agreed to extend the mission.\n\nQuestion [Reuters]: Will Russia block it?\n\nOSCE Chairperson [Lena Maric]: The decision was taken by consensus.",
			[]string{"-", "turn turn:label [OSCE Chairperson]", "question turn:question [Question]", "turn turn:label [OSCE Chairperson]"}},
	} {
		got := describe(c.text)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s:\n  got  %s\n  want %s", c.name, strings.Join(got, " | "), strings.Join(c.want, " | "))
		}
	}
}

// TestTurnAllocationFurniture: the moderator's "We go to Reuters." gives the floor (furniture);
// the same words with a longer complement state something ("We go to the polls next year.").
func TestTurnAllocationFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"We go to Reuters.":                          true,
		"We'll go to Deutsche Welle.":                true,
		"Let's go to the BBC.":                       true,
		"We go to the polls in early May.":           false,
		"We will go to Geneva with a clear mandate.": false,
	} {
		if Furniture(s) != want {
			t.Errorf("%q: furniture %v, want %v", s, !want, want)
		}
	}
}
