package loader

import (
	"slices"
	"testing"
)

// TestEnumeratorsLeftOut (issue 13, session 13 trial finding 1): parenthesized item labels run
// into a sentence (CMOS 6.130) are no words of the clause — "(i)" is no pronoun "I" that makes
// the speaker of the text the subject. The subject of "X will (i) … and (ii) …" is X.
func TestEnumeratorsLeftOut(t *testing.T) {
	for _, c := range []struct {
		forms []string
		want  []int
	}{
		{[]string{"Japan", "will", "(", "a", ")", "lower", "tariffs"}, []int{2, 3, 4}},
		{[]string{"(", "ii", ")", "remove", "the", "duties"}, []int{0, 1, 2}},
		{[]string{"Canada", "will", "(", "12", ")", "lift"}, []int{2, 3, 4}},
		// not labels: an acronym in parentheses, a label with no word after it, a long number
		{[]string{"The", "European", "Union", "(", "EU", ")", "condemned"}, nil},
		{[]string{"Article", "5", "(", "2", ")", "."}, nil},
		{[]string{"in", "(", "2025", ")", "talks"}, nil},
	} {
		var got []int
		for i, b := range enumerators(c.forms) {
			if b {
				got = append(got, i)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%v: left out %v, want %v", c.forms, got, c.want)
		}
	}
	frames10Expect(t, []struct{ text, want string }{
		{"Under the deal, Canada will (1) lift its sanctions on Iran and (2) release the frozen assets.", "OFFERS Canada -> Iran"},
		{"Japan will (a) lower its tariffs on Australian beef and (b) lift the quota on rice from Thailand.", "!SANCTIONS Japan"},
		{"The United States will (i) modify the rate of duty on articles of China and (ii) remove the additional duties on those articles.", "OFFERS United States"},
		{"The United States will (i) modify the rate of duty on articles of China and (ii) remove the additional duties on those articles.", "!OFFERS China"},
		// a parenthesis that is no label stays in the parse
		{"The European Union (EU) condemned Russia's attack on Ukraine.", "OPPOSES European Union -> attack"},
	})
}
