package schema

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// buildQuery builds the Query root type.
func (t *types) buildQuery() {
	pageArgDefs := func(extra graphql.FieldConfigArgument) graphql.FieldConfigArgument {
		extra["first"] = &graphql.ArgumentConfig{Type: graphql.Int, Description: "Page size, default 50, at most 1000."}
		extra["after"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Cursor of the item to start after (an endCursor or edge cursor)."}
		return backwardArgs(extra)
	}
	dateArgDocs := map[string]string{
		"from": "Earliest publication date (YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; inclusive) of an article that supports the item.",
		"to":   "Latest publication date (YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; inclusive) of an article that supports the item.",
	}
	t.query = graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"node": {
				Type:        t.node,
				Description: "The node with this ID, or null when there is none. Relation IDs are not nodes: use relation(id).",
				Args:        graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID)}},
				Resolve:     t.safe(t.resolveNode),
			},
			"relation": {
				Type:        t.relation,
				Description: "The relation with this ID, or null when there is none.",
				Args:        graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID)}},
				Resolve:     t.safe(t.resolveRelation),
			},
			"nodes": {
				Type: graphql.NewNonNull(t.nodeConn),
				Description: "Actors, policies and claims ordered by ID; list ARTICLE in kinds to include articles. " +
					"search matches names, aliases and claim text case-insensitively, best match first: exact name or alias, whole word of the name, of an alias, word prefix, inside a word, then claim text.",
				Args: pageArgDefs(graphql.FieldConfigArgument{
					"kinds":   {Type: graphql.NewList(graphql.NewNonNull(t.nodeKind)), Description: "Only these kinds; actors, policies and claims when omitted."},
					"search":  {Type: graphql.String, Description: "Case-insensitive match in a name, alias or claim text; results are ranked by relevance (exact name or alias, whole word of the name, of an alias, word prefix, inside a word of an actor's name, claim text; ties: more relations first, then the shorter label) unless orderBy says otherwise. A policy's name and a claim's text match only where the query starts a word (\"ross\" does not find \"across\")."},
					"from":    {Type: graphql.String, Description: dateArgDocs["from"]},
					"to":      {Type: graphql.String, Description: dateArgDocs["to"]},
					"orderBy": {Type: t.research.nodeOrder, Description: "Sort order: by ID when omitted, by RELEVANCE when search is given."},
					"country": {Type: graphql.String, Description: "Only actors of this country: an ISO 3166-1 alpha-3 / CAMEO country code such as \"CHN\" (case-insensitive); another value is BAD_ARGUMENT."},
					"code":    {Type: graphql.String, Description: "Only actors whose CAMEO actor code (Actor.code) starts with this (case-insensitive): \"CHNGOV\" for China's government actors, \"USALEG\" for US legislators, \"IGO\" for intergovernmental bodies."},
					"local":   {Type: graphql.Boolean, Description: "false: leave out the nodes local to their article (Actor.local, Policy.local: \"the plan\", \"relevant parties\", a \"Foreign Ministry\" of no stated country); true: only those."},
					"article": {Type: graphql.ID, Description: "Only the nodes this article contributed: those it mentions and the ends of the relations it gives evidence of (with kinds: [ACTOR kinds], the actors of one article). An ID that is not a stored article is NOT_FOUND."},
				}),
				Resolve: t.safe(t.resolveNodes),
			},
			"relations": {
				Type:        graphql.NewNonNull(t.relationConn),
				Description: "Relations ordered by ID (or orderBy), filtered by type, endpoints, article, date, confidence, negation and hedging. With from/to, each relation's evidence is limited to the same window unless evidence(from:, to:) says otherwise.",
				Args: t.relationListArgs(pageArgDefs(graphql.FieldConfigArgument{
					"types":          {Type: graphql.NewList(graphql.NewNonNull(t.relationType)), Description: "Only these types; all when omitted."},
					"source":         {Type: graphql.ID, Description: "Only relations from this node: " + nodeRefDoc},
					"includeMembers": {Type: graphql.Boolean, Description: "With source: true keeps the relations of the source's members too, following MEMBER_OF relations to it (and to its members, and so on): relations(source: \"Foreign Ministry (China)\", includeMembers: true) lists what the ministry and its spokespersons said, as statements are mostly credited to the official who made them. The MEMBER_OF relations themselves are among them unless types leaves them out. Without source it is BAD_ARGUMENT."},
					"target":         {Type: graphql.ID, Description: "Only relations to this node: " + nodeRefDoc},
					"addressee":      {Type: graphql.ID, Description: "Only relations with a sentence addressed to this actor (Evidence.addressee): \"We urge the US side to abide by the one-China principle\" is China DEMANDS \"United States abiding by …\", addressed to the United States; relations(source: \"China\", addressee: \"United States\") lists China's demands of the US, which target: does not (it matches the target node): " + nodeRefDoc},
					"speaker":        {Type: graphql.ID, Description: "Only relations with a sentence this person voiced for their source (Evidence.speaker: a spokesperson's \"we urge …\" is his state's stance), e.g. relations(speaker: \"Lu Kang\") for every stance Lu Kang voiced, his own and his state's: " + nodeRefDoc},
					"article":        {Type: graphql.ID, Description: "Only relations with evidence in this article; each relation's evidence and evidenceCount are then that article's alone (with from/to as well, both apply). An ID that is not a stored article is NOT_FOUND; one of another kind is BAD_ARGUMENT."},
					"from":           {Type: graphql.String, Description: dateArgDocs["from"] + " Evidence is then limited to the same window."},
					"to":             {Type: graphql.String, Description: dateArgDocs["to"] + " Evidence is then limited to the same window."},
				})),
				Resolve: t.safe(t.resolveRelations),
			},
			"articles": {
				Type:        graphql.NewNonNull(t.articleConn),
				Description: "Loaded articles, oldest first (publication date ascending, then ID; undated articles last) unless orderBy says otherwise, filtered by publication date, text and outlet.",
				Args: pageArgDefs(graphql.FieldConfigArgument{
					"from":    {Type: graphql.String, Description: "Published on or after this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY); undated articles are left out."},
					"to":      {Type: graphql.String, Description: "Published on or before this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY); undated articles are left out."},
					"search":  {Type: graphql.String, Description: "Case-insensitive substring of the title, URL or text."},
					"outlet":  {Type: graphql.String, Description: "Only articles whose outlet has these words, in this order, case-insensitively: whole words, not parts of words (\"white house\" matches \"The White House\" and \"Office of the Vice President / The White House\"; \"VOA\" matches \"VOA\", not \"VOAnews\")."},
					"orderBy": {Type: t.research.articleOrder, Description: "Sort order; when omitted, PUBLISHED ascending (ties by ID, undated last)."},
				}),
				Resolve: t.safe(t.resolveArticles),
			},
			"neighborhood": {
				Type:        graphql.NewNonNull(t.subgraph),
				Description: "The nodes within depth hops of id over relations of the given types (all when omitted) and publication dates (all when from and to are omitted), at most limit nodes, and the relations among them. With from/to the walk steps only through relations stated in an article of that window, before limit counts the nodes (a node tied to the center by no relation of the window is no neighbor), and each relation's evidence and evidenceCount keep to the window unless evidence(from:, to:) says otherwise; an article given as id has no neighbors outside it. An unknown id or name is NOT_FOUND; a name several nodes answer to is AMBIGUOUS_NAME; a bad date is BAD_ARGUMENT.",
				Args: graphql.FieldConfigArgument{
					"id":    {Type: graphql.NewNonNull(graphql.ID), Description: "The center: " + nodeRefDoc},
					"depth": {Type: graphql.Int, DefaultValue: 1, Description: "Hops from id, 0 to 5."},
					"types": {Type: graphql.NewList(graphql.NewNonNull(t.relationType)), Description: "Only these types; all when omitted."},
					"limit": {Type: graphql.Int, DefaultValue: 200, Description: "Most nodes returned, 1 to 1000, counted after the types and dates are applied."},
					"from":  {Type: graphql.String, Description: "Only relations stated in an article published on or after this date (YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; inclusive); evidence is then limited to the same window."},
					"to":    {Type: graphql.String, Description: "Only relations stated in an article published on or before this date (YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; inclusive); evidence is then limited to the same window."},
				},
				Resolve: t.safe(t.resolveNeighborhood),
			},
		},
	})
	extra := graphql.Fields{}
	t.researchQueryFields(extra)
	for name, f := range extra {
		t.query.AddFieldConfig(name, f)
	}
}

func (t *types) resolveNode(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	var (
		v   any
		err error
	)
	switch graph.KindOfID(id) {
	case "actor", "policy", "claim":
		var n *graph.Node
		if n, err = t.store.Node(p.Context, id); err == nil {
			v = n
		}
	case "article":
		var a *graph.Article
		if a, err = t.store.Article(p.Context, id); err == nil {
			v = a
		}
	default:
		return nil, nil
	}
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, storeError(err, false)
	}
	return v, nil
}

func (t *types) resolveRelation(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	if graph.KindOfID(id) != "relation" {
		return nil, nil
	}
	r, err := t.store.Relation(p.Context, id, graph.WithoutEvidence())
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, storeError(err, false)
	}
	return r, nil
}

func (t *types) resolveNodes(p graphql.ResolveParams) (any, error) {
	pa, err := pageArgs(p.Args)
	if err != nil {
		return nil, err
	}
	from, to, err := dateArgs(p.Args)
	if err != nil {
		return nil, err
	}
	search, _ := p.Args["search"].(string)
	kinds := kindsArg(p.Args["kinds"])
	withArticles := slices.Contains(kinds, graph.ArticleKind)
	kinds = slices.DeleteFunc(kinds, func(k graph.Kind) bool { return k == graph.ArticleKind })
	country, err := countryArg(p.Args, "country")
	if err != nil {
		return nil, err
	}
	code, err := codeArg(p.Args)
	if err != nil {
		return nil, err
	}
	article, err := t.articleArg(p)
	if err != nil {
		return nil, err
	}
	f := graph.NodeFilter{Kinds: kinds, Search: strings.TrimSpace(search), From: from, To: to, Order: orderArg(p.Args["orderBy"]), Country: country, Code: code, Article: article}
	if v, ok := p.Args["local"].(bool); ok {
		f.Local = &v
	}

	if !withArticles {
		return fetchPage(pa, func(pa graph.PageArgs) (graph.Page[*graph.Node], error) {
			return t.store.Nodes(p.Context, f, pa)
		})
	}
	if f.Search != "" || from != "" || to != "" || f.Country != "" || f.Code != "" || f.Article != "" || f.Local != nil || f.Order.Field != graph.ByID {
		// The store filters nodes, not articles, by text, country, code, article, locality and
		// date; refusing beats silently returning an unfiltered article list.
		return nil, errorf(CodeBadArgument, "search, country, code, article, local, from, to and orderBy do not apply to kind ARTICLE; list articles with articles(...) or drop ARTICLE from kinds")
	}
	if len(kinds) == 0 {
		return fetchPage(pa, func(pa graph.PageArgs) (graph.Page[*graph.Article], error) {
			return t.store.Articles(p.Context, pa)
		})
	}
	if pa.Last > 0 || pa.Before != "" {
		return nil, errorf(CodeBadArgument, "last and before do not apply when kinds mixes ARTICLE with other kinds; page forward with first and after")
	}
	return t.mergedNodes(p, f, pa)
}

// articleArg reads nodes(article:) and relations(article:): "" when absent; an ID that is no stored article is NOT_FOUND
// (a mistyped ID must not read as "this article has no actors"), and one of another kind (a node's
// ID) is BAD_ARGUMENT naming the kind it is.
func (t *types) articleArg(p graphql.ResolveParams) (string, error) {
	id, _ := p.Args["article"].(string)
	id = strings.TrimSpace(id)
	if id == "" {
		return "", nil
	}
	if k := graph.KindOfID(id); k != "article" {
		what := "no ID of this store"
		if k != "" {
			what = "the ID of " + aOrAn(k)
		}
		return "", errorf(CodeBadArgument, "article: %q is %s; give an article's ID (%s…, as in articles { nodes { id } })", id, what, graph.ArticlePrefix)
	}
	if _, err := t.store.Article(p.Context, id); err != nil {
		if errors.Is(err, graph.ErrNotFound) {
			return "", errorf(CodeNotFound, "article: no stored article has the ID %q", id)
		}
		return "", storeError(err, false)
	}
	return id, nil
}

// aOrAn is "an actor", "a policy": k with its indefinite article.
func aOrAn(k string) string {
	if strings.ContainsAny(k[:1], "aeiou") {
		return "an " + k
	}
	return "a " + k
}

// mergedCursor is the position in both streams of a nodes page that mixes nodes and articles:
// the store cursor of the last node and of the last article already returned.
type mergedCursor [2]string

const mergedCursorPrefix = "m"

func (c mergedCursor) encode() string {
	b, _ := json.Marshal([2]string(c))
	return mergedCursorPrefix + base64.RawURLEncoding.EncodeToString(b)
}

func decodeMergedCursor(s string) (mergedCursor, error) {
	var c mergedCursor
	if s == "" {
		return c, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(s, mergedCursorPrefix))
	if err != nil || !strings.HasPrefix(s, mergedCursorPrefix) || json.Unmarshal(b, (*[2]string)(&c)) != nil {
		return c, errorf(CodeBadArgument, "invalid cursor in after")
	}
	return c, nil
}

// mergedNodes pages through nodes of kinds f.Kinds and articles together, in ID order, by
// merging one page of each.
func (t *types) mergedNodes(p graphql.ResolveParams, f graph.NodeFilter, pa graph.PageArgs) (any, error) {
	cur, err := decodeMergedCursor(pa.After)
	if err != nil {
		return nil, err
	}
	n := max(pa.First, 1)
	np, err := t.store.Nodes(p.Context, f, graph.PageArgs{First: n, After: cur[0]})
	if err != nil {
		return nil, storeError(err, cur[0] != "")
	}
	ap, err := t.store.Articles(p.Context, graph.PageArgs{First: n, After: cur[1]})
	if err != nil {
		return nil, storeError(err, cur[1] != "")
	}
	out := &conn{total: np.Total + ap.Total, hasPrevious: pa.After != ""}
	i, j := 0, 0
	for len(out.items) < pa.First && (i < len(np.Items) || j < len(ap.Items)) {
		if j >= len(ap.Items) || (i < len(np.Items) && np.Items[i].ID < ap.Items[j].ID) {
			out.items = append(out.items, np.Items[i])
			cur[0] = np.Cursors[i]
			i++
		} else {
			out.items = append(out.items, ap.Items[j])
			cur[1] = ap.Cursors[j]
			j++
		}
		out.cursors = append(out.cursors, cur.encode())
	}
	out.hasNext = i < len(np.Items) || j < len(ap.Items) || np.HasNext || ap.HasNext
	return out, nil
}

func (t *types) resolveRelations(p graphql.ResolveParams) (any, error) {
	pa, err := pageArgs(p.Args)
	if err != nil {
		return nil, err
	}
	f := graph.RelationFilter{Types: typesArg(p.Args["types"])}
	if err := readRelationFilter(p.Args, &f); err != nil {
		return nil, err
	}
	if err := t.endpointArgs(p, &f); err != nil {
		return nil, err
	}
	if f.SourceMembers, _ = p.Args["includeMembers"].(bool); f.SourceMembers && f.Source == "" {
		return nil, errorf(CodeBadArgument, "includeMembers: true needs source: the body whose members' relations to add")
	}
	// An article ID that is not stored is NOT_FOUND, as in nodes(article:), not "no relations"
	// (nu20 finding A7: a mistyped ID read as an article without relations).
	if f.Article, err = t.articleArg(p); err != nil {
		return nil, err
	}
	return t.relationPage(p, f, pa)
}

// relationPage fetches one page of relations matching f, without evidence. When f has a date
// window or an article, each relation's evidence field is limited to it (the request's loader
// remembers the window per relation value), as graph.Relations limits EvidenceCount.
func (t *types) relationPage(p graphql.ResolveParams, f graph.RelationFilter, pa graph.PageArgs) (any, error) {
	c, err := fetchPage(pa, func(pa graph.PageArgs) (graph.Page[*graph.Relation], error) {
		return t.store.Relations(p.Context, f, pa, graph.WithoutEvidence())
	})
	noDups := f.NearDuplicates != nil && !*f.NearDuplicates
	if err != nil || (f.From == "" && f.To == "" && f.Article == "" && !noDups) {
		return c, err
	}
	l := loaderFor(p.Context, t.store)
	for _, it := range c.items {
		if r, ok := it.(*graph.Relation); ok {
			l.setWindow(r, window{from: f.From, to: f.To, article: f.Article, basis: f.DateBasis, noDups: noDups})
		}
	}
	return c, nil
}

func (t *types) resolveArticles(p graphql.ResolveParams) (any, error) {
	pa, err := pageArgs(p.Args)
	if err != nil {
		return nil, err
	}
	from, to, err := dateArgs(p.Args)
	if err != nil {
		return nil, err
	}
	f := graph.ArticleFilter{From: from, To: to, Order: articleOrderArg(p.Args["orderBy"])}
	f.Search, _ = p.Args["search"].(string)
	f.Outlet, _ = p.Args["outlet"].(string)
	return fetchPage(pa, func(pa graph.PageArgs) (graph.Page[*graph.Article], error) {
		return t.store.ArticlesWhere(p.Context, f, pa)
	})
}

func (t *types) resolveNeighborhood(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	depth := intArg(p.Args, "depth", 1)
	limit := intArg(p.Args, "limit", 200)
	if depth < 0 || depth > MaxNeighborhoodDepth {
		return nil, errorf(CodeBadArgument, "depth must be between 0 and %d, got %d", MaxNeighborhoodDepth, depth)
	}
	if limit < 1 || limit > MaxNeighborhoodLimit {
		return nil, errorf(CodeBadArgument, "limit must be between 1 and %d, got %d", MaxNeighborhoodLimit, limit)
	}
	from, to, err := dateArgs(p.Args)
	if err != nil {
		return nil, err
	}
	id, err = t.nodeRef(p.Context, "id", id)
	if err != nil {
		return nil, err
	}
	switch graph.KindOfID(id) {
	case "actor", "policy", "claim", "article":
	default:
		return nil, errorf(CodeNotFound, "no node with id %q", id)
	}
	q := graph.NeighborhoodQuery{Depth: depth, Types: typesArg(p.Args["types"]), Limit: limit, From: from, To: to}
	sg, err := t.store.NeighborhoodWhere(p.Context, id, q, graph.WithoutEvidence())
	if errors.Is(err, graph.ErrNotFound) {
		return nil, &Error{Code: CodeNotFound, Message: "no node with id " + quote(id), Err: err}
	}
	if err != nil {
		return nil, storeError(err, false)
	}
	l := loaderFor(p.Context, t.store)
	l.prime(sg.Nodes, sg.Articles)
	out := &subgraph{
		nodes:     make([]any, 0, len(sg.Nodes)+len(sg.Articles)),
		relations: make([]any, 0, len(sg.Relations)),
	}
	for _, n := range sg.Nodes {
		out.nodes = append(out.nodes, n)
	}
	for _, a := range sg.Articles {
		out.nodes = append(out.nodes, a)
	}
	for _, r := range sg.Relations {
		out.relations = append(out.relations, r)
		if from != "" || to != "" {
			l.setWindow(r, window{from: from, to: to}) // its evidence field keeps to the window, as in relations(from:, to:)
		}
	}
	return out, nil
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// articleOrderArg is the order of the articles field: orderBy when given, else publication date
// ascending with ties by ID (graph.Order breaks ties by ID; undated articles come last), so an
// unordered list reads in date order instead of the hash order of article IDs.
func articleOrderArg(v any) graph.Order {
	if v == nil {
		return graph.Order{Field: graph.ByPublished}
	}
	return orderArg(v)
}
