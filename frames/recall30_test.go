package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPredicateAntecedent (branch recall30, relcopula.go): a predicative adjective or agent noun
// cue in a relative clause whose subject is the relative pronoun is the stance of the noun the
// clause modifies — a nonrestrictive clause after a comma (parsed acl:relcl or appos) or a
// restrictive one on a definite head. Must-nots: a restrictive relative on a bare plural or an
// indefinite head (a kind, no one's stance), "who" opening an interrogative clause after an
// adjective, and "that" after a comma (no nonrestrictive relative). Invented wordings.
func TestPredicateAntecedent(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	cases := []struct {
		text     string
		typ      graph.RelType
		src, tgt string
		want     bool
	}{
		{"Maria Lopez, who has been critical of the governor, spoke on Monday.", graph.Opposes, "Maria", "governor", true},
		{"The senator who is critical of the levy spoke first.", graph.Opposes, "senator", "levy", true},
		{"Maria Lopez, who is a longtime supporter of the mayor, spoke on Monday.", graph.Supports, "Maria", "mayor", true},
		{"He would appoint judges who are opposed to the levy.", graph.Opposes, "judges", "levy", false},
		{"They formed a group that is critical of the levy.", graph.Opposes, "group", "levy", false},
		{"It is unclear who is opposed to the levy.", graph.Opposes, "unclear", "levy", false},
	}
	for _, c := range cases {
		toks := parsed(sm, c.text)
		found := false
		for _, m := range lx.Match(toks) {
			if m.Type == c.typ && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt && lx.KnownRule(m.Rule) {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%s: %s %q→%q = %v, want %v", c.text, c.typ, c.src, c.tgt, found, c.want)
		}
	}
}
