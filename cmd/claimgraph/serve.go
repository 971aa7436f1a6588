package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/httpguard"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/schema"
)

func newServeCmd(g *globals) *cobra.Command {
	var addr string
	var timeout, drain time.Duration
	var noSample, demo bool
	var corsOrigins []string
	var ingestToken string
	var hf httpFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the store over GraphQL (POST /graphql, GraphiQL at /, the explorer at /explore, /export)",
		Long: `Serve opens the store and answers GraphQL at /graphql (POST, or GET for queries), with the
GraphiQL explorer at /, the graph explorer at /explore, exports at /export?format=… (the filters of
'claimgraph export' as query parameters) and a health check at /healthz. SIGINT or SIGTERM stops accepting
connections, drains requests in flight, then closes the store.

The sample article never enters a store of yours: with no store named (no --db, no
$CLAIMGRAPH_DB) and no articles in ./claimgraph-data, serve serves the DEMO store, held in memory
and holding only the embedded sample article, and says so; --demo asks for it. A store named with
--db is served as it is, empty or not; one that does not exist is an error (unless
--ingest-token is given: the store is then created and filled over HTTP).

--cors-origin ORIGIN (repeatable) lets pages from that origin call the API from a browser; none by
default. --ingest-token TOKEN (or $CLAIMGRAPH_INGEST_TOKEN) turns on POST /articles, which loads
JSON or JSONL articles sent with "Authorization: Bearer TOKEN"; off by default.`,
		Args: argsUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			origins, err := checkCORSOrigins(corsOrigins)
			if err != nil {
				return usageError{err}
			}
			if ingestToken == "" {
				ingestToken = os.Getenv(ingestTokenEnv)
			}
			ingestToken = strings.TrimSpace(ingestToken)
			if err := hf.check(g, addr); err != nil {
				return err
			}
			if err := setMemoryLimit(hf.memLimit); err != nil {
				return usageError{err}
			}
			if os.Getenv("GOGC") == "" {
				// Heavy queries allocate fast and keep little: collecting at 4× the live heap
				// instead of 2× halves the collector's share of the 2 cores, and the memory
				// limit still bounds the heap (the soak's RSS stayed under 100 MB).
				debug.SetGCPercent(400)
			}
			// Bind first: a busy port must fail before the store is created or the sample loaded.
			ln, err := listen(addr)
			if err != nil {
				return err
			}
			defer ln.Close()
			if demo && g.dbGiven {
				return usagef("--demo serves the in-memory demo store; it does not go with --db or $CLAIMGRAPH_DB")
			}
			if !demo && !g.dbGiven && !noSample {
				demo = !storeHasArticles(cmd.Context(), g)
			}
			if demo {
				s, err := openDemoStore(cmd.Context(), g)
				if err != nil {
					return err
				}
				defer s.Close()
				h, err := serveHandler(g, s, hf.guard(addr, timeout, ingestToken != ""), timeout, origins, ingestToken, false)
				if err != nil {
					return err
				}
				return serveHTTP(cmd.Context(), g, ln, h, drain, hf.writeTimeout)
			}
			// A --db that does not exist is a typo or a store never loaded: serving a new empty
			// store there would hide it. With --ingest-token the store is filled over HTTP, so
			// serve may create it.
			if ingestToken == "" {
				if err := storeExists(g); err != nil {
					return err
				}
			}
			s, err := openStore(g, false)
			readOnly := false
			if err != nil && readOnlyDir(err) {
				// Serving only reads: a store on a read-only disk, or one this user may not write,
				// is served as it is (without the sample an empty store would get).
				g.log.Warn("store directory is not writable: serving it read-only", "db", g.db, "err", err)
				s, err = openStore(g, true)
				readOnly = true
			}
			if err != nil {
				return err
			}
			defer s.Close()
			h, err := serveHandler(g, s, hf.guard(addr, timeout, ingestToken != ""), timeout, origins, ingestToken, readOnly)
			if err != nil {
				return err
			}
			if !readOnly {
				// for a load or export run while this serve holds the store (servefile.go)
				defer writeServeInfo(g.db, serveInfo{PID: os.Getpid(), Addr: ln.Addr().String(), Ingest: ingestToken != ""})()
			}
			return serveHTTP(cmd.Context(), g, ln, h, drain, hf.writeTimeout)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address HOST:PORT")
	cmd.Flags().DurationVar(&timeout, "timeout", 10*time.Second, "per-request time limit")
	cmd.Flags().DurationVar(&drain, "drain", 15*time.Second, "time allowed to finish requests in flight at shutdown")
	cmd.Flags().BoolVar(&noSample, "no-sample", false, "never serve the demo store: serve ./claimgraph-data even when it is empty")
	cmd.Flags().BoolVar(&demo, "demo", false, "serve the demo store: in memory, holding only the embedded sample article")
	cmd.Flags().StringArrayVar(&corsOrigins, "cors-origin", nil, "allow browser pages from this origin (https://host[:port], or *) to call the API; repeatable; none by default")
	cmd.Flags().StringVar(&ingestToken, "ingest-token", "", "turn on POST /articles for requests with 'Authorization: Bearer TOKEN' (default $"+ingestTokenEnv+", which other users cannot read in ps; off when empty)")
	hf.register(cmd)
	return cmd
}

// serveHandler is the HTTP handler serve runs: the GraphQL handler, /export and /explore, POST
// /articles when an ingest token is set (and the store is writable; otherwise a JSON answer saying
// why ingest is off), each route behind the guard's admission control and response budget
// (package httpguard), the guard's outer checks (Host, token, security headers) around them all,
// and CORS for the given origins outermost, so a browser's preflight (which carries no token) is
// answered before the token check.
func serveHandler(g *globals, s *graph.Store, guard *httpguard.Guard, timeout time.Duration, origins []string, token string, readOnly bool) (http.Handler, error) {
	var h http.Handler = routes(s, schema.Handler(s, schema.Options{Timeout: timeout, Guard: guard}), g.log, guard)
	mux := http.NewServeMux()
	mux.Handle("/", h)
	h = mux
	switch {
	case token != "" && readOnly:
		g.log.Warn("the store is read-only: POST /articles stays off")
		mux.Handle("/articles", ingestOff(http.StatusForbidden, "ingest is off: the store is read-only (another process holds it, or it was opened read-only); serve a store no other process has open to load articles over HTTP"))
	case token == "":
		mux.Handle("/articles", ingestOff(http.StatusNotFound, "ingest is off: start serve with --ingest-token TOKEN (or $"+ingestTokenEnv+") and send Authorization: Bearer TOKEN to load articles with POST /articles"))
	default:
		p, err := loader.NewPipeline(data.FS)
		if err != nil {
			return nil, err
		}
		// Loading is write work of unknown size: heavy, with the time a large batch needs and
		// no response bound (the answer is one status line per article).
		mux.Handle("/articles", guard.Route("articles", httpguard.RouteOptions{Class: httpguard.Heavy, Timeout: 5 * time.Minute, MaxResponseBytes: -1},
			newIngestHandler(s, p, token, g.log)))
		g.log.Info("ingest is on: POST /articles with Authorization: Bearer <token>")
		if len(token) < minTokenLen {
			g.log.Warn("the ingest token is short: anyone who guesses it can add articles; use 16 characters or more (e.g. openssl rand -hex 16)", "length", len(token))
		}
	}
	if len(origins) > 0 {
		g.log.Info("CORS: browser pages from these origins may call the API", "origins", strings.Join(origins, " "))
	}
	return withCORS(guard.Outer(h), origins), nil
}

// minTokenLen is the ingest token length below which serve warns: 16 random characters are
// beyond guessing over HTTP.
const minTokenLen = 16

// demoName is how the demo store is named in the log (g.db) while it is served.
const demoName = "DEMO (in memory: the embedded sample article only)"

// storeHasArticles reports whether the store in g.db exists and holds an article: false for a
// missing or empty directory or an empty store; true when the store cannot be opened, so that
// serve opens it and reports why.
func storeHasArticles(ctx context.Context, g *globals) bool {
	entries, err := os.ReadDir(g.db)
	if err != nil || len(entries) == 0 {
		return false
	}
	s, err := openStore(g, true)
	if err != nil {
		return true // let the real open report it
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	return err != nil || st.Articles > 0
}

// openDemoStore opens an in-memory store, loads the embedded sample article into it and says so.
func openDemoStore(ctx context.Context, g *globals) (*graph.Store, error) {
	s, err := graph.Open(graph.DefaultOptions("").WithInMemory(true).WithLogger(g.log))
	if err != nil {
		return nil, fmt.Errorf("demo store: %w", err)
	}
	g.db = demoName
	if err := loadSampleIfEmpty(ctx, g, s); err != nil {
		s.Close()
		return nil, err
	}
	g.log.Warn("serving the DEMO store: it lives in memory and holds only the embedded sample article; nothing is written to disk. Load your articles with `claimgraph load --db DIR PATH` and serve them with `claimgraph serve --db DIR`")
	return s, nil
}

// loadSampleIfEmpty loads the embedded sample article into a store that holds no article.
func loadSampleIfEmpty(ctx context.Context, g *globals, s *graph.Store) error {
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Articles > 0 {
		return nil
	}
	text, err := fs.ReadFile(data.FS, data.SamplePath)
	if err != nil {
		return fmt.Errorf("embedded sample %s: %w", data.SamplePath, err)
	}
	p, err := loader.NewPipeline(data.FS)
	if err != nil {
		return err
	}
	ag, err := p.Process(ctx, input.Document{Source: "embedded:" + data.SamplePath, Text: string(text)})
	if err != nil {
		return err
	}
	if _, err := s.MergeArticle(ctx, ag); err != nil {
		return fmt.Errorf("store %s: loading the sample article: %w", g.db, err)
	}
	st, _ = s.Stats(ctx)
	g.log.Info("loaded the embedded sample article", "store", g.db,
		"article", ag.Article.Title, "nodes", st.Nodes, "relations", st.Relations)
	return nil
}

// listen binds addr. A malformed address is a usage error (exit 2); a port in use or not
// permitted is a runtime error (exit 1).
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		var ae *net.AddrError
		if errors.As(err, &ae) {
			return nil, usagef("--addr %s: %v", addr, err)
		}
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// readOnlyDir reports whether err says the store directory cannot be written: a read-only file
// system, or permissions. Badger formats some causes into its messages without wrapping them.
func readOnlyDir(err error) bool {
	msg := err.Error()
	return errors.Is(err, syscall.EROFS) || errors.Is(err, fs.ErrPermission) ||
		strings.Contains(msg, syscall.EROFS.Error()) || strings.Contains(msg, syscall.EACCES.Error())
}

// serveHTTP serves h on addr until ctx ends, then shuts down gracefully: stop accepting, let
// requests in flight finish (up to drain), cancel those still running after that, and only then
// return so the caller closes the store. (Store.Close also waits for reads in flight, and a read
// after it fails with graph.ErrClosed: a request that outlives the drain gets an error, never a
// crash.)
func serveHTTP(ctx context.Context, g *globals, ln net.Listener, h http.Handler, drain, writeTimeout time.Duration) error {
	// Requests run under base, not under ctx: a signal stops accepting, and only the end of the
	// drain time cancels requests in flight.
	base, cancelRequests := context.WithCancel(context.Background())
	defer cancelRequests()
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// A backstop for every route: slow readers cannot pin a response past it. Routes behind
		// httpguard.Route set a tighter write deadline of their own (their time limit).
		WriteTimeout:   writeTimeout,
		IdleTimeout:    60 * time.Second,
		MaxHeaderBytes: 64 << 10,
		BaseContext:    func(net.Listener) context.Context { return base },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	g.log.Info("serving GraphQL", "url", "http://"+ln.Addr().String()+"/graphql",
		"graphiql", "http://"+ln.Addr().String()+"/", "explorer", "http://"+ln.Addr().String()+"/explore",
		"metrics", "http://"+ln.Addr().String()+"/metrics", "db", g.db)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	g.log.Info("shutting down: draining requests in flight", "drain", drain)
	sctx, cancel := context.WithTimeout(context.Background(), drain)
	defer cancel()
	err := srv.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		g.log.Warn("drain time is over: cancelling the requests still running")
		cancelRequests()
		err = nil
	}
	_ = srv.Close()
	if err != nil {
		return err
	}
	g.log.Info("stopped serving; closing the store")
	return nil
}
