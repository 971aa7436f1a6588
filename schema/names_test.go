package schema

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestNodeArgsTakeNames: new-user trial 15 — path(from: "Lu Kang", …) was NOT_FOUND "no node with
// id" while `export --around "Lu Kang"` took the name. Every argument that takes a node (path's
// from and to, neighborhood's id, timeline's actor, relations' and relationCounts' source and
// target) now takes a name or alias too, through the resolver of --around; the answer is the one
// the node's ID gives, and IDs answer as before.
func TestNodeArgsTakeNames(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	same := func(what, byID, byName string) {
		t.Helper()
		a, b := ts.query(t, byID, nil), ts.query(t, byName, nil)
		if len(a.Errors) > 0 || len(b.Errors) > 0 || string(a.Data) != string(b.Data) {
			t.Errorf("%s: by name %s\nby ID %s", what, b.raw, a.raw)
		}
		if strings.Contains(string(a.Data), "[]") && !strings.Contains(what, "empty") {
			t.Errorf("%s: an empty answer proves nothing: %s", what, a.raw)
		}
	}
	same("path by names",
		`{ path(from: "`+f.usa+`", to: "`+f.mic2025+`") { length nodes { id } } }`,
		`{ path(from: "United States", to: "made in china 2025") { length nodes { id } } }`)
	same("path by an alias",
		`{ path(from: "`+f.ruan+`", to: "`+f.ciis+`") { length nodes { id } } }`,
		`{ path(from: "Mr. Ruan", to: "CHINA INSTITUTE of International Studies") { length nodes { id } } }`)
	same("path, an ID and a name",
		`{ path(from: "`+f.treasury+`", to: "`+f.relief+`") { length } }`,
		`{ path(from: "`+f.treasury+`", to: "relief on tariffs") { length } }`)
	same("neighborhood",
		`{ neighborhood(id: "`+f.ruan+`", depth: 2) { nodes { id } relations { id } } }`,
		`{ neighborhood(id: "ruan zongze", depth: 2) { nodes { id } relations { id } } }`)
	same("timeline",
		`{ timeline(actor: "`+f.china+`") { buckets { period type relations } } }`,
		`{ timeline(actor: "China") { buckets { period type relations } } }`)
	same("relations",
		`{ relations(source: "`+f.china+`") { totalCount nodes { id } } }`,
		`{ relations(source: "China") { totalCount nodes { id } } }`)
	same("relations by target",
		`{ relations(target: "`+f.china+`") { totalCount nodes { id } } }`,
		`{ relations(target: "China") { totalCount nodes { id } } }`)
	same("relationCounts",
		`{ relationCounts(groupBy: TARGET, source: "`+f.usa+`") { key relations } }`,
		`{ relationCounts(groupBy: TARGET, source: "United States") { key relations } }`)

	// IDs answer as before, also those the store does not hold.
	if r := ts.query(t, `{ path(from: "`+f.usa+`", to: "a_nothing") { length } }`, nil); r.code() != CodeNotFound || !strings.Contains(r.Errors[0].Message, `no node with id "a_nothing"`) {
		t.Errorf("unknown ID: %s", r.raw)
	}
	var d relPage
	ts.query(t, `{ relations(source: "a_nothing") { totalCount } }`, nil).decode(t, &d)
	if d.Relations.TotalCount != 0 {
		t.Errorf("relations of an unknown ID: %d", d.Relations.TotalCount)
	}

	// A name no node has but the last word of a person's name: AMBIGUOUS_NAME naming the
	// argument, with that person as the candidate (graph.ResolveNode's surname rule; it used to
	// be NOT_FOUND listing the names that contain it).
	r := ts.query(t, `{ path(from: "Zongze", to: "China") { length } }`, nil)
	if r.code() != CodeAmbiguousName || !strings.HasPrefix(r.Errors[0].Message, `from: no node is named "Zongze"`) ||
		!slices.Contains(candidateIDs(t, r), f.ruan) || !strings.Contains(r.Errors[0].Message, "Ruan Zongze ("+f.ruan+")") {
		t.Errorf("a part of a name: %s", r.raw)
	}
	if r := ts.query(t, `{ neighborhood(id: "Atlantis") { nodes { id } } }`, nil); r.code() != CodeNotFound || len(candidateIDs(t, r)) != 0 {
		t.Errorf("no such name: %s", r.raw)
	}
	if r := ts.query(t, `{ relations(target: "Atlantis") { totalCount } }`, nil); r.code() != CodeNotFound {
		t.Errorf("relations(target:) of no such name: %s", r.raw)
	}

	// Two people answering to one surname: AMBIGUOUS_NAME with both IDs, here and in the message.
	b := newArticle(t, "https://example.com/costa", "Two Costas", "2018-07-01",
		"Ana Costa met Paulo Costa in Lisbon.", "Costa rejected the levy.")
	ana := b.node(graph.Node{ID: graph.ActorID("Ana Costa"), Kind: graph.Person, Name: "Ana Costa", Aliases: []string{"Ana Costa", "Costa"}}, 0, "Ana Costa")
	paulo := b.node(graph.Node{ID: graph.ActorID("Paulo Costa"), Kind: graph.Person, Name: "Paulo Costa", Aliases: []string{"Paulo Costa", "Costa"}}, 0, "Paulo Costa")
	f.merge(t, b)
	for _, q := range []string{
		`{ path(from: "Costa", to: "China") { length } }`,
		`{ neighborhood(id: "costa") { nodes { id } } }`,
		`{ relations(source: "Costa") { totalCount } }`,
	} {
		r := ts.query(t, q, nil)
		got := candidateIDs(t, r)
		slices.Sort(got)
		want := []string{ana, paulo}
		slices.Sort(want)
		if r.code() != CodeAmbiguousName || !slices.Equal(got, want) || !strings.Contains(r.Errors[0].Message, ana) || !strings.Contains(r.Errors[0].Message, paulo) {
			t.Errorf("%s: %s", q, r.raw)
		}
	}
	// The full name is one of them.
	same("a full name beside an ambiguous surname",
		`{ neighborhood(id: "`+ana+`") { nodes { id } } }`,
		`{ neighborhood(id: "Ana Costa") { nodes { id } } }`)
}

// TestFullNameSurnameCandidates: nu19 A11 — neighborhood(id: "Mike Pence") was NOT_FOUND with
// empty candidates though the person "Pence" (alias "Vice President Pence") exists. A full
// personal name no node has is AMBIGUOUS_NAME with the persons named by its surname alone as
// candidates, to be asked again by ID; a person with another given name is none.
func TestFullNameSurnameCandidates(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	b := newArticle(t, "https://example.com/hudson", "Remarks on policy", "2018-10-04",
		"Vice President Pence criticized the levy.", "Nadia Costa welcomed it.")
	pence := b.node(graph.Node{ID: graph.ActorID("Pence"), Kind: graph.Person, Name: "Pence", Aliases: []string{"Pence", "Vice President Pence"}}, 0, "Vice President Pence")
	b.node(graph.Node{ID: graph.ActorID("Nadia Costa"), Kind: graph.Person, Name: "Nadia Costa", Aliases: []string{"Nadia Costa", "Costa"}}, 1, "Nadia Costa")
	f.merge(t, b)
	for _, q := range []string{
		`{ neighborhood(id: "Mike Pence") { nodes { id } } }`,
		`{ relations(source: "mike pence") { totalCount } }`,
	} {
		r := ts.query(t, q, nil)
		if got := candidateIDs(t, r); r.code() != CodeAmbiguousName || !slices.Equal(got, []string{pence}) ||
			!strings.Contains(r.Errors[0].Message, `persons named by its surname "pence": Pence (`+pence+`)`) {
			t.Errorf("%s: %s", q, r.raw)
		}
	}
	if r := ts.query(t, `{ neighborhood(id: "Maria Costa") { nodes { id } } }`, nil); r.code() != CodeNotFound {
		t.Errorf("another given name is another person: %s", r.raw)
	}
}

// candidateIDs are the IDs in the first error's extensions.candidates.
func candidateIDs(t *testing.T, r *gqlResponse) []string {
	t.Helper()
	if len(r.Errors) == 0 {
		return nil
	}
	b, _ := json.Marshal(r.Errors[0].Extensions["candidates"])
	var cs []struct{ ID, Kind, Label string }
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatalf("candidates: %v (%s)", err, b)
	}
	var out []string
	for _, c := range cs {
		if c.ID == "" || c.Kind == "" || c.Label == "" {
			t.Errorf("candidate without id, kind or label: %s", b)
		}
		out = append(out, c.ID)
	}
	return out
}
