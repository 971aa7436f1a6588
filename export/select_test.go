package export_test

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// edgeNames lists edges as "Source TYPE Target" by label, sorted.
func edgeNames(g *export.Graph) []string {
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label()
	}
	var out []string
	for _, e := range g.Edges {
		s := labels[e.Source] + " " + string(e.Type) + " " + labels[e.Target]
		if e.Via != nil {
			s += " via " + e.Via.Label() + " (" + string(e.ViaType) + ")"
			if e.Alignment != "" {
				s += " " + e.Alignment
			}
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func nodeNames(g *export.Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.Label())
	}
	sort.Strings(out)
	return out
}

func TestSelectFilters(t *testing.T) {
	s := fixture(t)
	all := []string{
		"Argentina SUPPORTS new copper tariffs", "Chile OPPOSES new copper tariffs",
		"Lucia Brandt CLAIMS " + claimText, "Peru SANCTIONS Argentina", "Peru THREATENS Chile",
	}
	for _, tc := range []struct {
		name  string
		f     export.Filter
		edges []string
		nodes []string // nil: the edges' ends (and the Around node), as every filter but the zero one keeps
	}{
		{"everything", export.Filter{}, all, []string{"Argentina", "Chile", "Lucia Brandt", "Peru", claimText, "new copper tariffs"}},
		{"types", export.Filter{Types: []graph.RelType{graph.Opposes, graph.Supports}},
			[]string{"Argentina SUPPORTS new copper tariffs", "Chile OPPOSES new copper tariffs"}, nil},
		{"kinds: both ends", export.Filter{Kinds: []graph.Kind{graph.Country}},
			[]string{"Peru SANCTIONS Argentina", "Peru THREATENS Chile"}, nil},
		// Every filter keeps the nodes with an edge in the selection, kinds as much as types: a
		// person whose only relation leads to a claim is no node of a PERSON export.
		{"kinds: no edge, no node", export.Filter{Kinds: []graph.Kind{graph.Person}}, nil, nil},
		{"from", export.Filter{From: "2022-01-01"},
			[]string{"Argentina SUPPORTS new copper tariffs", "Chile OPPOSES new copper tariffs", "Peru SANCTIONS Argentina"}, nil},
		{"to", export.Filter{To: "2021-12-31"},
			[]string{"Chile OPPOSES new copper tariffs", "Lucia Brandt CLAIMS " + claimText, "Peru THREATENS Chile"}, nil},
		{"min confidence", export.Filter{MinConfidence: 0.85}, []string{"Argentina SUPPORTS new copper tariffs", "Chile OPPOSES new copper tariffs"}, nil},
		{"around depth 1", export.Filter{Around: chile.ID, Depth: 1},
			[]string{"Chile OPPOSES new copper tariffs", "Peru THREATENS Chile"}, nil},
		{"around depth 2", export.Filter{Around: chile.ID, Depth: 2},
			[]string{"Argentina SUPPORTS new copper tariffs", "Chile OPPOSES new copper tariffs", "Peru SANCTIONS Argentina", "Peru THREATENS Chile"}, nil},
		// Dates bound the walk: Peru is tied to Chile in 2021 only, so in 2022 it is not reached
		// (its 2022 sanction of Argentina is three hops out, through the tariffs).
		{"around depth 2, from", export.Filter{Around: chile.ID, Depth: 2, From: "2022-01-01"},
			[]string{"Argentina SUPPORTS new copper tariffs", "Chile OPPOSES new copper tariffs"}, nil},
		{"around depth 1, to", export.Filter{Around: chile.ID, Depth: 1, To: "2021-12-31"},
			[]string{"Chile OPPOSES new copper tariffs", "Peru THREATENS Chile"}, nil},
		{"actors only", export.Filter{ActorsOnly: true}, []string{
			"Argentina SUPPORTS Chile via new copper tariffs (OPPOSES) disagree", "Chile OPPOSES Argentina via new copper tariffs (SUPPORTS) disagree",
			"Peru SANCTIONS Argentina", "Peru THREATENS Chile"}, nil}, // Lucia Brandt's claim folds into no edge: she is left out
		{"actors only, typed", export.Filter{ActorsOnly: true, Types: []graph.RelType{graph.Opposes, graph.Supports}}, []string{
			"Argentina SUPPORTS Chile via new copper tariffs (OPPOSES) disagree", "Chile OPPOSES Argentina via new copper tariffs (SUPPORTS) disagree"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := selectGraph(t, s, tc.f)
			if got := edgeNames(g); !slices.Equal(got, tc.edges) {
				t.Errorf("edges:\n got %q\nwant %q", got, tc.edges)
			}
			if tc.nodes != nil {
				sort.Strings(tc.nodes)
				if got := nodeNames(g); !slices.Equal(got, tc.nodes) {
					t.Errorf("nodes:\n got %q\nwant %q", got, tc.nodes)
				}
			} else {
				ends := map[string]bool{}
				for _, e := range g.Edges {
					ends[e.Source], ends[e.Target] = true, true
				}
				if tc.f.Around != "" {
					ends[tc.f.Around] = true
				}
				if len(ends) != len(g.Nodes) {
					t.Errorf("%d nodes for %d edge ends: %q", len(g.Nodes), len(ends), nodeNames(g))
				}
			}
			// Evidence is trimmed to the date window, and the articles it names are all there.
			for _, e := range g.Edges {
				if e.EvidenceCount != len(e.Evidence) || len(e.Evidence) == 0 {
					t.Errorf("%s: evidence count %d, %d sentences", e.ID, e.EvidenceCount, len(e.Evidence))
				}
				for _, ev := range e.Evidence {
					a := g.Articles[ev.ArticleID]
					if a == nil {
						t.Fatalf("%s: evidence in article %s, which the selection lacks", e.ID, ev.ArticleID)
					}
					if !graph.DateInRange(a.PublishedAt, tc.f.From, tc.f.To) {
						t.Errorf("%s: evidence of %s (%s) is outside %s..%s", e.ID, a.ID, a.PublishedAt, tc.f.From, tc.f.To)
					}
				}
			}
		})
	}
}

func TestSelectDateWindowTrimsEvidence(t *testing.T) {
	g := selectGraph(t, fixture(t), export.Filter{Types: []graph.RelType{graph.Opposes}, From: "2022-01-01"})
	if len(g.Edges) != 1 || g.Edges[0].EvidenceCount != 1 || g.Edges[0].Evidence[0].Cue != "rejected" {
		t.Fatalf("want Chile's 2022 sentence alone, got %+v", g.Edges)
	}
	all := selectGraph(t, fixture(t), export.Filter{Types: []graph.RelType{graph.Opposes}})
	if all.Edges[0].EvidenceCount != 2 {
		t.Errorf("without dates: %d sentences, want 2", all.Edges[0].EvidenceCount)
	}
}

func TestSelectErrors(t *testing.T) {
	s := fixture(t)
	for _, f := range []export.Filter{
		{Types: []graph.RelType{"LIKES"}}, {Kinds: []graph.Kind{"ANIMAL"}}, {From: "2021-13"}, {From: "2022-01-01", To: "2021-01-01"},
		{MinConfidence: 1.5}, {Depth: -1},
	} {
		if _, err := export.Select(context.Background(), s, f, false); err == nil {
			t.Errorf("%+v: no error", f)
		}
	}
	_, err := export.Select(context.Background(), s, export.Filter{Around: "a_nosuchnode"}, false)
	if !errors.Is(err, graph.ErrNotFound) || !strings.Contains(err.Error(), "a_nosuchnode") {
		t.Errorf("unknown --around: %v", err)
	}
	if err := export.Write(context.Background(), s, export.JSONL, export.Filter{ActorsOnly: true}, &strings.Builder{}); err == nil {
		t.Error("jsonl with actors-only: no error")
	}
}

func TestParseFilterLists(t *testing.T) {
	if got := export.ParseTypes(" opposes,SUPPORTS ,"); !slices.Equal(got, []graph.RelType{graph.Opposes, graph.Supports}) {
		t.Errorf("types: %v", got)
	}
	if got := export.ParseKinds("person, Country"); !slices.Equal(got, []graph.Kind{graph.Person, graph.Country}) {
		t.Errorf("kinds: %v", got)
	}
	if _, err := export.ParseFormat("GEXF"); err != nil {
		t.Error(err)
	}
	if _, err := export.ParseFormat("dot"); err == nil {
		t.Error("format dot: no error")
	}
}

func TestResolveNode(t *testing.T) {
	s := fixture(t)
	ctx := context.Background()
	for ref, want := range map[string]string{"Chile": chile.ID, "santiago": chile.ID, "Ms. Brandt": brandt.ID, chile.ID: chile.ID} {
		if got, err := s.ResolveNode(ctx, ref); err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", ref, got, err, want)
		}
	}
	if _, err := s.ResolveNode(ctx, "Chil"); !errors.Is(err, graph.ErrNotFound) || !strings.Contains(err.Error(), "Chile") {
		t.Errorf("a part of a name: %v (want not found, suggesting Chile)", err)
	}
	if _, err := s.ResolveNode(ctx, "Atlantis"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("no such name: %v", err)
	}
	// a blank name names nothing (a search for "" would list every node)
	if _, err := s.ResolveNode(ctx, "  "); !errors.Is(err, graph.ErrNotFound) || strings.Contains(err.Error(), "contain") {
		t.Errorf("a blank name: %v", err)
	}
	// Two nodes answering to one alias: an error naming both.
	twin := graph.Node{ID: graph.ActorID("Santiago Ruiz"), Kind: graph.Person, Name: "Santiago Ruiz", Aliases: []string{"Santiago Ruiz", "Santiago"}}
	a := graph.Article{ID: graph.ArticleID("https://example.com/d", ""), URL: "https://example.com/d", Text: "Santiago spoke."}
	if _, err := s.RestoreArticle(ctx, &graph.ArticleGraph{Article: a, Nodes: []graph.Node{twin},
		Mentions: []graph.Mention{{NodeID: twin.ID, ArticleID: a.ID, Start: 0, End: 8, Text: "Santiago"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ResolveNode(ctx, "Santiago"); !errors.Is(err, graph.ErrAmbiguous) || !strings.Contains(err.Error(), twin.ID) || !strings.Contains(err.Error(), chile.ID) {
		t.Errorf("an ambiguous alias: %v", err)
	}
	g := selectGraph(t, s, export.Filter{Around: "Chile"})
	if g.Filter.Around != chile.ID || len(g.Edges) != 2 {
		t.Errorf("--around by name: %q, %d edges", g.Filter.Around, len(g.Edges))
	}
}
