package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestEvalSubjectAndThoseObligation (stmt21b): in a ministry's statement, a copular judgement
// whose subject is an act noun — misparsed with a participle postmodifier as the main verb
// (frames reducedRelativeSubject), a WordNet noun.act/noun.event noun (actNouns), a gerundial noun
// with of or a converted CAMEO verb (actNominal) — is the issuer's OPPOSES of the act, and a
// deontic passive whose subject is "those" with a postmodifier is the issuer's DEMANDS (frames
// postmodifiedThose); "<NP> has the backing of <X>" is X's SUPPORTS (frames ofGenitive). Near
// misses: a judged thing that is no act (a stadium, the weather), a bare anaphoric "those", "a
// lot of support".
func TestEvalSubjectAndThoseObligation(t *testing.T) {
	head := "Statement by the Spokesperson\nMinistry of Foreign Affairs of Norway\nOslo, 4 April 2026\n\n"
	for _, c := range []struct {
		sent, typ, kw string
		want          bool
	}{
		{"The arrest of the editor, ordered without any warrant, is unacceptable.", "OPPOSES", "arrest", true},
		{"The demolition of the village school is a disgrace.", "OPPOSES", "demolition", true},
		{"The beating of the prisoners in the camp is deplorable.", "OPPOSES", "beating", true},
		{"Those who attacked the aid convoy must be punished.", "DEMANDS", "punish", true},
		{"The new stadium, built by local firms, is a disgrace.", "OPPOSES", "stadium", false},
		{"The weather this week is terrible.", "OPPOSES", "weather", false},
		{"Those must be released.", "DEMANDS", "", false},
		{"The mediation effort in Mozambique has the full backing of Sweden.", "SUPPORTS", "mediation", true},
		{"The plan for the port has a lot of support.", "SUPPORTS", "plan", false},
	} {
		v := view(extractDoc(t, input.Document{Source: "s.txt", Text: head + c.sent + "\n"}))
		got := len(v.rels(graph.RelType(c.typ), "", c.kw)) > 0
		if got != c.want {
			t.Errorf("%q: %s %q = %v, want %v", c.sent, c.typ, c.kw, got, c.want)
			for _, r := range v.g.Relations {
				t.Logf("  %s %s -> %s", r.Type, v.label(r.Source), v.label(r.Target))
			}
		}
	}
}
