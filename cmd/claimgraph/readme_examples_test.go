package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEResearcherExamples runs, on the sample, the README queries that new-user trial 15
// misread (findings A3–A6) and checks what the README now says of their answers: the first
// OPPOSES list shows the denial as negated; "Made in China 2025" itself has no relations and the
// hit is China opposing curbs on it; first: 10 of EVIDENCE_COUNT DESC starts with the
// best-attested relation while last: 10 ends the same order; nodes(article:) lists the article's
// actors.
func TestREADMEResearcherExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustLoad(t, db, "../../data/samples/china-hard-line-trade-demands.txt")

	var opp struct {
		Relations struct {
			Nodes []struct {
				Negated, Hedged bool
				Source, Target  struct{ Label string }
			}
		}
	}
	gql(t, db, `{ relations(types: [OPPOSES]) { nodes { source { label } target { label } negated hedged } } }`, &opp)
	denied := false
	for _, r := range opp.Relations.Nodes {
		if r.Source.Label == "United States" && r.Target.Label == "industrial policies" {
			denied = r.Negated
		}
	}
	if !denied {
		t.Errorf("README: United States OPPOSES industrial policies is shown as negated; got %+v", opp.Relations.Nodes)
	}

	var mic struct {
		Nodes struct {
			Nodes []struct {
				Label     string
				Relations struct {
					Nodes []struct {
						Type   string
						Source struct{ Label string }
					}
				}
			}
		}
	}
	gql(t, db, `{ nodes(kinds: [POLICY], search: "made in china 2025") { nodes { label ... on Policy { relations(direction: IN) { nodes { type source { label } } } } } } }`, &mic)
	var hits []string
	for _, n := range mic.Nodes.Nodes {
		if n.Label == "Made in China 2025" && len(n.Relations.Nodes) > 0 {
			t.Errorf("README says the policy Made in China 2025 has no relations; it has %+v", n.Relations.Nodes)
		}
		for _, r := range n.Relations.Nodes {
			hits = append(hits, r.Source.Label+" "+r.Type+" "+n.Label)
		}
	}
	if len(hits) != 1 || !strings.HasPrefix(hits[0], "China OPPOSES negotiating with the United States on any curbs") {
		t.Errorf("README says the one hit is China opposing negotiations on curbs; got %q", hits)
	}

	type counted struct {
		Relations struct{ Nodes []struct{ EvidenceCount int } }
	}
	var top, bottom, all counted
	gql(t, db, `{ relations(orderBy: {field: EVIDENCE_COUNT, direction: DESC}, first: 10) { nodes { evidenceCount } } }`, &top)
	gql(t, db, `{ relations(orderBy: {field: EVIDENCE_COUNT, direction: DESC}, last: 10) { nodes { evidenceCount } } }`, &bottom)
	gql(t, db, `{ relations(orderBy: {field: EVIDENCE_COUNT, direction: DESC}, first: 1000) { nodes { evidenceCount } } }`, &all)
	n := len(all.Relations.Nodes)
	if n < 20 || len(top.Relations.Nodes) != 10 || len(bottom.Relations.Nodes) != 10 {
		t.Fatalf("%d relations, %d top, %d bottom", n, len(top.Relations.Nodes), len(bottom.Relations.Nodes))
	}
	for i := range 10 {
		if top.Relations.Nodes[i] != all.Relations.Nodes[i] || bottom.Relations.Nodes[i] != all.Relations.Nodes[n-10+i] {
			t.Fatalf("first: 10 is not the head or last: 10 not the tail of the DESC order")
		}
	}
	if top.Relations.Nodes[0].EvidenceCount <= bottom.Relations.Nodes[9].EvidenceCount {
		t.Errorf("first: 10 of DESC does not start with the best-attested relation: %v vs %v", top, bottom)
	}

	var arts struct {
		Articles struct{ Nodes []struct{ ID string } }
	}
	gql(t, db, `{ articles(first: 1) { nodes { id } } }`, &arts)
	var actors struct {
		Nodes struct {
			TotalCount int
			Nodes      []struct{ Label, Kind string }
		}
	}
	gql(t, db, `{ nodes(article: "`+arts.Articles.Nodes[0].ID+`", kinds: [PERSON, ORGANIZATION, GOVERNMENT, COUNTRY, GROUP], orderBy: {field: LABEL, direction: ASC}) { totalCount nodes { label kind } } }`, &actors)
	labels := map[string]bool{}
	for _, a := range actors.Nodes.Nodes {
		labels[a.Label] = true
	}
	for _, want := range []string{"Ruan Zongze", "China", "United States"} {
		if !labels[want] {
			t.Errorf("nodes(article:) of the sample lacks %s: %v", want, labels)
		}
	}
}
