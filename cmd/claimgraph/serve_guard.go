package main

import (
	"net"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/httpguard"
)

// httpFlags are serve's flags for admission control, response bounds and access (issue 16).
type httpFlags struct {
	maxInFlight   int
	maxHeavy      int
	maxQueue      int
	queueWait     time.Duration
	maxResponse   string
	writeTimeout  time.Duration
	allowedHosts  []string
	authToken     string
	noAuth        bool
	memLimit      string
	maxResponseN  int64
	authTokenFrom string // "flag" or "env", for the log
}

// defaultServeMemoryLimit is the soft limit of serve's Go heap: with at most MaxInFlight
// queries at once, each bounded by the 32 MiB response budget, the heap stays well under it, and
// the collector works harder instead of letting RSS grow past the 500 MB of issue 16.
const defaultServeMemoryLimit = "320MiB"

func (f *httpFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.IntVar(&f.maxInFlight, "max-in-flight", 0, "queries executing at once (default 2 × CPUs)")
	fl.IntVar(&f.maxHeavy, "max-heavy", 0, "heavy queries (deep neighborhoods, large pages) executing at once (default half the CPUs, at least 1)")
	fl.IntVar(&f.maxQueue, "max-queue", 0, "queries waiting for a slot, per class (default 2 × --max-in-flight); beyond it 503 with Retry-After")
	fl.DurationVar(&f.queueWait, "queue-wait", httpguard.DefaultQueueWait, "longest wait for a slot before a 503")
	fl.StringVar(&f.maxResponse, "max-response-bytes", "32MiB", "largest response body (e.g. 32MiB); larger responses fail with RESPONSE_TOO_LARGE")
	fl.DurationVar(&f.writeTimeout, "write-timeout", 60*time.Second, "longest time to write any response (routes with a time limit use theirs)")
	fl.StringSliceVar(&f.allowedHosts, "allowed-host", nil, "host names accepted in the Host header besides IP addresses and localhost (repeatable)")
	fl.StringVar(&f.authToken, "auth-token", "", "require 'Authorization: Bearer TOKEN' (default $CLAIMGRAPH_AUTH_TOKEN); needed to bind a non-loopback address")
	fl.BoolVar(&f.noAuth, "no-auth", false, "allow a non-loopback address without --auth-token")
	fl.StringVar(&f.memLimit, "memory-limit", defaultServeMemoryLimit, "soft limit of the Go heap (0 for none); $GOMEMLIMIT, when set, wins")
}

// check validates the flags against addr. Binding an address other hosts can reach needs a
// token or an explicit --no-auth (usage error otherwise), and is logged as a warning either way.
func (f *httpFlags) check(g *globals, addr string) error {
	n, err := parseBytes(f.maxResponse)
	if err != nil {
		return usagef("--max-response-bytes %q: %v", f.maxResponse, err)
	}
	f.maxResponseN = n
	if n == 0 {
		f.maxResponseN = -1
	}
	if f.authToken == "" {
		if tok := os.Getenv("CLAIMGRAPH_AUTH_TOKEN"); tok != "" {
			f.authToken, f.authTokenFrom = tok, "env"
		}
	} else {
		f.authTokenFrom = "flag"
	}
	if f.authToken != "" && f.noAuth {
		return usagef("--auth-token and --no-auth contradict each other")
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("--addr %s: %v", addr, err)
	}
	if loopback(host) {
		return nil
	}
	switch {
	case f.authToken != "":
		g.log.Warn("binding a non-loopback address: other machines can reach the server; requests need the bearer token", "addr", addr, "token_from", f.authTokenFrom)
	case f.noAuth:
		g.log.Warn("binding a non-loopback address WITHOUT authentication (--no-auth): anyone who can reach it can read the whole graph", "addr", addr)
	default:
		return usagef("--addr %s is reachable from other machines: give --auth-token TOKEN (or $CLAIMGRAPH_AUTH_TOKEN), or --no-auth to serve without authentication", addr)
	}
	return nil
}

// loopback reports whether host (from --addr) names only this machine. "" and 0.0.0.0 bind
// every interface.
func loopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// guard builds the server's httpguard.Guard. A host name in --addr is an allowed Host besides
// the --allowed-host ones.
func (f *httpFlags) guard(addr string, timeout time.Duration, ingest bool) *httpguard.Guard {
	allowed := f.allowedHosts
	if host, _, err := net.SplitHostPort(addr); err == nil && host != "" && net.ParseIP(host) == nil {
		allowed = append(allowed, host)
	}
	// Paths --auth-token does not guard: the health check, GraphiQL's page and the explorer's
	// page and scripts hold no data (their queries send the token: GraphiQL's headers pane, the
	// explorer asks for it once), and POST /articles checks the ingest token itself (one
	// Authorization header cannot carry two tokens).
	public := []string{"/healthz", "/{$}", "/graphiql/", "/explore", "/explore/"}
	if ingest {
		public = append(public, "/articles")
	}
	return httpguard.New(httpguard.Config{
		MaxInFlight:      f.maxInFlight,
		MaxHeavy:         f.maxHeavy,
		MaxQueue:         f.maxQueue,
		QueueWait:        f.queueWait,
		MaxResponseBytes: f.maxResponseN,
		Timeout:          timeout,
		AllowedHosts:     allowed,
		AuthToken:        f.authToken,
		PublicPaths:      public,
	})
}
