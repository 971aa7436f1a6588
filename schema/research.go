package schema

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// Types and fields for researchers and visualization tools: list ordering and filters, paths,
// timelines and relation counts. Resolvers keep to the store's own calls (graph.Paths,
// graph.Timeline, graph.RelationCounts); this file only maps arguments and results.

// Bounds of the research fields.
const (
	// DefaultPathDepth is path's maxDepth when omitted (the default).
	DefaultPathDepth = 4
	// DefaultPathK is how many paths path returns when k is omitted.
	DefaultPathK = 3
	// MaxPathK is the most paths one path call returns.
	MaxPathK = 50
)

// pathBudget is the work bound of path (graph.PathQuery.Budget); a variable so that a test can
// reach it on a small store.
var pathBudget = graph.DefaultPathBudget

// researchTypes are the GraphQL types of this file, built by buildResearch.
type researchTypes struct {
	orderDirection, relationOrderField, articleOrderField, nodeOrderField *graphql.Enum
	groupBy, interval, dateBasis, eventPrecision                          *graphql.Enum
	relationOrder, articleOrder, nodeOrder                                *graphql.InputObject
	path, timeline, timelineBucket, relationCount                         *graphql.Object
}

// buildResearch builds the ordering enums and inputs, Path, Timeline, TimelineBucket and
// RelationCount. It needs t.node and t.relation.
func (t *types) buildResearch() {
	r := &t.research
	r.orderDirection = graphql.NewEnum(graphql.EnumConfig{
		Name:        "OrderDirection",
		Description: "Sort direction. Ties are broken by ID, ascending, so pages are stable; items without a value (an undated article) come last either way.",
		Values: graphql.EnumValueConfigMap{
			"ASC":  {Value: false, Description: "Smallest first (A before Z, older before newer)."},
			"DESC": {Value: true, Description: "Largest first."},
		},
	})
	r.relationOrderField = graphql.NewEnum(graphql.EnumConfig{
		Name:        "RelationOrderField",
		Description: "What a relation list is sorted by.",
		Values: graphql.EnumValueConfigMap{
			"ID":             {Value: graph.ByID, Description: "The relation ID (the default order)."},
			"CONFIDENCE":     {Value: graph.ByConfidence, Description: "Relation.confidence."},
			"EVIDENCE_COUNT": {Value: graph.ByEvidenceCount, Description: "Relation.evidenceCount."},
			"PUBLISHED":      {Value: graph.ByPublished, Description: "The earliest publication date of an article that states the relation (when it was first reported)."},
			"LABEL":          {Value: graph.ByLabel, Description: "Source label, then type, then target label, case-insensitively."},
		},
	})
	r.articleOrderField = graphql.NewEnum(graphql.EnumConfig{
		Name:        "ArticleOrderField",
		Description: "What an article list is sorted by.",
		Values: graphql.EnumValueConfigMap{
			"ID":        {Value: graph.ByID, Description: "The article ID."},
			"PUBLISHED": {Value: graph.ByPublished, Description: "Article.publishedAt; undated articles last (the default order, ascending)."},
			"LABEL":     {Value: graph.ByLabel, Description: "The title (the label), case-insensitively."},
		},
	})
	r.nodeOrderField = graphql.NewEnum(graphql.EnumConfig{
		Name:        "NodeOrderField",
		Description: "What a node list is sorted by.",
		Values: graphql.EnumValueConfigMap{
			"ID":        {Value: graph.ByID, Description: "The node ID (the default order without search)."},
			"RELEVANCE": {Value: graph.ByRelevance, Description: "How well the node matches search: exact name or alias, whole word of the name, of an alias, word prefix, inside a word, then claim text (the default order with search)."},
			"LABEL":     {Value: graph.ByLabel, Description: "The label, case-insensitively."},
		},
	})
	orderInput := func(name string, field *graphql.Enum) *graphql.InputObject {
		return graphql.NewInputObject(graphql.InputObjectConfig{
			Name: name,
			Fields: graphql.InputObjectConfigFieldMap{
				"field": {Type: graphql.NewNonNull(field)},
				// no DefaultValue: graphql-go would print the internal false in introspection
				"direction": {Type: r.orderDirection, Description: "ASC (default) or DESC."},
			},
		})
	}
	r.relationOrder = orderInput("RelationOrder", r.relationOrderField)
	r.articleOrder = orderInput("ArticleOrder", r.articleOrderField)
	r.nodeOrder = orderInput("NodeOrder", r.nodeOrderField)

	r.groupBy = graphql.NewEnum(graphql.EnumConfig{
		Name: "RelationGroupBy",
		Values: graphql.EnumValueConfigMap{
			"TYPE":   {Value: graph.GroupByType, Description: "By relation type."},
			"SOURCE": {Value: graph.GroupBySource, Description: "By source node."},
			"TARGET": {Value: graph.GroupByTarget, Description: "By target node."},
		},
	})
	r.dateBasis = graphql.NewEnum(graphql.EnumConfig{
		Name:        "DateBasis",
		Description: "Which date of an evidence sentence from/to and timeline buckets read.",
		Values: graphql.EnumValueConfigMap{
			"PUBLISHED": {Value: graph.PublishedBasis, Description: "The publication date of the sentence's article (the default)."},
			"EVENT":     {Value: graph.EventBasis, Description: "The date of the event the sentence reports, when it says one (Evidence.eventDate: \"on 8 November 2018\", \"in April last year\", \"last week\"), else the article's publication date; compared by the first day of its period."},
		},
	})
	r.interval = graphql.NewEnum(graphql.EnumConfig{
		Name: "Interval",
		Values: graphql.EnumValueConfigMap{
			"DAY":     {Value: graph.Day},
			"WEEK":    {Value: graph.Week, Description: "ISO weeks, starting on Monday."},
			"MONTH":   {Value: graph.Month},
			"QUARTER": {Value: graph.Quarter, Description: "Calendar quarters, starting in January, April, July and October."},
			"YEAR":    {Value: graph.Year, Description: "Calendar years."},
		},
	})

	r.path = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Path",
		Description: "A chain of relations from one node to another: nodes[i] and nodes[i+1] are the ends of relations[i] (walked against the relation's direction when direction is IN or ANY).",
		Fields: graphql.Fields{
			"length": {Type: graphql.NewNonNull(graphql.Int), Description: "Relations in the path.", Resolve: from(func(p graph.Path) any { return len(p.Relations) })},
			"nodes": {
				Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.node))),
				Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
					path, ok := p.Source.(graph.Path)
					if !ok {
						return nil, badSource(p)
					}
					l := loaderFor(p.Context, t.store)
					out := make([]any, len(path.Nodes))
					for i, id := range path.Nodes {
						out[i] = t.safeThunk("Path.nodes", l.endpoint(p.Context, id))
					}
					return out, nil
				}),
			},
			"relations": {
				Type:    graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.relation))),
				Resolve: from(func(p graph.Path) any { return toAny(p.Relations) }),
			},
		},
	})
	r.timelineBucket = graphql.NewObject(graphql.ObjectConfig{
		Name:        "TimelineBucket",
		Description: "How often relations of one type were stated in the articles of one period.",
		Fields: graphql.Fields{
			"period":           {Type: graphql.NewNonNull(graphql.String), Description: "First day of the period, YYYY-MM-DD.", Resolve: from(func(b graph.TimelineBucket) any { return b.Period })},
			"type":             {Type: graphql.NewNonNull(t.relationType), Resolve: from(func(b graph.TimelineBucket) any { return b.Type })},
			"relations":        {Type: graphql.NewNonNull(graphql.Int), Description: "Distinct relations stated in the period's articles.", Resolve: from(func(b graph.TimelineBucket) any { return b.Relations })},
			"articles":         {Type: graphql.NewNonNull(graphql.Int), Description: "Article statements of them: a relation stated in three articles counts three, and an article stating three of them counts three.", Resolve: from(func(b graph.TimelineBucket) any { return b.Articles })},
			"distinctArticles": {Type: graphql.NewNonNull(graphql.Int), Description: "Articles of the period that state at least one of them, each counted once (what a plot of articles over time wants).", Resolve: from(func(b graph.TimelineBucket) any { return b.DistinctArticles })},
		},
	})
	r.timeline = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Timeline",
		Description: "Counts of relations by type over publication time, one bucket per (period, type) that has any; for plots.",
		Fields: graphql.Fields{
			"buckets": {
				Type:    graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(r.timelineBucket))),
				Resolve: from(func(tl *graph.Timeline) any { return toAny(tl.Buckets) }),
			},
			"undated": {Type: graphql.NewNonNull(graphql.Int), Description: "Article statements left out because the article has no publication date.", Resolve: from(func(tl *graph.Timeline) any { return tl.Undated })},
			"coarse":  {Type: graphql.NewNonNull(graphql.Int), Description: "With dateBasis: EVENT, statements left out because their event date is coarser than the interval (\"in 2019\" on a MONTH timeline); 0 otherwise.", Resolve: from(func(tl *graph.Timeline) any { return tl.Coarse })},
		},
	})
	r.relationCount = graphql.NewObject(graphql.ObjectConfig{
		Name:        "RelationCount",
		Description: "One group of relationCounts.",
		Fields: graphql.Fields{
			"key": {Type: graphql.NewNonNull(graphql.String), Description: "The relation type (TYPE) or node ID (SOURCE, TARGET).", Resolve: from(func(c graph.RelationCount) any { return c.Key })},
			"type": {Type: t.relationType, Description: "The relation type, when grouped by TYPE.", Resolve: from(func(c graph.RelationCount) any {
				if graph.KindOfID(c.Key) != "" {
					return nil
				}
				return graph.RelType(c.Key)
			})},
			"node": {
				Type:        t.node,
				Description: "The source or target node, when grouped by SOURCE or TARGET.",
				Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
					c, ok := p.Source.(graph.RelationCount)
					if !ok {
						return nil, badSource(p)
					}
					if graph.KindOfID(c.Key) == "" {
						return nil, nil
					}
					return t.safeThunk("RelationCount.node", loaderFor(p.Context, t.store).endpoint(p.Context, c.Key)), nil
				}),
			},
			"relations": {Type: graphql.NewNonNull(graphql.Int), Resolve: from(func(c graph.RelationCount) any { return c.Relations })},
			"evidence":  {Type: graphql.NewNonNull(graphql.Int), Description: "Evidence sentences of the group's relations.", Resolve: from(func(c graph.RelationCount) any { return c.Evidence })},
		},
	})
}

func toAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// relationListArgs adds the filters and ordering every relation list takes to args.
func (t *types) relationListArgs(args graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	args["minConfidence"] = &graphql.ArgumentConfig{Type: graphql.Float, Description: "Only relations with confidence >= this (0..1)."}
	args["negated"] = &graphql.ArgumentConfig{Type: graphql.Boolean, Description: "Only negated (true) or only affirmed (false) relations."}
	args["hedged"] = &graphql.ArgumentConfig{Type: graphql.Boolean, Description: "Only hedged (true) or only unhedged (false) relations."}
	args["inQuestion"] = &graphql.ArgumentConfig{Type: graphql.Boolean, Description: "false: leave out relations stated only inside journalists' questions or moderators' turns (a questioner's paraphrase of a party); true: only those (Relation.inQuestion)."}
	args["search"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Only relations with a sentence (Evidence.text, in any article) containing this text, case-insensitively: relations(search: \"one-China\") finds the stances whose sentence names it, whatever their target node."}
	args["orderBy"] = &graphql.ArgumentConfig{Type: t.research.relationOrder, Description: "Sort order; by ID when omitted."}
	args["nearDuplicates"] = &graphql.ArgumentConfig{Type: graphql.Boolean, Description: "false: count each statement once — leave out the sentences of articles stored as near-duplicates of another (Article.nearDuplicateOf: a corrected copy, a repost); relations stated only there are left out, evidence and evidenceCount keep the rest. Omitted or true: all. A near-duplicate's sentences never raise a relation's confidence."}
	args["dateBasis"] = &graphql.ArgumentConfig{Type: t.research.dateBasis, Description: "The date from/to read: PUBLISHED (default) the article's publication date, EVENT the date of the event each sentence reports when it says one (Evidence.eventDate), else the publication date; with EVENT, from/to keep and count evidence sentence by sentence."}
	args["sourceCountry"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Only relations whose source is an actor of this country: an ISO 3166-1 alpha-3 / CAMEO country code such as \"CHN\" (case-insensitive), the same country as Actor.country and nodes(country:)."}
	args["targetCountry"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Only relations whose target is an actor of this country (ISO 3166-1 alpha-3 / CAMEO country code, case-insensitive)."}
	args["addresseeCountry"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Only relations with a sentence addressed to an actor of this country (Evidence.addressee: \"we urge the US side to …\"; ISO 3166-1 alpha-3 / CAMEO country code, case-insensitive). targetCountry matches the target node only; a bilateral timeline takes both."}
	args["country"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Only relations with an actor of this country at either end (ISO 3166-1 alpha-3 / CAMEO country code, case-insensitive); combines with sourceCountry and targetCountry (all must hold)."}
	args["local"] = &graphql.ArgumentConfig{Type: graphql.Boolean, Description: "false: only relations neither of whose ends is local to its article (Actor.local, Policy.local: \"the plan\", \"relevant parties\", a \"Foreign Ministry\" of no stated country); true: only relations with such an end."}
	if _, ok := args["from"]; !ok {
		args["from"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Earliest publication date (YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; inclusive) of an article that states the relation; evidence is then limited to the same window."}
		args["to"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Latest publication date (YYYY-MM-DD, or YYYY-MM / YYYY for a whole month or year; inclusive) of an article that states the relation; evidence is then limited to the same window."}
	}
	return args
}

// backwardArgs adds Relay's last and before to a connection's arguments.
func backwardArgs(args graphql.FieldConfigArgument) graphql.FieldConfigArgument {
	args["last"] = &graphql.ArgumentConfig{Type: graphql.Int, Description: "The last this many items (before before, when given), at most 1000; not with first."}
	args["before"] = &graphql.ArgumentConfig{Type: graphql.String, Description: "Cursor of the item to end before (a startCursor or edge cursor)."}
	return args
}

// readRelationFilter reads minConfidence, negated, hedged, inQuestion, local, search, sourceCountry, targetCountry,
// addresseeCountry, country, orderBy, from and to into f.
func readRelationFilter(args map[string]any, f *graph.RelationFilter) error {
	if v, ok := args["minConfidence"]; ok && v != nil {
		c, ok := v.(float64)
		if !ok || math.IsNaN(c) || c < 0 || c > 1 {
			return errorf(CodeBadArgument, "minConfidence must be between 0 and 1, got %v", v)
		}
		f.MinConfidence = c
	}
	if v, ok := args["negated"].(bool); ok {
		f.Negated = &v
	}
	if v, ok := args["hedged"].(bool); ok {
		f.Hedged = &v
	}
	if v, ok := args["inQuestion"].(bool); ok {
		f.InQuestion = &v
	}
	if v, ok := args["local"].(bool); ok {
		f.Local = &v
	}
	if v, ok := args["search"].(string); ok {
		f.Search = strings.TrimSpace(v)
	}
	for _, a := range []struct {
		name string
		dst  *string
	}{{"sourceCountry", &f.SourceCountry}, {"targetCountry", &f.TargetCountry}, {"country", &f.Country}, {"addresseeCountry", &f.AddresseeCountry}} {
		v, err := countryArg(args, a.name) // an unknown code is BAD_ARGUMENT, never 0 rows
		if err != nil {
			return err
		}
		*a.dst = v
	}
	f.Order = orderArg(args["orderBy"])
	f.DateBasis, _ = args["dateBasis"].(graph.DateBasis)
	if v, ok := args["nearDuplicates"].(bool); ok {
		f.NearDuplicates = &v
	}
	from, to, err := dateArgs(args)
	if err != nil {
		return err
	}
	f.From, f.To = from, to
	return nil
}

// orderArg reads an order input ({field, direction}) into a graph.Order.
func orderArg(v any) graph.Order {
	m, _ := v.(map[string]any)
	var o graph.Order
	o.Field, _ = m["field"].(graph.OrderField)
	o.Desc, _ = m["direction"].(bool)
	return o
}

// researchQueryFields are path, timeline and relationCounts.
func (t *types) researchQueryFields(fields graphql.Fields) {
	fields["path"] = &graphql.Field{
		Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.research.path))),
		Description: "The shortest paths from one node to another, shortest first, up to k of them, each a list of relations with their evidence; [] when none is within maxDepth (then extensions.notices, code PATH_DEPTH, says how long the shortest path is, or that there is none up to the largest maxDepth). " +
			fmt.Sprintf("The search is bounded (%d adjacency entries read); past the bound the field fails with %s: lower maxDepth or name types.", graph.DefaultPathBudget, CodePathBudget),
		Args: graphql.FieldConfigArgument{
			"from":      {Type: graphql.NewNonNull(graphql.ID), Description: "Where the paths start: " + nodeRefDoc},
			"to":        {Type: graphql.NewNonNull(graphql.ID), Description: "Where the paths end: " + nodeRefDoc},
			"maxDepth":  {Type: graphql.Int, DefaultValue: DefaultPathDepth, Description: fmt.Sprintf("Most relations in a path, 1 to %d.", graph.MaxPathDepth)},
			"types":     {Type: graphql.NewList(graphql.NewNonNull(t.relationType)), Description: "Follow only these relation types; all when omitted."},
			"direction": {Type: t.direction, Description: "OUT follows relations source → target, IN target → source, ANY (default) both."},
			"k":         {Type: graphql.Int, DefaultValue: DefaultPathK, Description: fmt.Sprintf("Most paths returned, 1 to %d.", MaxPathK)},
		},
		Resolve: t.safe(t.resolvePath),
	}
	fields["timeline"] = &graphql.Field{
		Type:        graphql.NewNonNull(t.research.timeline),
		Description: "Counts of relations by type over the publication dates of the articles that state them, for plots: of one actor (any node) when actor is given, else of the whole graph.",
		Args: graphql.FieldConfigArgument{
			"actor":            {Type: graphql.ID, Description: "Only relations of this node: " + nodeRefDoc},
			"direction":        {Type: t.direction, Description: "With actor: OUT its relations as source, IN as target, ANY (default) both."},
			"addressee":        {Type: graphql.ID, Description: "Only relations with a sentence addressed to this actor (Evidence.addressee: \"we urge the US side to …\"), e.g. timeline(actor: \"China\", direction: OUT, addressee: \"United States\"): " + nodeRefDoc},
			"source":           {Type: graphql.ID, Description: "Only relations from this node, as relations(source:); with target, one dyad over time: timeline(source: \"China\", target: \"United States\"): " + nodeRefDoc},
			"target":           {Type: graphql.ID, Description: "Only relations to this node, as relations(target:): " + nodeRefDoc},
			"sourceCountry":    {Type: graphql.String, Description: "Only relations whose source is an actor of this country (ISO 3166-1 alpha-3 / CAMEO code, case-insensitive), as relations(sourceCountry:); with targetCountry, what one country's actors did to another's per period: timeline(sourceCountry: \"CHN\", targetCountry: \"USA\")."},
			"targetCountry":    {Type: graphql.String, Description: "Only relations whose target is an actor of this country (ISO 3166-1 alpha-3 / CAMEO code, case-insensitive), as relations(targetCountry:)."},
			"country":          {Type: graphql.String, Description: "Only relations with an actor of this country at either end (ISO 3166-1 alpha-3 / CAMEO code), as relations(country:)."},
			"addresseeCountry": {Type: graphql.String, Description: "Only relations with a sentence addressed to an actor of this country (Evidence.addressee), as relations(addresseeCountry:)."},
			"types":            {Type: graphql.NewList(graphql.NewNonNull(t.relationType)), Description: "Only these relation types; all when omitted."},
			"interval":         {Type: t.research.interval, Description: "Bucket width; MONTH when omitted."},
			"nearDuplicates":   {Type: graphql.Boolean, Description: "false: count each statement once — leave out the articles stored as near-duplicates of another (Article.nearDuplicateOf), as relations(nearDuplicates: false) does. Omitted or true: all."},
			"dateBasis":        {Type: t.research.dateBasis, Description: "PUBLISHED (default): buckets by the publication dates of the articles; EVENT: by the date of the event each sentence reports when it says one (Evidence.eventDate), else its article's publication date; a date coarser than the interval is counted in coarse."},
			"local":            {Type: graphql.Boolean, Description: "false: only relations neither of whose ends is local to its article (as relations(local:)); true: only those with such an end."},
			"from":             {Type: graphql.String, Description: "Only articles published on or after this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY)."},
			"to":               {Type: graphql.String, Description: "Only articles published on or before this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY)."},
		},
		Resolve: t.safe(t.resolveTimeline),
	}
	fields["relationCounts"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.research.relationCount))),
		Description: "Relations counted by type, source or target, largest group first (ties by key), for plots.",
		Args: t.relationListArgs(graphql.FieldConfigArgument{
			"groupBy":   {Type: graphql.NewNonNull(t.research.groupBy)},
			"types":     {Type: graphql.NewList(graphql.NewNonNull(t.relationType)), Description: "Only these relation types; all when omitted."},
			"source":    {Type: graphql.ID, Description: "Only relations from this node (relationCounts(groupBy: TARGET, source: ...) is whom it acts on most): " + nodeRefDoc},
			"target":    {Type: graphql.ID, Description: "Only relations to this node: " + nodeRefDoc},
			"addressee": {Type: graphql.ID, Description: "Only relations with a sentence addressed to this actor (Evidence.addressee): " + nodeRefDoc},
			"first":     {Type: graphql.Int, DefaultValue: DefaultFirst, Description: fmt.Sprintf("Most groups returned, at most %d.", MaxFirst)},
		}),
		Resolve: t.safe(t.resolveRelationCounts),
	}
}

func (t *types) resolvePath(p graphql.ResolveParams) (any, error) {
	from, _ := p.Args["from"].(string)
	to, _ := p.Args["to"].(string)
	depth := intArg(p.Args, "maxDepth", DefaultPathDepth)
	k := intArg(p.Args, "k", DefaultPathK)
	if depth < 1 || depth > graph.MaxPathDepth {
		return nil, errorf(CodeBadArgument, "maxDepth must be between 1 and %d, got %d", graph.MaxPathDepth, depth)
	}
	if k < 1 || k > MaxPathK {
		return nil, errorf(CodeBadArgument, "k must be between 1 and %d, got %d", MaxPathK, k)
	}
	var err error
	if from, err = t.nodeRef(p.Context, "from", from); err != nil {
		return nil, err
	}
	if to, err = t.nodeRef(p.Context, "to", to); err != nil {
		return nil, err
	}
	for _, id := range []string{from, to} {
		switch graph.KindOfID(id) {
		case "actor", "policy", "claim":
		default:
			return nil, errorf(CodeNotFound, "no node with id %q", id)
		}
	}
	dir, ok := p.Args["direction"].(graph.Direction)
	if !ok {
		dir = graph.Any
	}
	paths, err := t.store.Paths(p.Context, graph.PathQuery{From: from, To: to, MaxDepth: depth,
		Types: typesArg(p.Args["types"]), Direction: dir, K: k, Budget: pathBudget})
	switch {
	case errors.Is(err, graph.ErrPathBudget):
		return nil, &Error{Code: CodePathBudget, Message: fmt.Sprintf("path search from %s to %s needs more than %d steps at maxDepth %d: lower maxDepth, or follow fewer relation types", from, to, pathBudget, depth), Err: err}
	case errors.Is(err, graph.ErrNotFound):
		// name the end that is missing, not both (new-user trial 12): the store says only that one is
		var missing []string
		for _, id := range []string{from, to} {
			if _, nerr := t.store.Node(p.Context, id); errors.Is(nerr, graph.ErrNotFound) {
				missing = append(missing, quote(id))
			}
		}
		if len(missing) == 0 {
			missing = []string{quote(from) + " or " + quote(to)}
		}
		return nil, &Error{Code: CodeNotFound, Message: "no node with id " + strings.Join(missing, " and "), Err: err}
	case err != nil:
		return nil, storeError(err, false)
	}
	if len(paths) == 0 && depth < graph.MaxPathDepth {
		t.noticeLongerPath(p, graph.PathQuery{From: from, To: to, MaxDepth: graph.MaxPathDepth,
			Types: typesArg(p.Args["types"]), Direction: dir, K: 1, Budget: pathBudget}, depth)
	}
	return toAny(paths), nil
}

// noticeLongerPath tells a client whose path found nothing within maxDepth whether a longer one
// exists (new-user trial 29, finding 19: [] could not tell "not connected" from "too far"). It
// searches once more up to graph.MaxPathDepth for one path, under the same budget; the answer
// stays [], the notice (extensions.notices, code PATH_DEPTH) says what that search found.
func (t *types) noticeLongerPath(p graphql.ResolveParams, q graph.PathQuery, depth int) {
	longer, err := t.store.Paths(p.Context, q)
	switch {
	case errors.Is(err, graph.ErrPathBudget):
		addNotice(p, NoticePathDepth, fmt.Sprintf("no path within maxDepth %d; a search up to %d relations stopped at its bound (%d steps), so a longer path may exist", depth, q.MaxDepth, q.Budget))
	case err != nil:
		return // the first search succeeded; a failure of the second only costs the hint
	case len(longer) > 0:
		n := len(longer[0].Relations)
		addNotice(p, NoticePathDepth, fmt.Sprintf("no path within maxDepth %d; the shortest path is %d relations long: ask again with maxDepth: %d", depth, n, n))
	default:
		addNotice(p, NoticePathDepth, fmt.Sprintf("no path within maxDepth %d, nor up to %d relations (the largest maxDepth): the two nodes are not connected by the relations followed", depth, q.MaxDepth))
	}
}

func (t *types) resolveTimeline(p graphql.ResolveParams) (any, error) {
	from, to, err := dateArgs(p.Args)
	if err != nil {
		return nil, err
	}
	f := graph.RelationFilter{Types: typesArg(p.Args["types"]), From: from, To: to}
	f.DateBasis, _ = p.Args["dateBasis"].(graph.DateBasis)
	if v, ok := p.Args["nearDuplicates"].(bool); ok {
		f.NearDuplicates = &v
	}
	if v, ok := p.Args["local"].(bool); ok {
		f.Local = &v
	}
	if err := t.endpointArgs(p, &f); err != nil { // source, target, addressee (speaker: none)
		return nil, err
	}
	for _, a := range []struct {
		name string
		dst  *string
	}{{"sourceCountry", &f.SourceCountry}, {"targetCountry", &f.TargetCountry}, {"country", &f.Country}, {"addresseeCountry", &f.AddresseeCountry}} {
		if *a.dst, err = countryArg(p.Args, a.name); err != nil { // an unknown code is BAD_ARGUMENT
			return nil, err
		}
	}
	if actor, ok := p.Args["actor"].(string); ok && actor != "" {
		if actor, err = t.nodeRef(p.Context, "actor", actor); err != nil {
			return nil, err
		}
		switch graph.KindOfID(actor) {
		case "actor", "policy", "claim":
		default:
			return nil, errorf(CodeNotFound, "no node with id %q", actor)
		}
		f.Node, f.Direction = actor, graph.Any
		if d, ok := p.Args["direction"].(graph.Direction); ok {
			f.Direction = d
		}
	}
	iv, ok := p.Args["interval"].(graph.Interval)
	if !ok {
		iv = graph.Month
	}
	tl, err := t.store.Timeline(p.Context, f, iv)
	if err != nil {
		return nil, storeError(err, false)
	}
	return tl, nil
}

func (t *types) resolveRelationCounts(p graphql.ResolveParams) (any, error) {
	f := graph.RelationFilter{Types: typesArg(p.Args["types"])}
	if err := readRelationFilter(p.Args, &f); err != nil {
		return nil, err
	}
	if err := t.endpointArgs(p, &f); err != nil {
		return nil, err
	}
	first := intArg(p.Args, "first", DefaultFirst)
	switch {
	case first < 0:
		return nil, errorf(CodeBadArgument, "first must not be negative, got %d", first)
	case first > MaxFirst:
		return nil, errorf(CodeFirstTooLarge, "first must be at most %d, got %d", MaxFirst, first)
	}
	by, _ := p.Args["groupBy"].(graph.GroupBy)
	counts, err := t.store.RelationCounts(p.Context, f, by)
	if err != nil {
		return nil, storeError(err, false)
	}
	if len(counts) > first {
		counts = counts[:first]
	}
	return toAny(counts), nil
}
