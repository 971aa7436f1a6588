package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestBeliefAdjectiveClaims: "X is concerned/confident/convinced that CLAUSE" is X's claim
// (claim_beliefadj.go; dev13 embedded items, new-user trial 13 finding 6), and the act in the
// clause is not asserted. Several adjectives, copulas and adverbs; near misses: the adjective
// with a prepositional complement ("confident of victory", "concerned about") states no clause.
func TestBeliefAdjectiveClaims(t *testing.T) {
	for _, c := range []struct{ text, src, content, forbid string }{
		{"Greek officials are concerned that Turkey may demand a share of the gas fields.", "Greek officials", "Turkey may demand", "Turkey"},
		{"The Polish government is deeply convinced that Belarus will close the border crossings.", "Poland", "Belarus will close", "Belarus"},
		{"Kenya remains confident that Uganda will lift the ban on its milk.", "Kenya", "Uganda will lift", ""},
	} {
		v := view(extractText(t, c.text))
		if len(v.rels(graph.Claims, c.src, c.content)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no CLAIMS %s -> %q", c.text, c.src, c.content)
		}
		if c.forbid != "" {
			for _, typ := range []graph.RelType{graph.Demands, graph.Sanctions} {
				if rs := v.rels(typ, c.forbid); len(rs) > 0 {
					t.Errorf("%q: the believed act was asserted: %s %s", c.text, typ, c.forbid)
				}
			}
		}
	}
	for _, c := range []struct{ text, src string }{
		{"The Chilean minister was confident of victory in the vote.", "Chile"},
		{"Chile is concerned about the new tariffs on copper.", "Chile"},
	} {
		v := view(extractText(t, c.text))
		if rs := v.rels(graph.Claims, c.src); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: %d CLAIMS of %s, want none", c.text, len(rs), c.src)
		}
	}
}

// TestAttitudeGenitiveSubject: "Y's body expects X to V" is the body's claim, as "The body
// expects X to V" was (claim_reported.go attitudeClaim: a genitive opens the subject's noun
// phrase, Quirk et al. 1985, 5.115). Several possessors; near miss: under "if" no claim.
func TestAttitudeGenitiveSubject(t *testing.T) {
	for _, c := range []struct{ text, src, content string }{
		{"South Korea's unification ministry expects North Korea to stage new missile launches.", "Unification Ministry", "missile launches"},
		{"Japan's defence ministry expects China to expand its naval drills near Taiwan.", "Defence Ministry", "naval drills"},
		{"Brazil's agriculture ministry fears that Argentina will restrict beef exports.", "Agriculture Ministry", "restrict beef exports"},
	} {
		v := view(extractText(t, c.text))
		if len(v.rels(graph.Claims, c.src, c.content)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no CLAIMS %s -> %q", c.text, c.src, c.content)
		}
	}
	v := view(extractText(t, "If Japan's defence ministry expects China to expand its drills, it will say so."))
	if rs := v.rels(graph.Claims, "Defence Ministry"); len(rs) > 0 {
		t.Errorf("a hypothetical expectation under if gave %d CLAIMS", len(rs))
	}
}
