package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// Corpus-scale behaviour of `claimgraph load`, driven through run(): bad inputs are reported and
// skipped, a corpus loaded twice is the same graph as loaded once, entities resolve across
// articles, relations pool evidence, updates replace and delete removes, metadata and date
// filters reach GraphQL.

// runCmd runs one command line and returns its exit code, stdout and stderr.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// mustLoad loads paths into db and fails the test unless the load succeeds.
func mustLoad(t *testing.T, db string, paths ...string) string {
	t.Helper()
	code, out, errs := runCmd(t, append([]string{"load", "--db", db, "--no-progress"}, paths...)...)
	if code != exitOK {
		t.Fatalf("load %v: exit %d\nstdout: %s\nstderr: %s", paths, code, out, errs)
	}
	return out
}

// withStore opens a store read-only for the test's own checks and closes it when fn returns (an
// open store, even read-only, locks out the next command's writes).
func withStore(t *testing.T, db string, fn func(s *graph.Store)) {
	t.Helper()
	s, err := graph.Open(graph.DefaultOptions(db).WithReadOnly(true))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fn(s)
}

func stats(t *testing.T, db string) graph.Stats {
	t.Helper()
	var st graph.Stats
	withStore(t, db, func(s *graph.Store) {
		var err error
		if st, err = s.Stats(context.Background()); err != nil {
			t.Fatal(err)
		}
	})
	return st
}

// snapshot lists everything a store answers — articles, nodes, relations with evidence, every
// node's mentions — as sorted JSON lines, for comparing two stores.
func snapshot(t *testing.T, db string) (lines []string) {
	t.Helper()
	withStore(t, db, func(s *graph.Store) { lines = snapshotOf(t, s) })
	return lines
}

func snapshotOf(t *testing.T, s *graph.Store) []string {
	ctx := context.Background()
	var lines []string
	add := func(kind string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, kind+" "+string(b))
	}
	for after := ""; ; {
		p, err := s.Articles(ctx, graph.PageArgs{First: 500, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range p.Items {
			add("article", a)
		}
		if !p.HasNext {
			break
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
	for after := ""; ; {
		p, err := s.Nodes(ctx, graph.NodeFilter{}, graph.PageArgs{First: 500, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range p.Items {
			add("node", n)
			m, err := s.Mentions(ctx, n.ID, graph.PageArgs{First: 100000})
			if err != nil {
				t.Fatal(err)
			}
			add("mentions", m.Items)
		}
		if !p.HasNext {
			break
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
	for after := ""; ; {
		p, err := s.Relations(ctx, graph.RelationFilter{}, graph.PageArgs{First: 500, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Items {
			add("relation", r)
		}
		if !p.HasNext {
			break
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
	slices.Sort(lines)
	return lines
}

// gql runs a GraphQL query on a store directory and decodes its data into out.
func gql(t *testing.T, db, query string, out any) {
	t.Helper()
	withStore(t, db, func(s *graph.Store) {
		res := schema.Execute(context.Background(), s, query, nil, "")
		if len(res.Errors) > 0 {
			t.Fatalf("query %s: %v", query, res.Errors)
		}
		b, _ := json.Marshal(res.Data)
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatal(err)
		}
	})
}

type actorNode struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Label   string   `json:"label"`
	Aliases []string `json:"aliases"`
}

func allActors(t *testing.T, db string) []actorNode {
	t.Helper()
	var d struct {
		Nodes struct {
			Nodes []actorNode `json:"nodes"`
		} `json:"nodes"`
	}
	gql(t, db, `{ nodes(kinds: [PERSON, ORGANIZATION, GOVERNMENT, COUNTRY, GROUP], first: 1000) { nodes { id kind label ... on Actor { aliases } } } }`, &d)
	return d.Nodes.Nodes
}

func TestLoadSkipsBadArticlesAndReportsThem(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	good := `{"url": "https://example.com/%d", "title": "Talks %d", "published": "2019-05-1%d", "text": "Treasury Secretary Steven Mnuchin said the talks would continue next week in Beijing (round %d)."}`
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(in, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.jsonl", strings.Join([]string{
		fmt.Sprintf(good, 1, 1, 1, 1),
		`{"url": "https://example.com/broken", "text": "unterminated`,
		`{"url": "https://example.com/empty", "text": "   "}`,
		fmt.Sprintf(good, 2, 2, 2, 2),
		`{"url": "https://example.com/none", "title": "no text"}`,
	}, "\n")+"\n")
	write("b.txt", "Chinese officials rejected the American demands on Tuesday, the Foreign Ministry said.\n")
	write("binary.txt", "\x00\x01\x02PK\x03\x04 not text at all \x00\x00")
	write("empty.txt", "\n\n  \n")
	if err := os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(in, "gone.txt")); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "db")

	code, out, errs := runCmd(t, "load", "--db", db, "--no-progress", in)
	if code != exitRuntime {
		t.Errorf("exit code %d, want %d when some articles fail", code, exitRuntime)
	}
	for _, want := range []string{
		"a.jsonl:2: invalid JSON",
		"a.jsonl:3: empty document",
		`a.jsonl:5: record has no "text" or "html" field`,
		"binary.txt: binary content",
		"empty.txt: empty document",
		"gone.txt: cannot read",
		"6 of 9 articles failed",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "read 9 articles: 3 new, 0 unchanged, 0 replaced, 6 failed;") {
		t.Errorf("summary: %s", out)
	}
	if st := stats(t, db); st.Articles != 3 {
		t.Errorf("store holds %+v; want the 3 good articles", st)
	}
}

// sharedCorpus returns the shared corpus and dev-article folders, skipping the test when the
// checkout has none.
func sharedCorpus(t *testing.T) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("loads the shared corpus three times; skipped with -short")
	}
	paths := []string{"../../../shared/corpus", "../../../shared/eval/articles"}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("no %s: %v", p, err)
		}
	}
	return paths
}

// orphans lists the nodes (articles aside) of a store that no relation and no mention supports.
func orphans(t *testing.T, db string) (out []string) {
	t.Helper()
	ctx := context.Background()
	withStore(t, db, func(s *graph.Store) {
		for after := ""; ; {
			p, err := s.Nodes(ctx, graph.NodeFilter{}, graph.PageArgs{First: 500, After: after})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range p.Items {
				r, err := s.Relations(ctx, graph.RelationFilter{Node: n.ID}, graph.PageArgs{First: 1}, graph.WithoutEvidence())
				if err != nil {
					t.Fatal(err)
				}
				m, err := s.Mentions(ctx, n.ID, graph.PageArgs{First: 1})
				if err != nil {
					t.Fatal(err)
				}
				if len(r.Items) == 0 && len(m.Items) == 0 {
					out = append(out, string(n.Kind)+" "+n.Label())
				}
			}
			if !p.HasNext {
				break
			}
			after = p.Cursors[len(p.Cursors)-1]
		}
	})
	return out
}

func TestCorpusTwiceIsTheSameGraph(t *testing.T) {
	paths := sharedCorpus(t)
	dir := t.TempDir()
	once, twice := filepath.Join(dir, "once"), filepath.Join(dir, "twice")
	mustLoad(t, once, paths...)
	first := mustLoad(t, twice, paths...)
	second := mustLoad(t, twice, paths...)
	var n int
	if _, err := fmt.Sscanf(first, "read %d articles", &n); err != nil || n < 20 {
		t.Fatalf("first load: %q (%v)", first, err)
	}
	// The corpus holds pages as .txt and .html twins: the second of each is a duplicate of the
	// first in both loads, and every other article is unchanged the second time. The parts of
	// the summary add up to the number read (issue: "27 read, 7 duplicates, 20 stored").
	d := 0
	if m := regexp.MustCompile(`(\d+) duplicates? of another input`).FindStringSubmatch(first); m != nil {
		d, _ = strconv.Atoi(m[1])
	}
	dup := ""
	if d > 0 {
		dup = fmt.Sprintf(", %s of another input", plural(d, "duplicate"))
	}
	if want := fmt.Sprintf("read %d articles: %d new, 0 unchanged, 0 replaced%s, 0 failed;", n, n-d, dup); !strings.HasPrefix(first, want) {
		t.Errorf("first load: %q, want %q", first, want)
	}
	want := fmt.Sprintf("read %d articles: 0 new, %d unchanged, 0 replaced%s, 0 failed;", n, n-d, dup)
	if !strings.HasPrefix(second, want) {
		t.Errorf("second load: %q, want %q", second, want)
	}
	sameSnapshot(t, "loading once", "loading twice", snapshot(t, once), snapshot(t, twice))

	// Every node is explained by a relation or a mention: nothing stored without a fact.
	if o := orphans(t, once); len(o) > 0 {
		t.Errorf("%d nodes with no relation and no mention: %q", len(o), o)
	}

	// One node per entity across the corpus.
	actors := allActors(t, once)
	holders := func(match func(n actorNode) bool) []string {
		var out []string
		for _, n := range actors {
			if match(n) {
				out = append(out, n.Kind+" "+n.Label)
			}
		}
		return out
	}
	hasToken := func(n actorNode, tok string) bool {
		for _, a := range append([]string{n.Label}, n.Aliases...) {
			if slices.Contains(strings.Fields(a), tok) {
				return true
			}
		}
		return false
	}
	hasAlias := func(n actorNode, names ...string) bool {
		return slices.ContainsFunc(n.Aliases, func(a string) bool {
			return slices.ContainsFunc(names, func(x string) bool { return strings.EqualFold(a, x) })
		})
	}
	for name, got := range map[string][]string{
		"Mnuchin":       holders(func(n actorNode) bool { return hasToken(n, "Mnuchin") }),
		"Trump":         holders(func(n actorNode) bool { return n.Kind == "PERSON" && hasToken(n, "Trump") }),
		"China":         holders(func(n actorNode) bool { return hasAlias(n, "China") }),
		"United States": holders(func(n actorNode) bool { return hasAlias(n, "United States", "U.S.", "US", "America") }),
	} {
		if len(got) != 1 {
			t.Errorf("%s is %d nodes: %q", name, len(got), got)
		}
	}
}

// Two articles with the same text (one article republished by another outlet): every relation is
// one Relation with one evidence per article and a confidence that does not fall.
const talksText = `Treasury Secretary Steven Mnuchin said on Friday that the United States would impose new tariffs on Chinese steel. "We will not accept these terms," Mr. Mnuchin told reporters. China's Commerce Ministry rejected the American demands and threatened retaliation against American farm goods.`

func record(url, title, published, outlet, text string, authors ...string) string {
	b, _ := json.Marshal(map[string]any{"url": url, "title": title, "published": published, "outlet": outlet,
		"authors": authors, "text": text})
	return string(b) + "\n"
}

type relNode struct {
	ID         string  `json:"id"`
	Type       string  `json:"type"`
	Confidence float64 `json:"confidence"`
	Evidence   []struct {
		Sentence int `json:"sentence"`
		Article  struct {
			ID          string `json:"id"`
			PublishedAt string `json:"publishedAt"`
		} `json:"article"`
	} `json:"evidence"`
}

func relations(t *testing.T, db, args string) []relNode {
	t.Helper()
	var d struct {
		Relations struct {
			Nodes []relNode `json:"nodes"`
		} `json:"relations"`
	}
	q := `{ relations(first: 1000` + args + `) { nodes { id type confidence evidence { sentence article { id publishedAt } } } } }`
	gql(t, db, q, &d)
	return d.Relations.Nodes
}

// TestRepublishedArticlePoolsEvidence: a second outlet's version of a story (its own note added:
// not the same text, so another article) adds its evidence to the same relations. The very same
// text under a second URL is one article (TestReloadWithAndWithoutManifest). Relations with a
// local end ("these terms": README `local`, a node whose identity holds only in its article) are
// each article's own, never merged across articles, so the pooling is checked on the others
// (relations(local: false)); the second article adds local relations of its own ("Mnuchin
// OPPOSES these terms" once per article), except those a local office shares through its holder
// (MEMBER_OF Treasury, README `local`: "or its office holders").
func TestRepublishedArticlePoolsEvidence(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one.jsonl"), filepath.Join(dir, "two.jsonl")
	os.WriteFile(one, []byte(record("https://a.example/talks", "Talks", "2019-05-10", "A", talksText)), 0o644)
	os.WriteFile(two, []byte(record("https://b.example/talks", "Talks", "2019-06-20", "B", talksText+"\n\nThis story has been updated to add a photograph.")), 0o644)
	db := filepath.Join(dir, "db")
	mustLoad(t, db, one)
	before := relations(t, db, ", local: false")
	if len(before) == 0 {
		t.Fatal("the extractor found no relation in the test article")
	}
	localBefore := len(relations(t, db, "")) - len(before)
	mustLoad(t, db, two)
	after := relations(t, db, ", local: false")
	if len(after) != len(before) {
		t.Errorf("%d relations after the second source, %d before: a relation was duplicated", len(after), len(before))
	}
	if localAfter := len(relations(t, db, "")) - len(after); localBefore > 0 && (localAfter <= localBefore || localAfter > 2*localBefore) {
		t.Errorf("%d relations with a local end after the second source, %d before: want the second article's own added", localAfter, localBefore)
	}
	conf := map[string]float64{}
	for _, r := range before {
		conf[r.ID] = r.Confidence
	}
	for _, r := range after {
		old, ok := conf[r.ID]
		if !ok {
			t.Errorf("relation %s %s is new after loading the story again", r.ID, r.Type)
			continue
		}
		arts := map[string]int{}
		for _, e := range r.Evidence {
			arts[e.Article.ID]++
		}
		if len(arts) != 2 || len(r.Evidence) != 2*arts[r.Evidence[0].Article.ID] {
			t.Errorf("relation %s: evidence by article %v, want the same sentences from both", r.Type, arts)
		}
		if r.Confidence < old || (old < 0.99 && r.Confidence <= old) {
			t.Errorf("relation %s: confidence %v after two sources, %v after one", r.Type, r.Confidence, old)
		}
	}

	// Date filters: the second source is the only one after June 1st; nothing before 2019.
	if got := relations(t, db, `, local: false, from: "2019-06-01"`); len(got) != len(after) {
		t.Errorf("relations(from: 2019-06-01) = %d, want %d", len(got), len(after))
	}
	if got := relations(t, db, `, to: "2018-12-31"`); len(got) != 0 {
		t.Errorf("relations(to: 2018-12-31) = %d, want 0", len(got))
	}
	if got := relations(t, db, `, from: "2019-05-11", to: "2019-06-19"`); len(got) != 0 {
		t.Errorf("relations between the two dates = %d, want 0", len(got))
	}
}

func TestMetadataAndDateFilters(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	other := `Chinese Foreign Minister Wang Yi criticized the European Union's new export controls on Monday and demanded that Brussels withdraw them.`
	os.WriteFile(in, []byte(
		record("https://a.example/talks", "Mnuchin on tariffs", "2019-05-10", "Example Times", talksText, "Ann Lee", "Bo Chen")+
			record("https://c.example/eu", "Wang on export controls", "2023-03-10", "Other Post", other, "Dee Roe")), 0o644)
	db := filepath.Join(dir, "db")
	mustLoad(t, db, in)

	var d struct {
		Articles struct {
			Nodes []struct {
				ID, Title, URL, PublishedAt, Outlet string
				Authors                             []string
			} `json:"nodes"`
		} `json:"articles"`
	}
	gql(t, db, `{ articles { nodes { id title url publishedAt outlet authors } } }`, &d)
	got := map[string]string{}
	for _, a := range d.Articles.Nodes {
		got[a.URL] = fmt.Sprintf("%s|%s|%s|%s", a.Title, a.PublishedAt, a.Outlet, strings.Join(a.Authors, ","))
	}
	want := map[string]string{
		"https://a.example/talks": "Mnuchin on tariffs|2019-05-10|Example Times|Ann Lee,Bo Chen",
		"https://c.example/eu":    "Wang on export controls|2023-03-10|Other Post|Dee Roe",
	}
	for url, w := range want {
		if got[url] != w {
			t.Errorf("article %s: %q, want %q", url, got[url], w)
		}
	}

	// Every relation and node answered for a date range has evidence or a mention from an
	// article published in it, and the two ranges split the graph.
	all, early, late := relations(t, db, ""), relations(t, db, `, to: "2019-12-31"`), relations(t, db, `, from: "2020-01-01"`)
	if len(early) == 0 || len(late) == 0 || len(early)+len(late) != len(all) {
		t.Errorf("relations: %d in all, %d up to 2019, %d from 2020", len(all), len(early), len(late))
	}
	for _, r := range late {
		for _, e := range r.Evidence {
			if e.Article.PublishedAt != "2023-03-10" {
				t.Errorf("relation %s from 2020 on has evidence of %s", r.Type, e.Article.PublishedAt)
			}
		}
	}
	var nd struct {
		Nodes struct {
			Nodes []struct{ Label string } `json:"nodes"`
		} `json:"nodes"`
	}
	gql(t, db, `{ nodes(from: "2023-01-01", to: "2023-12-31", kinds: [PERSON]) { nodes { label } } }`, &nd)
	var people []string
	for _, n := range nd.Nodes.Nodes {
		people = append(people, n.Label)
	}
	if !slices.Contains(people, "Wang Yi") || slices.Contains(people, "Steven Mnuchin") {
		t.Errorf("people in 2023 articles: %q, want Wang Yi and not Steven Mnuchin", people)
	}
}

func TestUpdateReplacesAndDeleteRemoves(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	v1, v2 := filepath.Join(dir, "v1.jsonl"), filepath.Join(dir, "v2.jsonl")
	url := "https://a.example/story"
	os.WriteFile(v1, []byte(record(url, "Story", "2019-05-10", "A", talksText)), 0o644)
	os.WriteFile(v2, []byte(record(url, "Story (corrected)", "2019-05-11", "A",
		`Chinese Foreign Minister Wang Yi criticized the European Union's new export controls on Monday and demanded that Brussels withdraw them.`)), 0o644)

	mustLoad(t, db, v1)
	first := snapshot(t, db)
	if out := mustLoad(t, db, v1); !strings.Contains(out, "read 1 article: 0 new, 1 unchanged, 0 replaced, 0 failed;") {
		t.Errorf("reloading identical content: %s", out)
	}
	if again := snapshot(t, db); !slices.Equal(first, again) {
		t.Error("reloading identical content changed the store")
	}

	if out := mustLoad(t, db, v2); !strings.Contains(out, "read 1 article: 0 new, 0 unchanged, 1 replaced, 0 failed;") {
		t.Errorf("loading new text under the same URL: %s", out)
	}
	labels := func() []string {
		var out []string
		for _, n := range allActors(t, db) {
			out = append(out, n.Label)
		}
		return out
	}
	got := labels()
	if slices.Contains(got, "Steven Mnuchin") || !slices.Contains(got, "Wang Yi") {
		t.Errorf("after the replacement the actors are %q: the old text's actors must go, the new one's come", got)
	}
	fresh := filepath.Join(dir, "fresh")
	mustLoad(t, fresh, v2)
	if a, b := snapshot(t, db), snapshot(t, fresh); !slices.Equal(a, b) {
		t.Errorf("a replaced article differs from loading the new version into an empty store (%d vs %d lines)", len(a), len(b))
	}

	var d struct {
		Articles struct {
			Nodes []struct{ ID string } `json:"nodes"`
		} `json:"articles"`
	}
	gql(t, db, `{ articles { nodes { id } } }`, &d)
	if len(d.Articles.Nodes) != 1 {
		t.Fatalf("%d articles, want 1", len(d.Articles.Nodes))
	}
	id := d.Articles.Nodes[0].ID
	if code, out, errs := runCmd(t, "delete", "--db", db, "--article", id); code != exitOK || !strings.Contains(out, id) {
		t.Fatalf("delete: exit %d, %s %s", code, out, errs)
	}
	if st := stats(t, db); st != (graph.Stats{}) {
		t.Errorf("after deleting the only article the store holds %+v", st)
	}
	if code, _, errs := runCmd(t, "delete", "--db", db, "--article", id); code != exitRuntime || !strings.Contains(errs, "no article") {
		t.Errorf("deleting it again: exit %d, %s", code, errs)
	}
}

// TestLoadOrderOfPaths: the same files named in two orders give the same store, IDs included.
// Entity resolution is incremental (the second article's "Donald Trump" joins the first one's
// "President Trump" and keeps its ID), so the load sorts its PATHs.
func TestLoadOrderOfPaths(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"a", "b"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := fileWriter(t, dir)
	a := filepath.Join(dir, "a")
	b := filepath.Join(dir, "b")
	write("a/1.txt", "President Trump criticized the new steel tariffs on Monday, the White House said.")
	write("b/2.txt", "Donald Trump praised the trade agreement with Mexico on Tuesday.")
	ab, ba := filepath.Join(dir, "ab"), filepath.Join(dir, "ba")
	mustLoad(t, ab, a, b)
	mustLoad(t, ba, b, a)
	sameSnapshot(t, "loading a, b", "loading b, a", snapshot(t, ab), snapshot(t, ba))
}

// sameSnapshot reports, once, where two store snapshots (snapshot's lines) first differ.
func sameSnapshot(t *testing.T, what1, what2 string, a, b []string) {
	t.Helper()
	if slices.Equal(a, b) {
		return
	}
	t.Errorf("%s and %s differ (%d vs %d lines)", what1, what2, len(a), len(b))
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			t.Errorf("first difference:\n%s: %.300s\n%s: %.300s", what1, a[i], what2, b[i])
			break
		}
	}
}
