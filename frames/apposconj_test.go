package frames

import "testing"

// TestAppositiveConjunct: a comma-set indefinite noun phrase after a name that the parser
// conjoined to it, with no coordinator in the coordination, is an appositive and names no second
// source (appositiveConjunct; Quirk et al. 1985, 17.65 ff.); a coordination with "and" keeps
// both. Sentences written for this test (probe20).
func TestAppositiveConjunct(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text string
		want []string // source forms expected
		not  string   // a form that must be no source
	}{
		{"Turkey, a key NATO ally, on Tuesday threatened to block Sweden's membership bid.", []string{"Turkey"}, "NATO"},
		{"Greece, a longtime EU member, on Monday rejected the plan.", []string{"Greece"}, "EU"},
		{"France and Germany condemned the coup.", []string{"France", "Germany"}, ""},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		srcs := map[string]bool{}
		for _, m := range ms {
			srcs[form(toks, m.Source)] = true
		}
		for _, w := range c.want {
			if !srcs[w] {
				t.Errorf("%s: no source %s%s", c.text, w, describe(toks, ms))
			}
		}
		if c.not != "" && srcs[c.not] {
			t.Errorf("%s: %s is a source%s", c.text, c.not, describe(toks, ms))
		}
	}
}
