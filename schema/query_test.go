package schema

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// The tests in this file send every query of the contract through the HTTP handler over the
// fixture store and check the answers against what the fixture put in.

type nodeOut struct {
	Typename string `json:"__typename"`
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Label    string `json:"label"`
}

func TestNodeByIDEveryKind(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	const q = `query($id: ID!) { node(id: $id) {
		__typename id kind label
		... on Actor { name aliases code roles { title organization { id name } } }
		... on Policy { name aliases }
		... on Claim { text direct turn }
		... on Article { title url publishedAt authors text outlet source }
	} }`
	cases := []struct {
		id, typename, kind, label string
	}{
		{f.ruan, "Actor", "PERSON", "Ruan Zongze"},
		{f.ciis, "Actor", "ORGANIZATION", "China Institute of International Studies"},
		{f.treasury, "Actor", "GOVERNMENT", "Treasury"},
		{f.china, "Actor", "COUNTRY", "China"},
		{f.officials, "Actor", "GROUP", "Chinese officials"},
		{f.mic2025, "Policy", "POLICY", "Made in China 2025"},
		{f.claim, "Claim", "CLAIM", "We will fight to the end"},
		{f.art1, "Article", "ARTICLE", "China takes hard line on trade demands"},
	}
	for _, c := range cases {
		t.Run(c.kind, func(t *testing.T) {
			var got struct {
				Node *struct {
					nodeOut
					Name    string   `json:"name"`
					Aliases []string `json:"aliases"`
					Code    *string  `json:"code"`
					Roles   []struct {
						Title        string
						Organization *struct{ ID, Name string }
					} `json:"roles"`
					Text        string   `json:"text"`
					Direct      bool     `json:"direct"`
					Turn        *string  `json:"turn"`
					Title       string   `json:"title"`
					URL         string   `json:"url"`
					PublishedAt string   `json:"publishedAt"`
					Authors     []string `json:"authors"`
					Outlet      string   `json:"outlet"`
					Source      string   `json:"source"`
				} `json:"node"`
			}
			ts.query(t, q, map[string]any{"id": c.id}).decode(t, &got)
			n := got.Node
			if n == nil {
				t.Fatalf("node(%s) = null", c.id)
			}
			if n.Typename != c.typename || n.ID != c.id || n.Kind != c.kind || n.Label != c.label {
				t.Errorf("node(%s) = %+v, want %s %s %q", c.id, n.nodeOut, c.typename, c.kind, c.label)
			}
			switch c.kind {
			case "PERSON":
				if !slices.Contains(n.Aliases, "Mr. Ruan") {
					t.Errorf("aliases %v lack Mr. Ruan", n.Aliases)
				}
				if len(n.Roles) != 1 || n.Roles[0].Title != "executive vice president" || n.Roles[0].Organization == nil || n.Roles[0].Organization.ID != f.ciis {
					t.Errorf("roles = %+v, want executive vice president at %s", n.Roles, f.ciis)
				}
			case "COUNTRY":
				if n.Code == nil || *n.Code != "CHN" {
					t.Errorf("code = %v, want CHN", n.Code)
				}
			case "ORGANIZATION":
				if n.Code != nil {
					t.Errorf("code = %q, want null", *n.Code)
				}
			case "CLAIM":
				if n.Text != "We will fight to the end" || !n.Direct || n.Turn == nil || *n.Turn != "answer:2" {
					t.Errorf("claim text %q direct %v turn %v", n.Text, n.Direct, n.Turn)
				}
			case "ARTICLE":
				if n.URL != "https://example.com/trade-1" || n.PublishedAt != "2018-05-03" || n.Outlet != "Test Wire" ||
					!slices.Equal(n.Authors, []string{"A. Reporter"}) || !strings.HasPrefix(n.Text, "Chinese officials refused") || n.Source == "" {
					t.Errorf("article = %+v", n)
				}
			}
		})
	}

	for _, id := range []string{"a_nosuchactor", "d_nosucharticle", "zzz", "", f.claims /* a relation is not a Node */} {
		var got struct{ Node *nodeOut }
		ts.query(t, q, map[string]any{"id": id}).decode(t, &got)
		if got.Node != nil {
			t.Errorf("node(%q) = %+v, want null", id, got.Node)
		}
	}
}

func TestRelationByID(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct {
		Relation *struct{ ID, Type string } `json:"relation"`
		Missing  *struct{ ID string }       `json:"missing"`
	}
	ts.query(t, `query($id: ID!) { relation(id: $id) { id type } missing: relation(id: "r_none") { id } }`,
		map[string]any{"id": f.claims}).decode(t, &got)
	if got.Relation == nil || got.Relation.ID != f.claims || got.Relation.Type != "CLAIMS" || got.Missing != nil {
		t.Errorf("relation = %+v, missing = %+v", got.Relation, got.Missing)
	}
}

func TestActorMentionsAndRelations(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct {
		Node struct {
			Mentions struct {
				TotalCount int
				Nodes      []struct {
					Start, End, Sentence int
					Text, Rule           string
					Article              struct{ ID, Text string }
				}
			}
			Out    struct{ TotalCount int }
			In     struct{ TotalCount int }
			Any    struct{ TotalCount int }
			Claims struct {
				Nodes []struct {
					Type   string
					Target nodeOut
				}
			}
		}
	}
	ts.query(t, `query($id: ID!) { node(id: $id) { ... on Actor {
		mentions { totalCount nodes { start end sentence text rule article { id text } } }
		out: relations(direction: OUT) { totalCount }
		in: relations(direction: IN) { totalCount }
		any: relations { totalCount }
		claims: relations(types: [CLAIMS]) { nodes { type target { __typename id kind label } } }
	} } }`, map[string]any{"id": f.ruan}).decode(t, &got)
	n := got.Node
	if n.Mentions.TotalCount != 3 || len(n.Mentions.Nodes) != 3 {
		t.Fatalf("mentions = %+v, want 3 (two in article 1, one in article 2)", n.Mentions)
	}
	for _, m := range n.Mentions.Nodes {
		// Offsets are code points: article 1 has typographic quotes before "Mr. Ruan".
		r := []rune(m.Article.Text)
		if m.Start < 0 || m.End > len(r) || string(r[m.Start:m.End]) != m.Text {
			t.Errorf("mention %q at [%d,%d) does not match the article text", m.Text, m.Start, m.End)
		}
		if m.Rule == "" {
			t.Errorf("mention %q has no rule", m.Text)
		}
	}
	if n.Out.TotalCount != 2 || n.In.TotalCount != 0 || n.Any.TotalCount != 2 {
		t.Errorf("relation counts out %d in %d any %d, want 2 0 2", n.Out.TotalCount, n.In.TotalCount, n.Any.TotalCount)
	}
	if len(n.Claims.Nodes) != 1 || n.Claims.Nodes[0].Target.ID != f.claim || n.Claims.Nodes[0].Target.Typename != "Claim" {
		t.Errorf("CLAIMS relations = %+v", n.Claims.Nodes)
	}

	// Policies and claims have relations too; China is the target of SANCTIONS.
	var pol struct {
		P struct {
			Name      string
			Mentions  struct{ TotalCount int }
			Relations struct{ Nodes []struct{ Source nodeOut } }
		}
		C struct {
			Relations struct{ TotalCount int }
		}
		China struct {
			In struct{ Nodes []struct{ Type string } }
		}
	}
	ts.query(t, `query($p: ID!, $c: ID!, $china: ID!) {
		p: node(id: $p) { ... on Policy { name mentions { totalCount } relations(direction: IN) { nodes { source { id label } } } } }
		c: node(id: $c) { ... on Claim { relations(direction: IN, types: [CLAIMS]) { totalCount } } }
		china: node(id: $china) { ... on Actor { in: relations(direction: IN) { nodes { type } } } }
	}`, map[string]any{"p": f.mic2025, "c": f.claim, "china": f.china}).decode(t, &pol)
	if pol.P.Name != "Made in China 2025" || pol.P.Mentions.TotalCount != 1 || len(pol.P.Relations.Nodes) != 1 || pol.P.Relations.Nodes[0].Source.ID != f.china {
		t.Errorf("policy = %+v", pol.P)
	}
	if pol.C.Relations.TotalCount != 1 {
		t.Errorf("claim relations = %d, want 1", pol.C.Relations.TotalCount)
	}
	if len(pol.China.In.Nodes) != 1 || pol.China.In.Nodes[0].Type != "SANCTIONS" {
		t.Errorf("China IN = %+v, want one SANCTIONS", pol.China.In.Nodes)
	}
}

func idsOf(ns []nodeOut) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.ID
	}
	return out
}

func sortedIDs(ids ...string) []string {
	out := slices.Clone(ids)
	sort.Strings(out)
	return out
}

func TestNodesKindsSearchAndDates(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	const q = `query($kinds: [NodeKind!], $search: String, $from: String, $to: String) {
		nodes(kinds: $kinds, search: $search, from: $from, to: $to, first: 100) { totalCount nodes { __typename id kind label } }
	}`
	cases := []struct {
		name string
		vars map[string]any
		want []string
	}{
		{"all", nil, sortedIDs(f.officials, f.ruan, f.ciis, f.china, f.treasury, f.usa, f.demands, f.mic2025, f.relief, f.talks, f.claim)},
		{"person", map[string]any{"kinds": []string{"PERSON"}}, []string{f.ruan}},
		{"countries and groups", map[string]any{"kinds": []string{"COUNTRY", "GROUP"}}, sortedIDs(f.china, f.usa, f.officials)},
		{"policies", map[string]any{"kinds": []string{"POLICY"}}, sortedIDs(f.demands, f.mic2025, f.relief, f.talks)},
		{"claims", map[string]any{"kinds": []string{"CLAIM"}}, []string{f.claim}},
		{"articles", map[string]any{"kinds": []string{"ARTICLE"}}, sortedIDs(f.art1, f.art2)},
		{"person and articles", map[string]any{"kinds": []string{"ARTICLE", "PERSON"}}, sortedIDs(f.ruan, f.art1, f.art2)},
		{"search alias, any case", map[string]any{"search": "mr. RUAN"}, []string{f.ruan}},
		{"search claim text", map[string]any{"search": "FIGHT to"}, []string{f.claim}},
		{"search with kinds", map[string]any{"search": "china", "kinds": []string{"POLICY"}}, []string{f.mic2025}},
		{"search nothing", map[string]any{"search": "no such name"}, []string{}},
		{"from", map[string]any{"from": "2018-06-01"}, sortedIDs(f.usa, f.china, f.ruan, f.talks)},
		{"to", map[string]any{"to": "2018-05-31", "kinds": []string{"POLICY"}}, sortedIDs(f.demands, f.mic2025, f.relief)},
		{"from and to", map[string]any{"from": "2018-05-01", "to": "2018-05-31", "kinds": []string{"COUNTRY"}}, []string{f.china}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got struct {
				Nodes struct {
					TotalCount int
					Nodes      []nodeOut
				}
			}
			ts.query(t, q, c.vars).decode(t, &got)
			ids := idsOf(got.Nodes.Nodes)
			if !slices.Equal(ids, c.want) || got.Nodes.TotalCount != len(c.want) {
				t.Errorf("got %v (total %d), want %v", ids, got.Nodes.TotalCount, c.want)
			}
			for _, n := range got.Nodes.Nodes {
				if n.Typename == "" || n.Label == "" {
					t.Errorf("node %+v lacks type or label", n)
				}
			}
		})
	}

	for name, vars := range map[string]map[string]any{
		"bad date":         {"from": "June 2018"},
		"from after to":    {"from": "2018-07-01", "to": "2018-06-01"},
		"article + search": {"kinds": []string{"ARTICLE"}, "search": "trade"},
	} {
		r := ts.query(t, q, vars)
		if r.code() != CodeBadArgument {
			t.Errorf("%s: code %q, want BAD_ARGUMENT: %s", name, r.code(), r.raw)
		}
	}
}

type relOut struct {
	ID         string
	Type       string
	Source     nodeOut
	Target     nodeOut
	Negated    bool
	Hedged     bool
	Confidence float64
	Cameo      *string
	Plover     *string
	Role       *string
	Evidence   []struct {
		Sentence, Start, End int
		Text                 string
		Cue, Rule            *string
		Hedged               bool
		Article              struct{ ID, Text string }
	}
}

const relFields = `id type negated hedged confidence cameo plover role
	source { __typename id kind label } target { __typename id kind label }
	evidence { sentence start end text cue rule hedged article { id text } }`

func TestRelationsFilters(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	q := `query($types: [RelationType!], $source: ID, $target: ID, $article: ID, $from: String, $to: String) {
		relations(types: $types, source: $source, target: $target, article: $article, from: $from, to: $to, first: 100) {
			totalCount nodes { ` + relFields + ` } } }`
	all := sortedIDs(f.opposesDemands, f.memberOf, f.supportsMIC, f.claims, f.offersRelief, f.sanctions, f.notOpposeTalks)
	cases := []struct {
		name string
		vars map[string]any
		want []string
	}{
		{"all", nil, all},
		{"types", map[string]any{"types": []string{"OPPOSES"}}, sortedIDs(f.opposesDemands, f.notOpposeTalks)},
		{"two types", map[string]any{"types": []string{"CLAIMS", "MEMBER_OF"}}, sortedIDs(f.claims, f.memberOf)},
		{"source", map[string]any{"source": f.ruan}, sortedIDs(f.memberOf, f.claims)},
		{"target", map[string]any{"target": f.china}, []string{f.sanctions}},
		{"source and type", map[string]any{"source": f.china, "types": []string{"OPPOSES"}}, []string{f.notOpposeTalks}},
		{"article", map[string]any{"article": f.art2}, sortedIDs(f.sanctions, f.notOpposeTalks)},
		{"from", map[string]any{"from": "2018-06-01"}, sortedIDs(f.sanctions, f.notOpposeTalks)},
		{"to", map[string]any{"to": "2018-05-03"}, sortedIDs(f.opposesDemands, f.memberOf, f.supportsMIC, f.claims, f.offersRelief)},
		{"unknown source", map[string]any{"source": "a_nobody"}, []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got struct {
				Relations struct {
					TotalCount int
					Nodes      []relOut
				}
			}
			ts.query(t, q, c.vars).decode(t, &got)
			var ids []string
			for _, r := range got.Relations.Nodes {
				ids = append(ids, r.ID)
			}
			if ids == nil {
				ids = []string{}
			}
			if !slices.Equal(ids, c.want) || got.Relations.TotalCount != len(c.want) {
				t.Errorf("got %v (total %d), want %v", ids, got.Relations.TotalCount, c.want)
			}
			for _, r := range got.Relations.Nodes {
				checkRelation(t, r)
			}
		})
	}
}

// checkRelation checks what every relation must satisfy: endpoints resolved, confidence in 0..1,
// evidence whose offsets select its text in the article.
func checkRelation(t *testing.T, r relOut) {
	t.Helper()
	if r.Source.ID == "" || r.Target.ID == "" || r.Source.Typename == "" || r.Target.Typename == "" {
		t.Errorf("%s: endpoints not resolved: %+v → %+v", r.ID, r.Source, r.Target)
	}
	if r.Confidence <= 0 || r.Confidence > 1 {
		t.Errorf("%s: confidence %v outside (0,1]", r.ID, r.Confidence)
	}
	if len(r.Evidence) == 0 {
		t.Errorf("%s: no evidence", r.ID)
	}
	for _, e := range r.Evidence {
		text := []rune(e.Article.Text)
		if e.Start < 0 || e.End > len(text) || string(text[e.Start:e.End]) != e.Text {
			t.Errorf("%s: evidence [%d,%d) does not select %q in article %s", r.ID, e.Start, e.End, e.Text, e.Article.ID)
		}
		if e.Cue == nil || e.Rule == nil || !strings.Contains(e.Text, *e.Cue) {
			t.Errorf("%s: evidence cue %v rule %v", r.ID, e.Cue, e.Rule)
		}
	}
}

func TestRelationFields(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct {
		Opp, Member, Offer, Talks relOut
	}
	ts.query(t, `query($opp: ID!, $member: ID!, $offer: ID!, $talks: ID!) {
		opp: relation(id: $opp) { `+relFields+` }
		member: relation(id: $member) { `+relFields+` }
		offer: relation(id: $offer) { `+relFields+` }
		talks: relation(id: $talks) { `+relFields+` }
	}`, map[string]any{"opp": f.opposesDemands, "member": f.memberOf, "offer": f.offersRelief, "talks": f.notOpposeTalks}).decode(t, &got)
	if o := got.Opp; o.Type != "OPPOSES" || o.Cameo == nil || *o.Cameo != "12" || o.Plover == nil || *o.Plover != "REJECT" ||
		o.Source.ID != f.officials || o.Source.Kind != "GROUP" || o.Target.Typename != "Policy" || o.Negated || o.Hedged {
		t.Errorf("OPPOSES relation = %+v", o)
	}
	if m := got.Member; m.Role == nil || *m.Role != "executive vice president" || m.Cameo != nil {
		t.Errorf("MEMBER_OF relation = %+v", m)
	}
	if o := got.Offer; !o.Hedged || len(o.Evidence) != 1 || !o.Evidence[0].Hedged || *o.Evidence[0].Cue != "may offer" {
		t.Errorf("hedged OFFERS relation = %+v", o)
	}
	if n := got.Talks; !n.Negated || n.Evidence[0].Sentence != 1 || n.Evidence[0].Article.ID != f.art2 {
		t.Errorf("negated relation = %+v", n)
	}
	for _, r := range []relOut{got.Opp, got.Member, got.Offer, got.Talks} {
		checkRelation(t, r)
	}
}

func TestArticles(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct {
		Articles struct {
			TotalCount int
			Nodes      []struct {
				ID, Kind, Label, Title, URL, PublishedAt, Text, Outlet string
				Authors                                                []string
			}
		}
	}
	ts.query(t, `{ articles { totalCount nodes { id kind label title url publishedAt text outlet authors } } }`, nil).decode(t, &got)
	a := got.Articles
	if a.TotalCount != fixtureArticles || len(a.Nodes) != fixtureArticles {
		t.Fatalf("articles = %+v", a)
	}
	byID := map[string]string{}
	for _, n := range a.Nodes {
		byID[n.ID] = n.PublishedAt
		if n.Kind != "ARTICLE" || n.Label != n.Title || n.Text == "" || len(n.Authors) != 1 {
			t.Errorf("article %+v", n)
		}
	}
	if byID[f.art1] != "2018-05-03" || byID[f.art2] != "2018-06-15" {
		t.Errorf("articles by ID = %v", byID)
	}
}

func TestNeighborhood(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	const q = `query($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int, $from: String, $to: String) {
		neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, from: $from, to: $to) {
			nodes { __typename id kind label }
			relations { id type source { id } target { id } }
		} }`
	type sub struct {
		Neighborhood struct {
			Nodes     []nodeOut
			Relations []struct {
				ID, Type       string
				Source, Target struct{ ID string }
			}
		}
	}
	cases := []struct {
		name      string
		vars      map[string]any
		nodes     []string
		relations []string
	}{
		{"default depth 1", map[string]any{"id": f.china}, sortedIDs(f.china, f.mic2025, f.usa, f.talks), sortedIDs(f.supportsMIC, f.sanctions, f.notOpposeTalks)},
		{"depth 0", map[string]any{"id": f.china, "depth": 0}, []string{f.china}, []string{}},
		{"types", map[string]any{"id": f.china, "types": []string{"SANCTIONS"}}, sortedIDs(f.china, f.usa), []string{f.sanctions}},
		{"person", map[string]any{"id": f.ruan, "depth": 2}, sortedIDs(f.ruan, f.ciis, f.claim), sortedIDs(f.memberOf, f.claims)},
		{"limit", map[string]any{"id": f.china, "limit": 1}, []string{f.china}, []string{}},
		// Dates: China's ties of June 2018 (article 2), of May (article 1), none of 2019; Ruan's
		// ties are all of May, so in June he stands alone even two hops out.
		{"from a month", map[string]any{"id": f.china, "from": "2018-06"}, sortedIDs(f.china, f.usa, f.talks), sortedIDs(f.sanctions, f.notOpposeTalks)},
		{"to a day", map[string]any{"id": f.china, "to": "2018-05-31"}, sortedIDs(f.china, f.mic2025), []string{f.supportsMIC}},
		{"one month", map[string]any{"id": f.china, "from": "2018-05", "to": "2018-05"}, sortedIDs(f.china, f.mic2025), []string{f.supportsMIC}},
		{"dates and types", map[string]any{"id": f.china, "from": "2018", "types": []string{"OPPOSES"}}, sortedIDs(f.china, f.talks), []string{f.notOpposeTalks}},
		{"no tie of the dates", map[string]any{"id": f.china, "from": "2019"}, []string{f.china}, []string{}},
		{"person, depth 2, June", map[string]any{"id": f.ruan, "depth": 2, "from": "2018-06-01"}, []string{f.ruan}, []string{}},
		{"null dates", map[string]any{"id": f.china, "from": nil, "to": nil}, sortedIDs(f.china, f.mic2025, f.usa, f.talks), sortedIDs(f.supportsMIC, f.sanctions, f.notOpposeTalks)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got sub
			ts.query(t, q, c.vars).decode(t, &got)
			nodes := sortedIDs(idsOf(got.Neighborhood.Nodes)...)
			rels := []string{}
			in := map[string]bool{}
			for _, id := range nodes {
				in[id] = true
			}
			for _, r := range got.Neighborhood.Relations {
				rels = append(rels, r.ID)
				if !in[r.Source.ID] || !in[r.Target.ID] {
					t.Errorf("relation %s leaves the subgraph", r.ID)
				}
			}
			sort.Strings(rels)
			if !slices.Equal(nodes, c.nodes) || !slices.Equal(rels, c.relations) {
				t.Errorf("nodes %v relations %v, want %v %v", nodes, rels, c.nodes, c.relations)
			}
		})
	}

	// An article's neighborhood holds the article and the nodes it supports.
	var art sub
	ts.query(t, q, map[string]any{"id": f.art2}).decode(t, &art)
	if len(art.Neighborhood.Nodes) == 0 || art.Neighborhood.Nodes[len(art.Neighborhood.Nodes)-1].Typename != "Article" {
		t.Errorf("article neighborhood = %+v", art.Neighborhood.Nodes)
	}

	for name, c := range map[string]struct {
		vars map[string]any
		code string
	}{
		"unknown id":    {map[string]any{"id": "a_nobody"}, CodeNotFound},
		"malformed id":  {map[string]any{"id": "nobody"}, CodeNotFound},
		"deep":          {map[string]any{"id": f.china, "depth": 9}, CodeBadArgument},
		"negative":      {map[string]any{"id": f.china, "depth": -1}, CodeBadArgument},
		"limit 0":       {map[string]any{"id": f.china, "limit": 0}, CodeBadArgument},
		"limit too big": {map[string]any{"id": f.china, "limit": 5000}, CodeBadArgument},
		"bad from":      {map[string]any{"id": f.china, "from": "June 2018"}, CodeBadArgument},
		"bad to":        {map[string]any{"id": f.china, "to": "2018-02-30"}, CodeBadArgument},
		"from after to": {map[string]any{"id": f.china, "from": "2018-07", "to": "2018-06"}, CodeBadArgument},
	} {
		r := ts.query(t, q, c.vars)
		if r.code() != c.code || r.Status != 200 || string(r.Data) != "null" || len(r.Errors[0].Path) == 0 {
			t.Errorf("%s: status %d code %q, want 200 %s with a path: %s", name, r.Status, r.code(), c.code, r.raw)
		}
	}
	// A bad date says which argument and what it wants.
	if r := ts.query(t, q, map[string]any{"id": f.china, "from": "June 2018"}); len(r.Errors) == 0 ||
		!strings.Contains(r.Errors[0].Message, `from must be a date as YYYY-MM-DD, or a month (YYYY-MM) or year (YYYY), got "June 2018"`) {
		t.Errorf("bad from: %s", r.raw)
	}

	// With dates, the relations' evidence and evidenceCount keep to the window unless evidence
	// gives its own.
	var dated struct {
		Neighborhood struct {
			Relations []struct {
				ID            string
				EvidenceCount int
				Evidence      []struct{ Article struct{ ID string } }
				May           []struct{ Sentence int }
			}
		}
	}
	ts.query(t, `query($id: ID!) { neighborhood(id: $id, from: "2018-06") { relations { id evidenceCount
		evidence { article { id } } may: evidence(from: "2018-05", to: "2018-05") { sentence } } } }`,
		map[string]any{"id": f.china}).decode(t, &dated)
	if len(dated.Neighborhood.Relations) != 2 {
		t.Fatalf("June relations: %+v", dated.Neighborhood.Relations)
	}
	for _, r := range dated.Neighborhood.Relations {
		if r.EvidenceCount != 1 || len(r.Evidence) != 1 || r.Evidence[0].Article.ID != f.art2 || len(r.May) != 0 {
			t.Errorf("June relation %+v: want one sentence, of article 2", r)
		}
	}
}

// page is one page of any connection, decoded generically.
type page struct {
	TotalCount int
	Edges      []struct {
		Cursor string
		Node   struct{ ID string }
	}
	Nodes    []struct{ ID string }
	PageInfo struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
}

// walk pages through a connection first items at a time and returns every ID in order.
func walk(t *testing.T, ts *testServer, field string, args string, first int) (ids []string, total int) {
	t.Helper()
	q := `query($first: Int, $after: String) { c: ` + field + `(first: $first, after: $after` + args + `) {
		totalCount edges { cursor node { id } } nodes { id }
		pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`
	// Connections nested in a node are reached through node(id).
	// Mentions have no ID: their text stands in.
	if strings.HasPrefix(field, "node:") {
		parts := strings.SplitN(strings.TrimPrefix(field, "node:"), ".", 2)
		id := "id"
		if parts[1] == "mentions" {
			id = "id: text"
		}
		q = `query($first: Int, $after: String) { node(id: "` + parts[0] + `") { ... on Actor { c: ` + parts[1] + `(first: $first, after: $after` + args + `) {
			totalCount edges { cursor node { ` + id + ` } } nodes { ` + id + ` }
			pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }`
	}
	var after any
	for i := 0; ; i++ {
		if i > 100 {
			t.Fatalf("%s: paging does not end", field)
		}
		var got struct {
			C    *page
			Node *struct{ C *page }
		}
		ts.query(t, q, map[string]any{"first": first, "after": after}).decode(t, &got)
		p := got.C
		if got.Node != nil {
			p = got.Node.C
		}
		if i == 0 {
			total = p.TotalCount
		} else if p.TotalCount != total {
			t.Errorf("%s: totalCount changed from %d to %d while paging", field, total, p.TotalCount)
		}
		if len(p.Edges) != len(p.Nodes) || len(p.Edges) > first {
			t.Fatalf("%s: %d edges, %d nodes, first %d", field, len(p.Edges), len(p.Nodes), first)
		}
		for k, e := range p.Edges {
			if e.Node.ID != p.Nodes[k].ID || e.Cursor == "" {
				t.Errorf("%s: edge %d = %+v, node %+v", field, k, e, p.Nodes[k])
			}
			ids = append(ids, e.Node.ID)
		}
		if p.PageInfo.HasPreviousPage != (i > 0) {
			t.Errorf("%s page %d: hasPreviousPage = %v", field, i, p.PageInfo.HasPreviousPage)
		}
		if len(p.Edges) > 0 && (p.PageInfo.StartCursor == nil || *p.PageInfo.StartCursor != p.Edges[0].Cursor ||
			p.PageInfo.EndCursor == nil || *p.PageInfo.EndCursor != p.Edges[len(p.Edges)-1].Cursor) {
			t.Errorf("%s page %d: start/end cursors do not match the edges", field, i)
		}
		if !p.PageInfo.HasNextPage {
			if len(p.Edges) == 0 && i > 0 {
				t.Errorf("%s: an empty last page: hasNextPage was true on the page before", field)
			}
			return ids, total
		}
		if p.PageInfo.EndCursor == nil {
			t.Fatalf("%s: hasNextPage with no endCursor", field)
		}
		after = *p.PageInfo.EndCursor
	}
}

func TestPaginationThroughAllPages(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	cases := []struct {
		field, args string
		first, want int
	}{
		{"nodes", "", 3, fixtureNodes},
		{"nodes", "", 1, fixtureNodes},
		{"nodes", `, kinds: [POLICY]`, 2, 4},
		{"nodes", `, kinds: [ARTICLE]`, 1, fixtureArticles},
		{"nodes", `, kinds: [COUNTRY, ARTICLE, CLAIM]`, 1, 2 + fixtureArticles + 1},
		{"nodes", `, kinds: [COUNTRY, ARTICLE, CLAIM]`, 2, 2 + fixtureArticles + 1},
		{"relations", "", 2, fixtureRelations},
		{"relations", `, types: [OPPOSES]`, 1, 2},
		{"articles", "", 1, fixtureArticles}, // date order by default: not checked for ID order below
		{"articles", `, orderBy: {field: ID}`, 1, fixtureArticles},
		{"node:" + f.ruan + ".mentions", "", 1, 3},
		{"node:" + f.china + ".relations", "", 2, 3},
	}
	for _, c := range cases {
		t.Run(c.field+c.args, func(t *testing.T) {
			ids, total := walk(t, ts, c.field, c.args, c.first)
			if total != c.want || len(ids) != c.want {
				t.Errorf("walked %d items, totalCount %d, want %d", len(ids), total, c.want)
			}
			if !strings.HasSuffix(c.field, "mentions") {
				byID := !(c.field == "articles" && c.args == "")
				if byID && !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
					t.Errorf("IDs not in strictly increasing order: %v", ids)
				}
				// One big page gives the same items in the same order.
				all, _ := walk(t, ts, c.field, c.args, 1000)
				if !slices.Equal(all, ids) {
					t.Errorf("paged %v, one page %v", ids, all)
				}
			}
		})
	}
}

func TestFirstZeroAndBadCursor(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct{ Nodes, Relations, Articles page }
	ts.query(t, `{ nodes(first: 0) { totalCount edges { cursor } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
		relations(first: 0) { totalCount pageInfo { hasNextPage } }
		articles(first: 0) { totalCount pageInfo { hasNextPage } } }`, nil).decode(t, &got)
	if n := got.Nodes; n.TotalCount != fixtureNodes || len(n.Edges) != 0 || len(n.Nodes) != 0 || !n.PageInfo.HasNextPage || n.PageInfo.EndCursor != nil {
		t.Errorf("nodes(first: 0) = %+v", n)
	}
	if got.Relations.TotalCount != fixtureRelations || !got.Relations.PageInfo.HasNextPage || got.Articles.TotalCount != fixtureArticles {
		t.Errorf("relations/articles(first: 0) = %+v %+v", got.Relations, got.Articles)
	}

	for _, q := range []string{
		`{ nodes(after: "not-a-cursor") { totalCount } }`,
		`{ relations(after: "AAAA") { totalCount } }`,
		`{ nodes(kinds: [PERSON, ARTICLE], after: "not-a-cursor") { totalCount } }`,
	} {
		r := ts.query(t, q, nil)
		if r.code() != CodeBadArgument {
			t.Errorf("%s: code %q, want BAD_ARGUMENT: %s", q, r.code(), r.raw)
		}
	}
}

func TestDefaultFirstIs50(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct {
		Schema struct {
			QueryType struct {
				Fields []struct {
					Name string
					Args []struct {
						Name         string
						DefaultValue *string
					}
				}
			}
		} `json:"__schema"`
	}
	ts.query(t, `{ __schema { queryType { fields { name args { name defaultValue } } } } }`, nil).decode(t, &got)
	defaults := map[string]string{}
	for _, fld := range got.Schema.QueryType.Fields {
		for _, a := range fld.Args {
			if a.DefaultValue != nil {
				defaults[fld.Name+"."+a.Name] = *a.DefaultValue
			}
		}
	}
	if defaults["neighborhood.depth"] != "1" || defaults["neighborhood.limit"] != "200" {
		t.Errorf("neighborhood defaults = %v", defaults)
	}
	if pa, err := pageArgs(map[string]any{}); err != nil || pa.First != 50 {
		t.Errorf("pageArgs() = %+v, %v; want First 50", pa, err)
	}
}

func TestEvidenceArticleAndEndpointsAreBatched(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var loaders []*loader
	ts.srv.afterExecute = func(l *loader) { loaders = append(loaders, l) }
	var got struct {
		Relations struct{ Nodes []relOut }
	}
	ts.query(t, `{ relations(first: 100) { nodes { `+relFields+` } edges { node { source { id } target { id } } } } }`, nil).decode(t, &got)
	if len(got.Relations.Nodes) != fixtureRelations {
		t.Fatalf("%d relations", len(got.Relations.Nodes))
	}
	for _, r := range got.Relations.Nodes {
		checkRelation(t, r)
	}
	if len(loaders) != 1 {
		t.Fatalf("%d loaders", len(loaders))
	}
	l := loaders[0]
	l.mu.Lock()
	defer l.mu.Unlock()
	// 7 relations, 14 endpoints over 11 nodes, 7 evidence over 2 articles.
	if l.nodeBatches != 1 || l.articleReads != fixtureArticles {
		t.Errorf("store reads: %d NodesByID batches (want 1), %d Article reads (want %d)", l.nodeBatches, l.articleReads, fixtureArticles)
	}
}

func TestExecuteWithoutHTTP(t *testing.T) {
	f := newFixture(t)
	res := Execute(t.Context(), f.store, `query($k: [NodeKind!]) { nodes(kinds: $k) { totalCount } }`, map[string]any{"k": []any{"PERSON"}}, "")
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	b, _ := json.Marshal(res.Data)
	if string(b) != `{"nodes":{"totalCount":1}}` {
		t.Errorf("data = %s", b)
	}

	// json.Number variables (a decoder with UseNumber) are understood.
	res = Execute(t.Context(), f.store, `query($n: Int) { articles(first: $n) { nodes { id } } }`, map[string]any{"n": json.Number("1")}, "")
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}

	// The guards apply: the refusal has a code and no data.
	res = Execute(t.Context(), f.store, `fragment A on Actor { ...B } fragment B on Actor { ...A } { node(id: "x") { ...A } }`, nil, "")
	if res.Data != nil || len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != CodeFragmentCycle {
		t.Errorf("cyclic fragments: %+v", res)
	}
	res = Execute(t.Context(), f.store, `query A { articles { totalCount } } query B { nodes { totalCount } }`, nil, "B")
	if len(res.Errors) > 0 || res.Data.(map[string]any)["nodes"] == nil {
		t.Errorf("operationName B: %+v", res)
	}
}

// TestEvidenceFirst bounds the evidence list of a relation stated in two articles.
func TestEvidenceFirst(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "https://example.com/trade-3", "More tariffs", "2018-07-01",
		"The United States imposed tariffs on Chinese steel.")
	usa := b.actor(graph.Country, "United States", 0, "United States")
	cn := b.actor(graph.Country, "China", 0, "Chinese")
	if rel := b.rel(graph.Relation{Type: graph.Sanctions, Source: usa, Target: cn, Cameo: "16"}, 0, "imposed tariffs"); rel != f.sanctions {
		t.Fatalf("restated relation %s, fixture's %s", rel, f.sanctions)
	}
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})
	type ev struct {
		Sentence int
		Article  struct{ ID string }
	}
	var got struct {
		Relation struct {
			EvidenceCount  int
			All, One, None []ev
			Many           []ev
		}
	}
	ts.query(t, `query($id: ID!) { relation(id: $id) { evidenceCount
		all: evidence { sentence article { id } }
		one: evidence(first: 1) { sentence article { id } }
		none: evidence(first: 0) { sentence }
		many: evidence(first: 100) { sentence article { id } } } }`, map[string]any{"id": f.sanctions}).decode(t, &got)
	r := got.Relation
	if r.EvidenceCount != 2 || len(r.All) != 2 || r.All[0].Article.ID == r.All[1].Article.ID {
		t.Fatalf("relation stated in two articles: count %d, evidence %+v", r.EvidenceCount, r.All)
	}
	if len(r.One) != 1 || r.One[0] != r.All[0] || len(r.None) != 0 || len(r.Many) != 2 || r.Many[1] != r.All[1] {
		t.Errorf("evidence(first: 1) = %+v, (first: 0) = %+v, (first: 100) = %+v; all = %+v", r.One, r.None, r.Many, r.All)
	}
	if res := ts.query(t, `query($id: ID!) { relation(id: $id) { evidence(first: -1) { sentence } } }`, map[string]any{"id": f.sanctions}); res.code() != CodeBadArgument {
		t.Errorf("evidence(first: -1): code %q, want BAD_ARGUMENT: %s", res.code(), res.raw)
	}

	// from/to keep the sentences of articles published in the range (art2 2018-06-15, the
	// restatement 2018-07-01)
	var dated struct {
		Relation struct{ June, July, Both, None, FirstOfBoth []ev }
	}
	ts.query(t, `query($id: ID!) { relation(id: $id) {
		june: evidence(from: "2018-06-01", to: "2018-06-30") { sentence article { id } }
		july: evidence(from: "2018-07-01") { sentence article { id } }
		both: evidence(to: "2018-12-31") { sentence article { id } }
		none: evidence(to: "2017-12-31") { sentence }
		firstOfBoth: evidence(from: "2018-06-01", first: 1) { sentence article { id } } } }`, map[string]any{"id": f.sanctions}).decode(t, &dated)
	d := dated.Relation
	if len(d.June) != 1 || d.June[0].Article.ID != f.art2 || len(d.July) != 1 || d.July[0].Article.ID != b.g.Article.ID ||
		len(d.Both) != 2 || len(d.None) != 0 || len(d.FirstOfBoth) != 1 || d.FirstOfBoth[0] != d.Both[0] {
		t.Errorf("evidence by date: %+v", d)
	}
	if res := ts.query(t, `query($id: ID!) { relation(id: $id) { evidence(from: "June") { sentence } } }`, map[string]any{"id": f.sanctions}); res.code() != CodeBadArgument {
		t.Errorf("evidence(from: \"June\"): code %q, want BAD_ARGUMENT: %s", res.code(), res.raw)
	}
}
