package loader

import (
	"github.com/claimgraph/claimgraph/syntax/retag"
	"testing"
)

// TestThatClauseVerb (issue 13, frames10): a plural-looking -s word between an opening name and
// a that-clause is the sentence's verb when the clause holds its only finite verb
// (thatClauseVerb); the demand is the subject's, and the clause's subject acts in no relation.
func TestThatClauseVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Cyprus demands that Turkey recognise the island's government.", "DEMANDS Cyprus -> government"},
		{"Guatemala demands that Belize respect the court's ruling.", "DEMANDS Guatemala -> ruling"},
		{"Bolivia demands that Chile respect the old treaty.", "DEMANDS Bolivia -> treaty"},
		{"Guatemala insists that Belize respect the court's ruling.", "DEMANDS Guatemala -> ruling"},
	} {
		g := extractText(t, c.text)
		v := view(g)
		if _, full := goldLineHit(g, v, c.want); !full {
			t.Errorf("%s: want %s; %v", c.text, c.want, foundRelations(g, v))
		}
		for _, r := range g.Relations {
			if r.Type == "SUPPORTS" {
				t.Errorf("%s: a SUPPORTS from the clause's subject: %v", c.text, foundRelations(g, v))
			}
		}
	}
	// the tags alone: a noun with a relative clause, whose sentence has two finite verbs after
	// "that", stays a noun
	forms := []string{"Iran", "talks", "that", "began", "in", "May", "failed", "."}
	upos := []string{"PROPN", "NOUN", "PRON", "VERB", "ADP", "PROPN", "VERB", "PUNCT"}
	xpos := []string{"NNP", "NNS", "WDT", "VBD", "IN", "NNP", "VBD", "."}
	if retag.ThatClauseVerb(forms, upos, xpos) || xpos[1] != "NNS" {
		t.Errorf("Iran talks that began in May failed: re-tagged %q", xpos[1])
	}
	forms = []string{"Chile", "demands", "that", "Peru", "withdraw", "."}
	upos = []string{"PROPN", "NOUN", "PRON", "PROPN", "VERB", "PUNCT"}
	xpos = []string{"NNP", "NNS", "WDT", "NNP", "VBP", "."}
	if !retag.ThatClauseVerb(forms, upos, xpos) || xpos[1] != "VBZ" {
		t.Errorf("Chile demands that Peru withdraw: not re-tagged (%q)", xpos[1])
	}
}
