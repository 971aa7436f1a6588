package main

import (
	"log/slog"
	"net/http"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/web"
)

// routes is the one place where the handlers beside GraphQL are registered:
//
//	GET /export             web.Export (the exports, filtered by query parameters)
//	GET /explore, /explore/ web.Explorer (the graph explorer page)
//	everything else         api: schema.Handler (/graphql, GraphiQL at /, /healthz), or the
//	                        handler that wraps it
//
// Each is a plain http.Handler, so a wrapper (limits, metrics, CORS) can go around any of them
// here, or around the result.
func routes(s *graph.Store, api http.Handler, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/", api)
	mux.Handle("/export", web.Export(s, log))
	explorer := web.Explorer()
	mux.Handle("/explore", explorer)
	mux.Handle("/explore/", explorer)
	return mux
}
