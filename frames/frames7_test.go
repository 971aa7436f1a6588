package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRequestsCodedOtherwise (issue 13, frames7): the three dictionary readings of directive.go,
// on sentences of our own — a directive after tell, WANT under object control, a request pattern
// coded as the act requested — each an asserted DEMANDS of the subject whose rule names a known
// entry (Evidence.rule); and the controls that stay as they were.
func TestRequestsCodedOtherwise(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, src string
		want      bool
	}{
		{"Serbia told Kosovo to withdraw its special police from the north.", "Serbia", true},
		{"Lithuania wants Belarus to close the nuclear plant.", "Lithuania", true},
		{"Peru called for an inquiry into the deaths of the protesters.", "Peru", true},
		{"Peru called for a halt to the evictions.", "Peru", true},
		{"Serbia told Kosovo that the police had withdrawn.", "Serbia", false},
		{"Serbia told reporters what to expect from the talks.", "Serbia", false},
		{"Lithuania wants to close the nuclear plant.", "Lithuania", false},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		found := false
		for _, m := range ms {
			if m.Type == graph.Demands && m.Asserts() && form(toks, m.Source) == c.src {
				found = true
				if !lx.KnownRule(m.Rule) {
					t.Errorf("%s: rule %q names no entry", c.text, m.Rule)
				}
			}
			if m.Type == graph.Offers && form(toks, m.Source) == c.src && m.Asserts() {
				t.Errorf("%s: asserts OFFERS of %s;%s", c.text, c.src, describe(toks, ms))
			}
		}
		if found != c.want {
			t.Errorf("%s: DEMANDS of %s = %v, want %v;%s", c.text, c.src, found, c.want, describe(toks, ms))
		}
	}
}
