package main

import (
	"log/slog"
	"net/http"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
	"github.com/claimgraph/claimgraph/web"
)

// routes is the one place where serve's handlers are registered:
//
//	/graphql, /, /graphiql/, /healthz   schema.Handler (GraphQL and GraphiQL)
//	GET /export                         web.Export (the exports, filtered by query parameters)
//	GET /explore, /explore/             web.Explorer (the graph explorer page)
//
// Each is a plain http.Handler, so a wrapper (limits, metrics) can be put around any of them
// here.
func routes(s *graph.Store, opts schema.Options, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/", schema.Handler(s, opts))
	mux.Handle("/export", web.Export(s, log))
	explorer := web.Explorer()
	mux.Handle("/explore", explorer)
	mux.Handle("/explore/", explorer)
	return mux
}
