package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRetainedObjectPassive (trial28b): be + a participle that keeps an object is the passive
// of a ditransitive verb even when the parser reads "be" as a copula, so its subject is the
// patient and never the source of a request (retainedobject.go). Must-nots: the active
// ditransitive, and a participial adjective with no object.
func TestRetainedObjectPassive(t *testing.T) {
	checkMatches(t, []matchCase{
		{"\"The farmers of Ghana were asked their opinion on one plan and then handed another,\" the union leader said.", graph.Demands, "farmers", "*", "", false, onlyAsserted},
		{"The residents of Chile were asked their views on the draft constitution.", graph.Demands, "residents", "*", "", false, onlyAsserted},
		// must-not-change: the active request keeps its source
		{"Peru asked Chile for the extradition of the former minister.", graph.Demands, "Peru", "*", "", true, onlyAsserted},
	})
}

// TestGenericSubjectClause (trial28b): a subjectless -ing clause in subject position is the
// topic its predicate evaluates, no one's act (genericsubject.go). Must-nots: a gerund with its
// own subject, and the same act as a finite clause of a named actor.
func TestGenericSubjectClause(t *testing.T) {
	checkMatches(t, []matchCase{
		// must-not: a finite clause with its own subject
		{"Canada imposed sanctions on Venezuela on Monday.", graph.Sanctions, "Canada", "*", "", true, onlyAsserted},
		{"Canada is raising tariffs on Chinese steel.", graph.Sanctions, "Canada", "*", "", true, onlyAsserted},
	})
	lx, sm := lexiconAndParser(t)
	for _, s := range []string{
		"Raising tariffs won't solve any problem.",
		"Imposing sanctions on Caracas will not bring democracy.",
	} {
		toks := parsed(sm, s)
		for _, m := range lx.Match(toks) {
			if m.Scope == Own && m.Type == graph.Sanctions {
				t.Errorf("%s: asserted %s from %q;%s", s, m.Type, form(toks, m.Source), describe(toks, lx.Match(toks)))
			}
		}
	}
}
