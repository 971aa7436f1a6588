package schema

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// The research fields through the HTTP handler over the fixture: articles(from, to, search,
// outlet, orderBy), relation ordering and filters, evidence kept to a list's date window, ranked
// search, last/before, path, timeline and relationCounts.

func TestArticlesFiltersAndOrder(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	type arts struct {
		Articles struct {
			TotalCount int `json:"totalCount"`
			Nodes      []struct {
				ID              string `json:"id"`
				PublishedAt     string `json:"publishedAt"`
				PublishedSource string `json:"publishedSource"`
			} `json:"nodes"`
		} `json:"articles"`
	}
	for _, tc := range []struct {
		args string
		want []string
	}{
		{`from: "2018-06-01"`, []string{f.art2}},
		{`to: "2018-05-31"`, []string{f.art1}},
		{`search: "HARD LINE"`, []string{f.art1}},
		{`search: "imposed tariffs on chinese goods"`, []string{f.art2}},
		{`outlet: "test wire"`, []string{f.art1, f.art2}}, // default order: published ascending
		{`first: 10`, []string{f.art1, f.art2}},
		{`orderBy: {field: ID}`, sortedIDs(f.art1, f.art2)},
		{`outlet: "Other"`, nil},
		{`orderBy: {field: PUBLISHED, direction: DESC}`, []string{f.art2, f.art1}},
		{`orderBy: {field: PUBLISHED}`, []string{f.art1, f.art2}},
		{`orderBy: {field: LABEL}`, []string{f.art1, f.art2}}, // "China takes…" < "Tariffs imposed"
		{`last: 1`, []string{f.art2}},
	} {
		var d arts
		ts.query(t, `{ articles(`+tc.args+`) { totalCount nodes { id publishedAt publishedSource } } }`, nil).decode(t, &d)
		var got []string
		for _, a := range d.Articles.Nodes {
			got = append(got, a.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("articles(%s) = %v, want %v", tc.args, got, tc.want)
		}
	}
	if r := ts.query(t, `{ articles(from: "May 3") { totalCount } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("bad date: %+v", r.Errors)
	}
	if r := ts.query(t, `{ articles(orderBy: {field: CONFIDENCE}) { totalCount } }`, nil); len(r.Errors) == 0 {
		t.Error("articles ordered by CONFIDENCE: no error")
	}
}

type relPage struct {
	Relations struct {
		TotalCount int `json:"totalCount"`
		PageInfo   struct {
			HasNextPage     bool   `json:"hasNextPage"`
			HasPreviousPage bool   `json:"hasPreviousPage"`
			StartCursor     string `json:"startCursor"`
			EndCursor       string `json:"endCursor"`
		} `json:"pageInfo"`
		Nodes []struct {
			ID            string  `json:"id"`
			Confidence    float64 `json:"confidence"`
			EvidenceCount int     `json:"evidenceCount"`
			Negated       bool    `json:"negated"`
			Hedged        bool    `json:"hedged"`
			Evidence      []struct {
				Article struct {
					PublishedAt string `json:"publishedAt"`
				} `json:"article"`
			} `json:"evidence"`
		} `json:"nodes"`
	} `json:"relations"`
}

func (p relPage) ids() []string {
	var out []string
	for _, n := range p.Relations.Nodes {
		out = append(out, n.ID)
	}
	return out
}

func TestRelationOrderingAndFilters(t *testing.T) {
	f := newFixture(t)
	// restate the sanctions in a third article so evidence counts differ
	b := newArticle(t, "https://example.com/trade-3", "More tariffs", "2018-07-01", "The United States imposed tariffs on Chinese steel.")
	b.rel(graph.Relation{Type: graph.Sanctions, Source: b.actor(graph.Country, "United States", 0, "United States"), Target: b.actor(graph.Country, "China", 0, "Chinese")}, 0, "imposed tariffs")
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})
	q := func(args string) relPage {
		t.Helper()
		var d relPage
		ts.query(t, `{ relations(`+args+`) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id confidence evidenceCount negated hedged evidence { article { publishedAt } } } } }`, nil).decode(t, &d)
		return d
	}
	if d := q(`orderBy: {field: EVIDENCE_COUNT, direction: DESC}, first: 1`); d.ids()[0] != f.sanctions || d.Relations.Nodes[0].EvidenceCount != 2 || !d.Relations.PageInfo.HasNextPage {
		t.Errorf("most evidence first: %+v", d.Relations)
	}
	d := q(`orderBy: {field: CONFIDENCE, direction: DESC}`)
	if !slices.IsSortedFunc(d.Relations.Nodes, func(a, b struct {
		ID            string  `json:"id"`
		Confidence    float64 `json:"confidence"`
		EvidenceCount int     `json:"evidenceCount"`
		Negated       bool    `json:"negated"`
		Hedged        bool    `json:"hedged"`
		Evidence      []struct {
			Article struct {
				PublishedAt string `json:"publishedAt"`
			} `json:"article"`
		} `json:"evidence"`
	}) int {
		switch {
		case a.Confidence > b.Confidence:
			return -1
		case a.Confidence < b.Confidence:
			return 1
		}
		return 0
	}) || d.ids()[0] != f.sanctions {
		t.Errorf("by confidence: %v", d.ids())
	}
	if d := q(`orderBy: {field: PUBLISHED, direction: DESC}, first: 2`); !slices.Contains(d.ids(), f.sanctions) && !slices.Contains(d.ids(), f.notOpposeTalks) {
		t.Errorf("latest first: %v", d.ids())
	}
	if d := q(`negated: true`); !slices.Equal(d.ids(), []string{f.notOpposeTalks}) {
		t.Errorf("negated: %v", d.ids())
	}
	if d := q(`hedged: true`); !slices.Equal(d.ids(), []string{f.offersRelief}) {
		t.Errorf("hedged: %v", d.ids())
	}
	if d := q(`hedged: false, negated: false`); d.Relations.TotalCount != fixtureRelations-2 {
		t.Errorf("neither: %d", d.Relations.TotalCount)
	}
	if d := q(`minConfidence: 0.85`); !slices.Equal(d.ids(), []string{f.sanctions}) {
		t.Errorf("minConfidence 0.85: %v", d.ids())
	}
	if r := ts.query(t, `{ relations(minConfidence: 2) { totalCount } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("minConfidence 2: %+v", r.Errors)
	}

	// A date-filtered list keeps each relation's evidence to its window.
	d = q(`from: "2018-06-01", to: "2018-06-30"`)
	for _, n := range d.Relations.Nodes {
		for _, e := range n.Evidence {
			if e.Article.PublishedAt != "2018-06-15" {
				t.Errorf("relation %s: evidence of %s outside June", n.ID, e.Article.PublishedAt)
			}
		}
		// evidenceCount counts the window too (the sanctions have 2 sentences, 1 in June)
		if n.EvidenceCount != len(n.Evidence) {
			t.Errorf("relation %s: evidenceCount %d, %d evidence items in June", n.ID, n.EvidenceCount, len(n.Evidence))
		}
	}
	if !slices.Contains(d.ids(), f.sanctions) {
		t.Fatalf("June: %v", d.ids())
	}
	// evidence(from:, to:) still overrides the window; without a window all evidence comes.
	var w struct {
		Relations struct {
			Nodes []struct {
				ID  string `json:"id"`
				All []any  `json:"all"`
			} `json:"nodes"`
		} `json:"relations"`
		Plain struct {
			Nodes []struct {
				ID       string `json:"id"`
				Evidence []any  `json:"evidence"`
			} `json:"nodes"`
		} `json:"plain"`
	}
	ts.query(t, `{ relations(from: "2018-06-01", to: "2018-06-30", types: [SANCTIONS]) { nodes { id all: evidence(from: "2018-01-01") { text } } }
		plain: relations(types: [SANCTIONS]) { nodes { id evidence { text } } } }`, nil).decode(t, &w)
	if len(w.Relations.Nodes) != 1 || len(w.Relations.Nodes[0].All) != 2 || len(w.Plain.Nodes[0].Evidence) != 2 {
		t.Errorf("explicit evidence window or no window: %+v", w)
	}

	// Backward paging: last/before walks the list back to its start.
	all := q(`first: 100`).ids()
	var back []string
	before := ""
	for i := 0; i < 10; i++ {
		args := `last: 3`
		if before != "" {
			args += `, before: "` + before + `"`
		}
		p := q(args)
		back = append(p.ids(), back...)
		if !p.Relations.PageInfo.HasPreviousPage {
			break
		}
		before = p.Relations.PageInfo.StartCursor
	}
	if !slices.Equal(back, all) {
		t.Errorf("backward %v, forward %v", back, all)
	}
	if r := ts.query(t, `{ relations(first: 1, last: 1) { totalCount } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("first and last: %+v", r.Errors)
	}
	if r := ts.query(t, `{ relations(before: "nope") { totalCount } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("bad before: %+v", r.Errors)
	}

	// The same filters on a node's relations.
	var nd struct {
		Node struct {
			Relations struct {
				Nodes []struct{ ID string } `json:"nodes"`
			} `json:"relations"`
		} `json:"node"`
	}
	ts.query(t, `query($id: ID!) { node(id: $id) { ... on Actor { relations(negated: false, orderBy: {field: LABEL}) { nodes { id } } } } }`, map[string]any{"id": f.china}).decode(t, &nd)
	var got []string
	for _, n := range nd.Node.Relations.Nodes {
		got = append(got, n.ID)
	}
	if slices.Contains(got, f.notOpposeTalks) || !slices.Contains(got, f.supportsMIC) {
		t.Errorf("China's affirmed relations: %v", got)
	}
}

func TestSearchIsRanked(t *testing.T) {
	f := newFixture(t)
	a := newArticle(t, "https://example.com/x", "Others", "2018-05-04",
		"Mexico and the Unified Marxist-Leninist party met Xi Jinping.")
	mx := a.actor(graph.Country, "Mexico", 0, "Mexico")
	uml := a.actor(graph.Organization, "Unified Marxist-Leninist", 0, "Unified Marxist-Leninist")
	xi := a.actor(graph.Person, "Xi Jinping", 0, "Xi Jinping")
	f.merge(t, a)
	ts := newTestServer(t, f, Options{})
	var d struct {
		Nodes struct {
			Nodes []nodeOut `json:"nodes"`
		} `json:"nodes"`
	}
	ts.query(t, `{ nodes(search: "xi") { nodes { id label } } }`, nil).decode(t, &d)
	if got := idsOf(d.Nodes.Nodes); !slices.Equal(got, []string{xi, mx, uml}) {
		t.Errorf("search xi: %v, want Xi Jinping, Mexico, Unified Marxist-Leninist", d.Nodes.Nodes)
	}
	ts.query(t, `{ nodes(search: "xi", orderBy: {field: LABEL}) { nodes { id label } } }`, nil).decode(t, &d)
	if got := idsOf(d.Nodes.Nodes); !slices.Equal(got, []string{mx, uml, xi}) {
		t.Errorf("search xi by label: %v", d.Nodes.Nodes)
	}
}

func TestPathQuery(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var d struct {
		Path []struct {
			Length    int       `json:"length"`
			Nodes     []nodeOut `json:"nodes"`
			Relations []struct {
				Type     string `json:"type"`
				Evidence []struct {
					Text string `json:"text"`
				} `json:"evidence"`
			} `json:"relations"`
		} `json:"path"`
	}
	// United States -SANCTIONS-> China -SUPPORTS-> Made in China 2025
	ts.query(t, `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { id label } relations { type evidence { text } } } }`,
		map[string]any{"a": f.usa, "b": f.mic2025}).decode(t, &d)
	if len(d.Path) == 0 {
		t.Fatal("no path")
	}
	p := d.Path[0]
	if p.Length != 2 || !slices.Equal(idsOf(p.Nodes), []string{f.usa, f.china, f.mic2025}) ||
		p.Relations[0].Type != "SANCTIONS" || len(p.Relations[0].Evidence) == 0 || !strings.Contains(p.Relations[1].Evidence[0].Text, "Made in China 2025") {
		t.Errorf("path %+v", p)
	}
	// Against the direction of SANCTIONS there is none.
	ts.query(t, `query($a: ID!, $b: ID!) { path(from: $a, to: $b, direction: IN) { length } }`,
		map[string]any{"a": f.usa, "b": f.mic2025}).decode(t, &d)
	if len(d.Path) != 0 {
		t.Errorf("direction IN: %+v", d.Path)
	}
	// Too short a maxDepth answers [] with a notice naming the length that would do; a path
	// that exists at no depth says so; a found path has no notice (new-user trial 29, finding 19).
	r := ts.query(t, `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxDepth: 1) { length } }`, map[string]any{"a": f.usa, "b": f.mic2025})
	if n := r.Extensions.Notices; len(n) != 1 || n[0].Code != NoticePathDepth || !strings.Contains(n[0].Message, "ask again with maxDepth: 2") || len(n[0].Path) != 1 || n[0].Path[0] != "path" {
		t.Errorf("maxDepth 1: notices %+v", n)
	}
	r = ts.query(t, `query($a: ID!, $b: ID!) { path(from: $a, to: $b, direction: IN) { length } }`, map[string]any{"a": f.usa, "b": f.mic2025})
	if n := r.Extensions.Notices; len(n) != 1 || !strings.Contains(n[0].Message, "not connected") {
		t.Errorf("direction IN: notices %+v", n)
	}
	if r = ts.query(t, `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length } }`, map[string]any{"a": f.usa, "b": f.mic2025}); len(r.Extensions.Notices) != 0 {
		t.Errorf("found path: notices %+v", r.Extensions.Notices)
	}
	// Past the work bound: a clear error with its own code.
	defer func(b int) { pathBudget = b }(pathBudget)
	pathBudget = 2
	if r := ts.query(t, `{ path(from: "`+f.usa+`", to: "`+f.mic2025+`") { length } }`, nil); r.code() != CodePathBudget || !strings.Contains(r.Errors[0].Message, "lower maxDepth") {
		t.Errorf("past the bound: %+v", r.Errors)
	}
	pathBudget = graph.DefaultPathBudget
	for args, code := range map[string]string{
		`maxDepth: 9`:       CodeBadArgument,
		`k: 0`:              CodeBadArgument,
		`to: "a_nothing"`:   CodeNotFound,
		`to: "not an id"`:   CodeNotFound,
		`types: [CITES]`:    "",
		`direction: OUT`:    "",
		`maxDepth: 1, k: 2`: "",
	} {
		q := `{ path(from: "` + f.usa + `", to: "` + f.mic2025 + `", ` + args + `) { length } }`
		if strings.Contains(args, "to:") {
			q = `{ path(from: "` + f.usa + `", ` + args + `) { length } }`
		}
		if r := ts.query(t, q, nil); r.code() != code {
			t.Errorf("path(%s): code %q, want %q (%+v)", args, r.code(), code, r.Errors)
		}
	}
	// A missing end is named alone; the end that exists is not.
	if r := ts.query(t, `{ path(from: "`+f.usa+`", to: "a_nothing") { length } }`, nil); r.code() != CodeNotFound ||
		!strings.Contains(r.Errors[0].Message, `"a_nothing"`) || strings.Contains(r.Errors[0].Message, f.usa) {
		t.Errorf("missing end: %+v", r.Errors)
	}
}

// TestDateArgsMonthAndYear: a month or a year stands for its first day in from and its last in to
// (ISO 8601 reduced precision); other shapes are refused with the argument's name.
func TestDateArgsMonthAndYear(t *testing.T) {
	for _, c := range []struct{ from, to, wantFrom, wantTo, err string }{
		{"2018-05", "2018-05", "2018-05-01", "2018-05-31", ""},
		{"2018", "2018", "2018-01-01", "2018-12-31", ""},
		{"2016-02", "2016-02", "2016-02-01", "2016-02-29", ""},
		{"2018-06-15", "2018-12", "2018-06-15", "2018-12-31", ""},
		{"2018-13", "", "", "", "from must be a date"},
		{"", "May 2018", "", "", "to must be a date"},
		{"2018-06", "2018-05", "", "", "is after"},
	} {
		args := map[string]any{}
		if c.from != "" {
			args["from"] = c.from
		}
		if c.to != "" {
			args["to"] = c.to
		}
		from, to, err := dateArgs(args)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("dateArgs(%q, %q): err %v, want %q", c.from, c.to, err, c.err)
			}
			continue
		}
		if err != nil || from != c.wantFrom || to != c.wantTo {
			t.Errorf("dateArgs(%q, %q) = %q, %q, %v; want %q, %q", c.from, c.to, from, to, err, c.wantFrom, c.wantTo)
		}
	}
	// The same window as days: June 2018 by month equals it by days.
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var byMonth, byDays struct {
		Relations struct {
			TotalCount int `json:"totalCount"`
		} `json:"relations"`
	}
	ts.query(t, `{ relations(from: "2018-06", to: "2018-06") { totalCount } }`, nil).decode(t, &byMonth)
	ts.query(t, `{ relations(from: "2018-06-01", to: "2018-06-30") { totalCount } }`, nil).decode(t, &byDays)
	if byMonth.Relations.TotalCount != byDays.Relations.TotalCount || byDays.Relations.TotalCount == 0 {
		t.Errorf("June by month %d, by days %d", byMonth.Relations.TotalCount, byDays.Relations.TotalCount)
	}
}

func TestTimelineAndRelationCounts(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var d struct {
		Timeline struct {
			Buckets []struct {
				Period    string `json:"period"`
				Type      string `json:"type"`
				Relations int    `json:"relations"`
				Articles  int    `json:"articles"`
				Distinct  int    `json:"distinctArticles"`
			} `json:"buckets"`
			Undated int `json:"undated"`
		} `json:"timeline"`
		Counts []struct {
			Key       string   `json:"key"`
			Type      *string  `json:"type"`
			Node      *nodeOut `json:"node"`
			Relations int      `json:"relations"`
			Evidence  int      `json:"evidence"`
		} `json:"relationCounts"`
	}
	ts.query(t, `query($id: ID) { timeline(actor: $id, interval: MONTH) { buckets { period type relations articles distinctArticles } undated }
		relationCounts(groupBy: TYPE) { key type node { id } relations evidence } }`, map[string]any{"id": f.china}).decode(t, &d)
	got := map[string]int{}
	for _, b := range d.Timeline.Buckets {
		got[b.Period+" "+b.Type] = b.Relations
		if b.Distinct < 1 || b.Distinct > b.Articles {
			t.Errorf("timeline %s: distinctArticles %d outside 1..articles %d", b.Period+" "+b.Type, b.Distinct, b.Articles)
		}
	}
	want := map[string]int{"2018-05-01 SUPPORTS": 1, "2018-06-01 SANCTIONS": 1, "2018-06-01 OPPOSES": 1}
	if len(got) != len(want) {
		t.Errorf("timeline %+v", d.Timeline)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("timeline %s = %d, want %d", k, got[k], v)
		}
	}
	if d.Counts[0].Key != "OPPOSES" || d.Counts[0].Relations != 2 || d.Counts[0].Type == nil || d.Counts[0].Node != nil {
		t.Errorf("counts by type: %+v", d.Counts)
	}
	var c struct {
		RelationCounts []struct {
			Node      nodeOut `json:"node"`
			Relations int     `json:"relations"`
		} `json:"relationCounts"`
	}
	ts.query(t, `{ relationCounts(groupBy: SOURCE, first: 1) { node { id label } relations } }`, nil).decode(t, &c)
	// China and Ruan Zongze are the sources of two relations each; ties go by ID
	if len(c.RelationCounts) != 1 || c.RelationCounts[0].Node.ID != min(f.china, f.ruan) || c.RelationCounts[0].Relations != 2 {
		t.Errorf("top source: %+v", c.RelationCounts)
	}
	// whom China acts on: talks (negated OPPOSES) and Made in China 2025 (SUPPORTS), one each
	var byTarget struct {
		RelationCounts []struct {
			Key       string `json:"key"`
			Relations int    `json:"relations"`
		} `json:"relationCounts"`
		Timeline struct {
			Buckets []struct {
				Type string `json:"type"`
			} `json:"buckets"`
		} `json:"timeline"`
	}
	ts.query(t, `query($id: ID) { relationCounts(groupBy: TARGET, source: $id) { key relations } timeline(actor: $id, direction: IN) { buckets { type } } }`, map[string]any{"id": f.china}).decode(t, &byTarget)
	if got := byTarget.RelationCounts; len(got) != 2 || got[0].Key != min(f.talks, f.mic2025) {
		t.Errorf("China's targets: %+v", got)
	}
	if b := byTarget.Timeline.Buckets; len(b) != 1 || b[0].Type != "SANCTIONS" {
		t.Errorf("relations into China over time: %+v", b)
	}
	var w struct {
		Timeline struct {
			Buckets []struct {
				Period string `json:"period"`
			} `json:"buckets"`
		} `json:"timeline"`
	}
	ts.query(t, `{ timeline(interval: WEEK, types: [SANCTIONS]) { buckets { period } } }`, nil).decode(t, &w)
	// 2018-06-15 is a Friday; its ISO week starts on Monday 2018-06-11.
	if len(w.Timeline.Buckets) != 1 || w.Timeline.Buckets[0].Period != "2018-06-11" {
		t.Errorf("weekly sanctions: %+v", w.Timeline.Buckets)
	}
}

// TestLastBeforeOnEveryConnection: mentions, nodes and articles page backward too; a node list
// that mixes ARTICLE with other kinds refuses to.
func TestLastBeforeOnEveryConnection(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var d struct {
		Node struct {
			Mentions struct {
				TotalCount int `json:"totalCount"`
				PageInfo   struct {
					HasPreviousPage bool `json:"hasPreviousPage"`
					HasNextPage     bool `json:"hasNextPage"`
				} `json:"pageInfo"`
				Nodes []struct {
					Text string `json:"text"`
				} `json:"nodes"`
			} `json:"mentions"`
		} `json:"node"`
		Nodes struct {
			Nodes []nodeOut `json:"nodes"`
		} `json:"nodes"`
	}
	ts.query(t, `query($id: ID!) { node(id: $id) { ... on Actor { mentions(last: 1) { totalCount pageInfo { hasPreviousPage hasNextPage } nodes { text } } } }
		nodes(last: 2) { nodes { id } } }`, map[string]any{"id": f.ruan}).decode(t, &d)
	m := d.Node.Mentions
	// Ruan's mentions, by article then offset: "Ruan Zongze", "Mr. Ruan" in art1, "Ruan Zongze" in art2
	if m.TotalCount != 3 || len(m.Nodes) != 1 || !m.PageInfo.HasPreviousPage || m.PageInfo.HasNextPage {
		t.Errorf("mentions(last: 1): %+v", m)
	}
	all := sortedIDs(f.officials, f.ruan, f.ciis, f.china, f.treasury, f.usa, f.demands, f.mic2025, f.relief, f.talks, f.claim)
	if got := idsOf(d.Nodes.Nodes); !slices.Equal(got, all[len(all)-2:]) {
		t.Errorf("nodes(last: 2) = %v, want %v", got, all[len(all)-2:])
	}
	if r := ts.query(t, `{ nodes(kinds: [ARTICLE, PERSON], last: 1) { totalCount } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("mixed kinds with last: %+v", r.Errors)
	}
	if r := ts.query(t, `{ articles(last: 1001) { totalCount } }`, nil); r.code() != CodeFirstTooLarge {
		t.Errorf("last 1001: %+v", r.Errors)
	}
}

// TestInQuestionFilter: a relation stated only inside a journalist's question is marked on its
// evidence and on the relation (inQuestion), and relations(inQuestion: false) leaves it out while
// keeping every other relation (new-user trial 19, D9).
func TestInQuestionFilter(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "https://example.com/briefing", "Regular press conference", "2018-07-02",
		"Q: Ottawa has urged Mexico to drop the quota.")
	canada := b.actor(graph.Country, "Canada", 0, "Ottawa")
	quota := b.policy("the quota", 0)
	asked := b.rel(graph.Relation{Type: graph.Demands, Source: canada, Target: quota}, 0, "urged")
	b.g.Relations[len(b.g.Relations)-1].Evidence[0].InQuestion = true
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})
	var d struct {
		Relations struct {
			TotalCount int
			Nodes      []struct {
				ID         string
				InQuestion bool
				Evidence   []struct{ InQuestion bool }
			}
		}
	}
	ts.query(t, `{ relations(inQuestion: true) { totalCount nodes { id inQuestion evidence { inQuestion } } } }`, nil).decode(t, &d)
	if d.Relations.TotalCount != 1 || d.Relations.Nodes[0].ID != asked || !d.Relations.Nodes[0].InQuestion || !d.Relations.Nodes[0].Evidence[0].InQuestion {
		t.Errorf("inQuestion: true = %+v, want only %s, marked", d.Relations, asked)
	}
	ts.query(t, `{ relations(inQuestion: false) { totalCount nodes { id inQuestion evidence { inQuestion } } } }`, nil).decode(t, &d)
	if d.Relations.TotalCount != fixtureRelations {
		t.Errorf("inQuestion: false = %d relations, want the fixture's %d", d.Relations.TotalCount, fixtureRelations)
	}
	for _, r := range d.Relations.Nodes {
		if r.ID == asked || r.InQuestion {
			t.Errorf("inQuestion: false kept %+v", r)
		}
	}
}

// TestSpeakerField: Evidence.speaker resolves to the person node who voiced a state's stance, and
// relations(speaker: NAME) lists it with his own stances (nu19 D1).
func TestSpeakerField(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "https://example.com/presser", "Regular press conference", "2018-07-03",
		"Spokesperson Irena Vasko: we urge Mexico to drop the quota.")
	peru := b.actor(graph.Country, "Peru", 0)
	vasko := b.actor(graph.Person, "Irena Vasko", 0, "Irena Vasko")
	quota := b.policy("the quota", 0)
	voiced := b.rel(graph.Relation{Type: graph.Demands, Source: peru, Target: quota}, 0, "urge")
	b.g.Relations[len(b.g.Relations)-1].Evidence[0].Speaker = vasko
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})
	var d struct {
		Relations struct {
			TotalCount int
			Nodes      []struct {
				ID       string
				Evidence []struct{ Speaker *struct{ ID, Label string } }
			}
		}
	}
	ts.query(t, `{ relations(speaker: "Irena Vasko") { totalCount nodes { id evidence { speaker { id label } } } } }`, nil).decode(t, &d)
	if d.Relations.TotalCount != 1 || d.Relations.Nodes[0].ID != voiced || d.Relations.Nodes[0].Evidence[0].Speaker == nil ||
		d.Relations.Nodes[0].Evidence[0].Speaker.ID != vasko || d.Relations.Nodes[0].Evidence[0].Speaker.Label != "Irena Vasko" {
		t.Errorf("relations(speaker: \"Irena Vasko\") = %+v, want %s with its speaker", d.Relations, voiced)
	}
	ts.query(t, `{ relations(types: [OPPOSES]) { totalCount nodes { id evidence { speaker { id label } } } } }`, nil).decode(t, &d)
	for _, r := range d.Relations.Nodes {
		if r.Evidence[0].Speaker != nil {
			t.Errorf("%s: a relation with no speaker resolved one: %+v", r.ID, r.Evidence[0].Speaker)
		}
	}
}

// TestRelationSearch: relations(search:) keeps the relations whose sentence contains the text,
// in any case, on the root field, on a node's relations and in relationCounts (nu19 A5: "which
// stances mention one-China?" whatever their target node).
func TestRelationSearch(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "https://example.com/principle", "Statement", "2018-07-04",
		"Ottawa urged Mexico to respect the One-Mexico principle.")
	canada := b.actor(graph.Country, "Canada", 0, "Ottawa")
	principle := b.policy("the One-Mexico principle", 0)
	named := b.rel(graph.Relation{Type: graph.Demands, Source: canada, Target: principle}, 0, "urged")
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})
	var d struct {
		Relations struct {
			TotalCount int
			Nodes      []struct{ ID string }
		}
		Node struct {
			Relations struct{ TotalCount int }
		}
		RelationCounts []struct{ Relations int }
	}
	ts.query(t, `query($id: ID!) { relations(search: "one-mexico") { totalCount nodes { id } }
		node(id: $id) { ... on Actor { relations(search: "ONE-MEXICO") { totalCount } } }
		relationCounts(groupBy: TYPE, search: "One-Mexico") { relations } }`, map[string]any{"id": canada}).decode(t, &d)
	if d.Relations.TotalCount != 1 || d.Relations.Nodes[0].ID != named {
		t.Errorf(`relations(search: "one-mexico") = %+v, want only %s`, d.Relations, named)
	}
	if d.Node.Relations.TotalCount != 1 {
		t.Errorf(`node.relations(search:) = %d, want 1`, d.Node.Relations.TotalCount)
	}
	if len(d.RelationCounts) != 1 || d.RelationCounts[0].Relations != 1 {
		t.Errorf(`relationCounts(search:) = %+v, want one group of 1`, d.RelationCounts)
	}
	ts.query(t, `{ relations(search: "no such words") { totalCount } }`, nil).decode(t, &d)
	if d.Relations.TotalCount != 0 {
		t.Errorf(`relations(search: "no such words") = %d, want 0`, d.Relations.TotalCount)
	}
}
