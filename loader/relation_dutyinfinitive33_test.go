package loader

import (
	"strings"
	"testing"
)

// TestDutyInfinitive (session 33, prec33): the noun duty is a sanction (WordNet 3.0 duty n. 3
// "a government tax on imports or exports", CAMEO 163) only without a to-infinitive complement;
// "a duty to preserve the records" is the obligation sense (n. 1), which takes the infinitive
// (Quirk et al. 1985, 17.31), and no penalty on anyone (cue-classes.txt no-infinitive).
func TestDutyInfinitive(t *testing.T) {
	sanctions := func(text, src string) bool {
		g := extractText(t, text)
		v := view(g)
		for _, r := range g.Relations {
			if string(r.Type) == "SANCTIONS" && strings.Contains(v.label(r.Source), src) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		text, src string
		want      bool
	}{
		// positive: the tax sense, with and without its on-phrase
		{"India imposed a duty on Chinese steel in March.", "India", true},
		{"Japan raised the import duty on American rice.", "Japan", true},
		// must-not: the obligation sense
		{"The senator said the agency has a duty to protect classified information.", "agency", false},
		{"Brazil has a duty to protect the Amazon, the minister said.", "Brazil", false},
	} {
		if got := sanctions(c.text, c.src); got != c.want {
			g := extractText(t, c.text)
			t.Errorf("%s: SANCTIONS by %s = %v, want %v; %v", c.text, c.src, got, c.want, foundRelations(g, view(g)))
		}
	}
}
