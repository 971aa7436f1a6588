package schema

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// buildArticle builds Article. Offsets everywhere in the schema are Unicode code points into
// Article.text.
func (t *types) buildArticle() {
	t.article = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Article",
		Description: "A loaded document. Every offset in the graph points into its text.",
		Interfaces:  []*graphql.Interface{t.node},
		Fields: graphql.Fields{
			"id":   {Type: graphql.NewNonNull(graphql.ID), Resolve: from(func(a *graph.Article) any { return a.ID })},
			"kind": {Type: graphql.NewNonNull(t.nodeKind), Resolve: from(func(*graph.Article) any { return graph.ArticleKind })},
			"label": {
				Type:        graphql.NewNonNull(graphql.String),
				Description: "The title; the URL or ID when the article has none.",
				Resolve:     from(func(a *graph.Article) any { return articleLabel(a) }),
			},
			"title":       {Type: graphql.String, Resolve: from(func(a *graph.Article) any { return nullString(a.Title) })},
			"url":         {Type: graphql.String, Resolve: from(func(a *graph.Article) any { return nullString(a.URL) })},
			"publishedAt": {Type: graphql.String, Description: "Publication date as YYYY-MM-DD, when known.", Resolve: from(func(a *graph.Article) any { return nullString(a.PublishedAt) })},
			"publishedSource": {
				Type:        graphql.String,
				Description: "Where publishedAt came from: json (the record's field), flag (load --published), manifest (load --manifest), html-meta, json-ld, html-time, html-meta-date, byline, dateline, title or filename; null when there is no date.",
				Resolve:     from(func(a *graph.Article) any { return nullString(a.PublishedSource) }),
			},
			"authors": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String))), Resolve: from(func(a *graph.Article) any { return stringList(a.Authors) })},
			"text":    {Type: graphql.NewNonNull(graphql.String), Description: "The cleaned text that all offsets refer to.", Resolve: from(func(a *graph.Article) any { return a.Text })},
			"outlet":  {Type: graphql.String, Description: "The publication, e.g. \"The New York Times\".", Resolve: from(func(a *graph.Article) any { return nullString(a.Outlet) })},
			"source":  {Type: graphql.String, Description: "The file (and line, for JSONL) the article was loaded from: its path below the folder named to the load (\"v2/s13.txt\"), or its name alone for a file named itself; never a directory above the loaded folder.", Resolve: from(func(a *graph.Article) any { return nullString(sourceName(a.Source)) })},
		},
	})
	// added after the object exists, as it refers to its own type
	t.article.AddFieldConfig("nearDuplicateOf", &graphql.Field{
		Type: t.article,
		Description: "A stored article this one nearly repeats — the same title and publication date, a text sharing at least half its " +
			"four-word sequences (a corrected copy, a repost with small edits) — found when this one was loaded; the first copy when " +
			"there are several. This article is stored all the same, so relations count its sentences too: leave out the articles " +
			"that have it to count each statement once. Null when none, or that article has since been deleted.",
		Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
			a, ok := p.Source.(*graph.Article)
			if !ok {
				return nil, badSource(p)
			}
			if a.NearDuplicateOf == "" {
				return nil, nil
			}
			return t.safeThunk("Article.nearDuplicateOf", loaderFor(p.Context, t.store).article(p.Context, a.NearDuplicateOf)), nil
		}),
	})
}

// sourceName is the file name of a stored source ("/home/me/news/a.jsonl:3" → "a.jsonl:3"):
// the directories of the machine that loaded it are nobody else's business (issue 16).
// sourceName is graph.SourceName: stores written before the loader kept only the name still hold
// paths. A source relative to the loaded folder ("mine/s13.txt": graph.SourceUnder) is kept as it
// is: it names nothing above that folder.
func sourceName(src string) string {
	if graph.RelativeSource(src) {
		return src
	}
	return graph.SourceName(src)
}

func articleLabel(a *graph.Article) string {
	switch {
	case a.Title != "":
		return a.Title
	case a.URL != "":
		return a.URL
	}
	return a.ID
}

// buildMention builds Mention; its article comes through the request's loader.
func (t *types) buildMention() {
	t.mention = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Mention",
		Description: "One occurrence of a node in an article.",
		Fields: graphql.Fields{
			"article": {
				Type: graphql.NewNonNull(t.article),
				Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
					m, ok := p.Source.(*graph.Mention)
					if !ok {
						return nil, badSource(p)
					}
					return t.safeThunk("Mention.article", loaderFor(p.Context, t.store).article(p.Context, m.ArticleID)), nil
				}),
			},
			"start":    {Type: graphql.NewNonNull(graphql.Int), Description: "Code-point offset in Article.text.", Resolve: from(func(m *graph.Mention) any { return m.Start })},
			"end":      {Type: graphql.NewNonNull(graphql.Int), Description: "Code-point offset in Article.text, exclusive.", Resolve: from(func(m *graph.Mention) any { return m.End })},
			"text":     {Type: graphql.NewNonNull(graphql.String), Description: "The surface form, e.g. \"Mr. Ruan\".", Resolve: from(func(m *graph.Mention) any { return m.Text })},
			"sentence": {Type: graphql.NewNonNull(graphql.Int), Description: "0-based sentence index in the article.", Resolve: from(func(m *graph.Mention) any { return m.Sentence })},
			"rule":     {Type: graphql.String, Description: "The rule that recognized or resolved the mention, e.g. \"metonymy:capital\".", Resolve: from(func(m *graph.Mention) any { return nullString(m.Rule) })},
		},
	})
}
