package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// headAntecedent is the one unnamed body or group described earlier in the article whose
// description ends in the same head noun as a bare definite "the <head>" ("the foreign ministry
// said … The ministry demanded …"): a definite noun phrase that repeats the head of an earlier
// description refers to its referent (the anaphoric use of the definite article, Hawkins 1978;
// Quirk et al. 1985, 5.28), as describedNamed reads it for named actors. Nil when bare is false
// (an indefinite, a plural or a modified description introduces its own referent), or when no
// earlier description or two different ones end in that head ("the foreign ministry … the trade
// ministry … the ministry" says not which).
func headAntecedent(d *doc.Doc, kind graph.Kind, head, label string, bare bool) *doc.Entity {
	if !bare {
		return nil
	}
	var found *doc.Entity
	for _, e := range d.Ents {
		e = e.Final()
		if e.Dropped || e.Rule != "agent:unnamed" || e.Kind != kind {
			continue
		}
		n := strings.ToLower(e.Name)
		if n == strings.ToLower(label) || !strings.HasSuffix(n, " "+head) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}
