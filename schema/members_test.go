package schema

import (
	"context"
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRelationsIncludeMembers: relations(source: BODY, includeMembers: true) adds the relations of
// the actors MEMBER_OF the body, and of their members in turn (new-user trial 28, finding 5: "what
// did the foreign ministry say" gave 0, as its statements are credited to its spokesperson). It
// leaves out actors that are not members (the body's country, an official of another body), and
// it needs source.
func TestRelationsIncludeMembers(t *testing.T) {
	s, err := graph.Open(graph.DefaultOptions("").WithInMemory(true).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f := &fixture{store: s}
	a := newArticle(t, "https://example.com/ruritania", "Ruritania's ministry speaks", "2021-03-04",
		"Anna Kell, spokeswoman of the Foreign Ministry, rejected the sanctions.",
		"Bo Lind, deputy head of the Press Department of the Foreign Ministry, called for talks.",
		"The Foreign Ministry backed the treaty.",
		"Ruritania opposed the tariffs, and Cara Moss of the Trade Council rejected the quota.",
	)
	ministry := a.actor(graph.Organization, "Foreign Ministry (Ruritania)", 0, "Foreign Ministry")
	press := a.actor(graph.Organization, "Press Department (Ruritania)", 1, "Press Department")
	kell := a.actor(graph.Person, "Anna Kell", 0, "Anna Kell")
	lind := a.actor(graph.Person, "Bo Lind", 1, "Bo Lind")
	country := a.actor(graph.Country, "Ruritania", 3, "Ruritania")
	council := a.actor(graph.Organization, "Trade Council", 3, "Trade Council")
	moss := a.actor(graph.Person, "Cara Moss", 3, "Cara Moss")
	sanctions, talks, treaty := a.policy("sanctions", 0), a.policy("talks", 1), a.policy("treaty", 2)
	tariffs, quota := a.policy("tariffs", 3), a.policy("quota", 3)
	a.rel(graph.Relation{Type: graph.MemberOf, Source: kell, Target: ministry, Role: "spokeswoman"}, 0, "spokeswoman")
	a.rel(graph.Relation{Type: graph.MemberOf, Source: press, Target: ministry}, 1, "of the Foreign Ministry")
	a.rel(graph.Relation{Type: graph.MemberOf, Source: lind, Target: press, Role: "deputy head"}, 1, "deputy head")
	a.rel(graph.Relation{Type: graph.MemberOf, Source: moss, Target: council}, 3, "of the Trade Council")
	kellOpp := a.rel(graph.Relation{Type: graph.Opposes, Source: kell, Target: sanctions}, 0, "rejected")
	lindDem := a.rel(graph.Relation{Type: graph.Demands, Source: lind, Target: talks}, 1, "called for")
	minSup := a.rel(graph.Relation{Type: graph.Supports, Source: ministry, Target: treaty}, 2, "backed")
	a.rel(graph.Relation{Type: graph.Opposes, Source: country, Target: tariffs}, 3, "opposed")
	a.rel(graph.Relation{Type: graph.Opposes, Source: moss, Target: quota}, 3, "rejected the quota")
	f.merge(t, a)
	ts := newTestServer(t, f, Options{})

	ids := func(q string, vars map[string]any) []string {
		t.Helper()
		r := ts.query(t, q, vars)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %v", q, r.Errors)
		}
		var d struct {
			Relations struct {
				TotalCount int
				Nodes      []struct{ ID string }
			}
		}
		r.decode(t, &d)
		var out []string
		for _, n := range d.Relations.Nodes {
			out = append(out, n.ID)
		}
		if d.Relations.TotalCount != len(out) {
			t.Errorf("%s: totalCount %d, %d nodes", q, d.Relations.TotalCount, len(out))
		}
		slices.Sort(out)
		return out
	}
	const q = `query($src: ID!, $m: Boolean) { relations(source: $src, includeMembers: $m, types: [OPPOSES, DEMANDS, SUPPORTS]) { totalCount nodes { id } } }`
	want := []string{kellOpp, lindDem, minSup}
	slices.Sort(want)
	// by ID and by name, the spokeswoman's and the deputy head's (a member of a member) with the ministry's
	for _, src := range []string{ministry, "Foreign Ministry (Ruritania)"} {
		if got := ids(q, map[string]any{"src": src, "m": true}); !slices.Equal(got, want) {
			t.Errorf("includeMembers, source %q: %v, want %v", src, got, want)
		}
	}
	// without it, the ministry's own only
	if got := ids(q, map[string]any{"src": ministry, "m": false}); !slices.Equal(got, []string{minSup}) {
		t.Errorf("without includeMembers: %v, want [%s]", got, minSup)
	}
	// a member's members only: the deputy head's, not the spokeswoman's
	if got := ids(q, map[string]any{"src": press, "m": true}); !slices.Equal(got, []string{lindDem}) {
		t.Errorf("includeMembers of the department: %v, want [%s]", got, lindDem)
	}
	// all types: the membership relations come too, and paging holds
	all := ids(`query($src: ID!) { relations(source: $src, includeMembers: true) { totalCount nodes { id } } }`, map[string]any{"src": ministry})
	if len(all) != 6 { // 3 statements + 3 MEMBER_OF (Kell, Press Department, Lind)
		t.Errorf("includeMembers, all types: %d relations, want 6: %v", len(all), all)
	}
	var paged []string
	after := ""
	for range 4 {
		r := ts.query(t, `query($src: ID!, $after: String) { relations(source: $src, includeMembers: true, first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
			map[string]any{"src": ministry, "after": after})
		var d struct {
			Relations struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
				Nodes []struct{ ID string }
			}
		}
		r.decode(t, &d)
		for _, n := range d.Relations.Nodes {
			paged = append(paged, n.ID)
		}
		if !d.Relations.PageInfo.HasNextPage {
			break
		}
		after = d.Relations.PageInfo.EndCursor
	}
	slices.Sort(paged)
	if !slices.Equal(paged, all) {
		t.Errorf("paged by 2: %v, want %v", paged, all)
	}
	// not a member: the country and another body's official stay out
	for _, id := range all {
		r, err := s.Relation(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if r.Source == country || r.Source == moss || r.Source == council {
			t.Errorf("includeMembers brought a relation of a non-member: %s", id)
		}
	}
	// without source: BAD_ARGUMENT
	if r := ts.query(t, `{ relations(includeMembers: true) { totalCount } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("includeMembers without source: code %q, errors %v", r.code(), r.Errors)
	}
}
