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
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/schema"
)

func newServeCmd(g *globals) *cobra.Command {
	var addr string
	var timeout, drain time.Duration
	var noSample bool
	var hf httpFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the store over GraphQL (POST /graphql, GraphiQL at /, /healthz)",
		Long: `Serve opens the store and answers GraphQL at /graphql (POST, or GET for queries), with the
GraphiQL explorer at / and a health check at /healthz. An empty or missing store first gets the
embedded sample article, so a newcomer sees a populated graph. SIGINT or SIGTERM stops accepting
connections, drains requests in flight, then closes the store.`,
		Args: argsUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
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
			if !noSample && !readOnly {
				if err := loadSampleIfEmpty(cmd.Context(), g, s); err != nil {
					return err
				}
			}
			guard := hf.guard(addr, timeout)
			h := guard.Outer(schema.Handler(s, schema.Options{Timeout: timeout, Guard: guard}))
			return serveHTTP(cmd.Context(), g, ln, h, drain, hf.writeTimeout)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address HOST:PORT")
	cmd.Flags().DurationVar(&timeout, "timeout", 10*time.Second, "per-request time limit")
	cmd.Flags().DurationVar(&drain, "drain", 15*time.Second, "time allowed to finish requests in flight at shutdown")
	cmd.Flags().BoolVar(&noSample, "no-sample", false, "do not load the embedded sample into an empty store")
	hf.register(cmd)
	return cmd
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
	ag, err := p.Process(ctx, loader.Document{Source: "embedded:" + data.SamplePath, Text: string(text)})
	if err != nil {
		return err
	}
	if _, err := s.MergeArticle(ctx, ag); err != nil {
		return fmt.Errorf("store %s: loading the sample article: %w", g.db, err)
	}
	st, _ = s.Stats(ctx)
	g.log.Info("store was empty: loaded the embedded sample article",
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
		"graphiql", "http://"+ln.Addr().String()+"/", "metrics", "http://"+ln.Addr().String()+"/metrics", "db", g.db)
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
