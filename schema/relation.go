package schema

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
	"math"
)

// buildEvidence builds Evidence; its article comes through the request's loader, so the
// evidence of a whole page of relations reads each article once.
func (t *types) buildEvidence() {
	// DatePrecision is built here, before the research types: Evidence.eventDatePrecision needs it.
	t.research.eventPrecision = graphql.NewEnum(graphql.EnumConfig{
		Name:        "DatePrecision",
		Description: "The granularity of an event date (TimeML TIMEX3 values of a day, week, month, year).",
		Values: graphql.EnumValueConfigMap{
			"DAY":   {Value: "DAY"},
			"WEEK":  {Value: "WEEK", Description: "An ISO 8601 week, from its Monday."},
			"MONTH": {Value: "MONTH"},
			"YEAR":  {Value: "YEAR"},
		},
	})
	t.evidence = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "One sentence that states a relation.",
		Fields: graphql.Fields{
			"article": {
				Type: graphql.NewNonNull(t.article),
				Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
					e, ok := p.Source.(graph.Evidence)
					if !ok {
						return nil, badSource(p)
					}
					return t.safeThunk("Evidence.article", loaderFor(p.Context, t.store).article(p.Context, e.ArticleID)), nil
				}),
			},
			"sentence":           {Type: graphql.NewNonNull(graphql.Int), Description: "0-based sentence index in the article.", Resolve: from(func(e graph.Evidence) any { return e.Sentence })},
			"start":              {Type: graphql.NewNonNull(graphql.Int), Description: "Code-point offset of the sentence in Article.text.", Resolve: from(func(e graph.Evidence) any { return e.Start })},
			"end":                {Type: graphql.NewNonNull(graphql.Int), Description: "Code-point offset of the sentence end in Article.text, exclusive.", Resolve: from(func(e graph.Evidence) any { return e.End })},
			"text":               {Type: graphql.NewNonNull(graphql.String), Description: "The sentence.", Resolve: from(func(e graph.Evidence) any { return e.Text })},
			"cue":                {Type: graphql.String, Description: "The word(s) that signal the relation: \"refuse\", \"offers\", \"cited\".", Resolve: from(func(e graph.Evidence) any { return nullString(e.Cue) })},
			"rule":               {Type: graphql.String, Description: "The extraction rule or lexicon entry that produced this evidence, e.g. \"cue:refuse\".", Resolve: from(func(e graph.Evidence) any { return nullString(e.Rule) })},
			"cueStart":           {Type: graphql.Int, Description: "Code-point offset of the cue in Article.text; null when the evidence has no cue.", Resolve: from(func(e graph.Evidence) any { return cueOffset(e, e.CueStart) })},
			"cueEnd":             {Type: graphql.Int, Description: "Code-point offset of the cue's end in Article.text, exclusive; null when the evidence has no cue.", Resolve: from(func(e graph.Evidence) any { return cueOffset(e, e.CueEnd) })},
			"eventDate":          {Type: graphql.String, Description: "The date of the event this sentence reports, when it says one (\"on 8 November 2018\", \"in April last year\", \"on Monday\", \"yesterday\", \"two weeks ago\"): the first day (YYYY-MM-DD) of the period named, relative dates resolved against the article's publication date (TimeML TIMEX3 anchoring). Null when the sentence names no date of its event; the publication date then dates it.", Resolve: from(func(e graph.Evidence) any { return nullString(e.EventDate) })},
			"eventDatePrecision": {Type: t.research.eventPrecision, Description: "eventDate's granularity: DAY, WEEK (an ISO week from its Monday), MONTH or YEAR; null without an eventDate.", Resolve: from(func(e graph.Evidence) any { return nullString(e.EventDatePrecision) })},
			"hedged":             {Type: graphql.NewNonNull(graphql.Boolean), Description: "This sentence hedges the relation (\"may offer\"); Relation.hedged holds when every sentence does.", Resolve: from(func(e graph.Evidence) any { return e.Hedged })},
			"speaker": {
				Type:        t.node,
				Description: "The person who voiced this sentence for the relation's source, when the source is the state or body he speaks for: a spokesperson's \"We urge the US side to …\" is his state's stance (README, \"I and we\"), and speaker names him. Null when the source spoke itself or no speaker is known. relations(speaker:) lists the stances a person voiced.",
				Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
					e, ok := p.Source.(graph.Evidence)
					if !ok {
						return nil, badSource(p)
					}
					if e.Speaker == "" {
						return nil, nil
					}
					return t.safeThunk("Evidence.speaker", loaderFor(p.Context, t.store).endpoint(p.Context, e.Speaker)), nil
				}),
			},
			"addressee": {
				Type:        t.node,
				Description: "The actor this sentence asks or tells to act, when the relation's target names the act rather than the actor: \"We urge the US side to abide by the one-China principle\" is China DEMANDS \"United States abiding by the one-China principle\", addressed to the United States; a warning whose target is the act of its that-clause is addressed to the actor warned (\"Poland warned Belarus that the crossings would stay closed\": Belarus). Null when the target is the actor acted on itself, or the act's agent is the source or unnamed. relations(addressee:) and addresseeCountry find such relations (target and targetCountry match the target node only).",
				Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
					e, ok := p.Source.(graph.Evidence)
					if !ok {
						return nil, badSource(p)
					}
					if e.Addressee == "" {
						return nil, nil
					}
					return t.safeThunk("Evidence.addressee", loaderFor(p.Context, t.store).endpoint(p.Context, e.Addressee)), nil
				}),
			},
			"inQuestion": {Type: graphql.NewNonNull(graphql.Boolean), Description: "This sentence is in a journalist's question or a moderator's turn of a transcript (\"Q: X has urged China to …\"): the questioner's report of another's words, not that party's own. Relation.inQuestion holds when every sentence is.", Resolve: from(func(e graph.Evidence) any { return e.InQuestion })},
		},
	})
}

// buildRelation builds Relation. source and target are resolved through the request's loader:
// all endpoints of a page of relations are read in one NodesByID call.
func (t *types) buildRelation() {
	endpoint := func(name string, id func(*graph.Relation) string) *graphql.Field {
		return &graphql.Field{
			Type: graphql.NewNonNull(t.node),
			Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
				r, ok := p.Source.(*graph.Relation)
				if !ok {
					return nil, badSource(p)
				}
				return t.safeThunk(name, loaderFor(p.Context, t.store).endpoint(p.Context, id(r))), nil
			}),
		}
	}
	t.relation = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Relation",
		Description: "A typed edge source → target, with every sentence that states it.",
		Fields: graphql.Fields{
			"id":     {Type: graphql.NewNonNull(graphql.ID), Resolve: from(func(r *graph.Relation) any { return r.ID })},
			"type":   {Type: graphql.NewNonNull(t.relationType), Resolve: from(func(r *graph.Relation) any { return r.Type })},
			"source": endpoint("Relation.source", func(r *graph.Relation) string { return r.Source }),
			"target": endpoint("Relation.target", func(r *graph.Relation) string { return r.Target }),
			"negated": {
				Type:        graphql.NewNonNull(graphql.Boolean),
				Description: "The sentence negates the relation: \"did not oppose\".",
				Resolve:     from(func(r *graph.Relation) any { return r.Negated }),
			},
			"hedged": {
				Type:        graphql.NewNonNull(graphql.Boolean),
				Description: "The relation is hedged: \"may offer\", \"is expected to\".",
				Resolve:     from(func(r *graph.Relation) any { return r.Hedged }),
			},
			"inQuestion": {
				Type:        graphql.NewNonNull(graphql.Boolean),
				Description: "Every sentence of the relation is inside a journalist's question or a moderator's turn (Evidence.inQuestion): no party said it in its own words in the store. relations(inQuestion: false) leaves such relations out.",
				Resolve:     from(func(r *graph.Relation) any { return r.InQuestion }),
			},
			"confidence": {
				Type:        graphql.NewNonNull(graphql.Float),
				Description: "0..1, to 3 decimals: a noisy-OR of the best evidence score per article (graph.Confidence).",
				// Rounded for display: 0.7000000000000001 is float noise, not information.
				Resolve: from(func(r *graph.Relation) any { return math.Round(r.Confidence*1000) / 1000 }),
			},
			"evidence": {
				Type:        graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.evidence))),
				Description: "One per sentence that states the relation, across articles, ordered by article ID, sentence and cue. With first, only the first that many: a relation restated in thousands of articles otherwise returns them all (evidenceCount says how many there are). With from/to, only sentences from articles published in that range (an undated article is in no range); a relation listed by relations(from:, to:) or neighborhood(from:, to:) keeps that window when evidence gives no from/to of its own. A relation listed by relations(article:) shows that article's sentences only.",
				Args: graphql.FieldConfigArgument{
					"first": {Type: graphql.Int, Description: "At most this many evidence items (>= 0); all when omitted."},
					"from":  {Type: graphql.String, Description: "Only evidence from articles published on or after this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY)."},
					"to":    {Type: graphql.String, Description: "Only evidence from articles published on or before this date (YYYY-MM-DD, or a month YYYY-MM or year YYYY)."},
				},
				// Relations are read without their evidence (graph.WithoutEvidence) and it is read
				// here, only when asked for: a relation stated in thousands of articles is cheap
				// to list.
				Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
					r, ok := p.Source.(*graph.Relation)
					if !ok {
						return nil, badSource(p)
					}
					max := 0 // all
					if v, ok := p.Args["first"]; ok && v != nil {
						n, ok := v.(int)
						switch {
						case !ok:
							return nil, errorf(CodeBadArgument, "first must be an Int, got %v", v)
						case n < 0:
							return nil, errorf(CodeBadArgument, "first must not be negative, got %d", n)
						case n == 0:
							return []any{}, nil
						}
						max = n
					}
					from, to, err := dateArgs(p.Args)
					if err != nil {
						return nil, err
					}
					w, _ := loaderFor(p.Context, t.store).window(r)
					if _, given := p.Args["from"]; !given {
						if _, given := p.Args["to"]; !given {
							// listed by relations(from:, to:) or neighborhood(from:, to:): the same window
							from, to = w.from, w.to
						}
					}
					dated := from != "" || to != ""
					ev := r.Evidence
					if ev == nil && r.EvidenceCount > 0 {
						read := max
						if dated || w.article != "" || w.noDups {
							read = 0 // the dates or the article decide which come first
						}
						if ev, err = t.store.Evidence(p.Context, r.ID, read); err != nil {
							return nil, storeError(err, false)
						}
					}
					if w.noDups {
						// listed by relations(nearDuplicates: false): each statement once (nu20 finding A13)
						var kept []graph.Evidence
						for _, e := range ev {
							if a, err := t.store.Article(p.Context, e.ArticleID); err != nil || a.NearDuplicateOf == "" {
								kept = append(kept, e)
							}
						}
						ev = kept
					}
					if w.article != "" {
						// listed by relations(article:): that article's sentences only (nu18 finding A10)
						var kept []graph.Evidence
						for _, e := range ev {
							if e.ArticleID == w.article {
								kept = append(kept, e)
							}
						}
						ev = kept
					}
					if dated {
						dates := map[string]string{}
						var kept []graph.Evidence
						for _, e := range ev {
							d, ok := dates[e.ArticleID]
							if !ok {
								if a, err := t.store.Article(p.Context, e.ArticleID); err == nil {
									d = a.PublishedAt
								}
								dates[e.ArticleID] = d
							}
							if w.basis == graph.EventBasis && e.EventDate != "" {
								d = e.EventDate // relations(dateBasis: EVENT): the reported event's date
							}
							if graph.DateInRange(d, from, to) {
								kept = append(kept, e)
							}
						}
						ev = kept
					}
					if max > 0 && len(ev) > max {
						ev = ev[:max]
					}
					out := make([]any, len(ev))
					for i, e := range ev {
						out[i] = e
					}
					return out, nil
				}),
			},
			"evidenceCount": {
				Type:        graphql.NewNonNull(graphql.Int),
				Description: "How many evidence sentences the store holds for the relation, across articles; in a list filtered by from/to (relations(from:, to:), Actor.relations(from:, to:), neighborhood(from:, to:)), only those from articles published in that window (the sentences evidence returns there); in relations(article:), only that article's. The EVIDENCE_COUNT ordering sorts by the same count.",
				Resolve: from(func(r *graph.Relation) any {
					if r.Evidence != nil && r.EvidenceCount == 0 {
						return len(r.Evidence)
					}
					return r.EvidenceCount
				}),
			},
			"cameo":  {Type: graphql.String, Description: "CAMEO root code, e.g. \"12\" (Reject).", Resolve: from(func(r *graph.Relation) any { return nullString(r.Cameo) })},
			"plover": {Type: graphql.String, Description: "PLOVER event category, e.g. \"REJECT\".", Resolve: from(func(r *graph.Relation) any { return nullString(r.Plover) })},
			"role":   {Type: graphql.String, Description: "For MEMBER_OF: the title held.", Resolve: from(func(r *graph.Relation) any { return nullString(r.Role) })},
		},
	})
}

// buildSubgraph builds Subgraph, the result of neighborhood.
func (t *types) buildSubgraph() {
	t.subgraph = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Subgraph",
		Description: "Nodes around a center and the relations among them.",
		Fields: graphql.Fields{
			"nodes": {
				Type:    graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.node))),
				Resolve: from(func(s *subgraph) any { return s.nodes }),
			},
			"relations": {
				Type:    graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.relation))),
				Resolve: from(func(s *subgraph) any { return s.relations }),
			},
		},
	})
}

// subgraph is the resolved value of a Subgraph.
type subgraph struct {
	nodes     []any
	relations []any
}

// cueOffset is a cue offset, or nil for evidence without cue offsets (graph.Evidence: CueEnd 0).
func cueOffset(e graph.Evidence, v int) any {
	if e.CueEnd <= 0 {
		return nil
	}
	return v
}
