package main

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/httpguard"
	"github.com/claimgraph/claimgraph/web"
)

// routes is the one place where the handlers beside GraphQL are registered:
//
//	GET /export             web.Export (the exports, filtered by query parameters)
//	GET /explore, /explore/ web.Explorer (the graph explorer page)
//	everything else         api: schema.Handler (/graphql, GraphiQL at /, /healthz), or the
//	                        handler that wraps it
//
// /export and /explore sit behind guard (package httpguard): an export streams a whole store, so
// it is heavy, with a longer time limit and no response bound; the explorer's files are light.
// The API registers its own routes with the guard (schema.Options.Guard). A nil guard (tests)
// serves the handlers as they are.
func routes(s *graph.Store, api http.Handler, log *slog.Logger, guard *httpguard.Guard) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/", api)
	var export, explorer http.Handler = web.Export(s, log), web.Explorer()
	if guard != nil {
		export = guard.Route("export", httpguard.RouteOptions{Class: httpguard.Heavy, Timeout: 5 * time.Minute, MaxResponseBytes: -1}, export)
		explorer = guard.Route("explore", httpguard.RouteOptions{Class: httpguard.Light}, explorer)
	}
	mux.Handle("/export", export)
	mux.Handle("/explore", explorer)
	mux.Handle("/explore/", explorer)
	return mux
}
