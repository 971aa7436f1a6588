package retag

import "testing"

// xposCase is one row of a re-tagging table test: a sentence's forms and its tagger's UPOS and
// Penn tags (space-separated), and the Penn tag the word at index at must have after the rule.
type xposCase struct {
	forms, upos, xpos string
	at                int
	want              string
}

// checkXPOS runs rule on each case's tags and checks the word at c.at; the rule's result (a count
// or whether it fired) is not read.
func checkXPOS[R any](t *testing.T, rule func(forms, upos, xpos []string) R, cases []xposCase) {
	t.Helper()
	for _, c := range cases {
		f, u, x := fields(c.forms), fields(c.upos), fields(c.xpos)
		rule(f, u, x)
		if x[c.at] != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.forms, f[c.at], x[c.at], c.want)
		}
	}
}
