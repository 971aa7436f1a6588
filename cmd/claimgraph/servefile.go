package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// serveFileName is the file a running serve writes in the store directory it holds, saying where
// it listens and whether it loads articles over HTTP (POST /articles, on with --ingest-token), and
// removes when it stops. A command that finds the store held (openStore) reads it to advise what
// will work: POST /articles only when that serve has ingest on (new-user trial 28, finding 9: the
// advice to POST /articles ended in a 404 from a serve without a token). Badger reads only its
// own files (*.sst, *.vlog, MANIFEST, …) from the directory, so this one is left alone by it.
const serveFileName = "claimgraph-serve.json"

// serveInfo is what serveFileName holds.
type serveInfo struct {
	PID    int    `json:"pid"`
	Addr   string `json:"addr"`   // HOST:PORT serve listens on
	Ingest bool   `json:"ingest"` // POST /articles is on (an ingest token was given, the store is writable)
}

// writeServeInfo writes info into the store directory dir and returns the function that removes
// it. A directory it cannot write to (a read-only store) only loses the advice, so errors are
// ignored.
func writeServeInfo(dir string, info serveInfo) func() {
	p := filepath.Join(dir, serveFileName)
	b, err := json.Marshal(info)
	if err != nil || os.WriteFile(p, append(b, '\n'), 0o644) != nil {
		return func() {}
	}
	return func() { _ = os.Remove(p) }
}

// readServeInfo reads the serve file in dir; ok is false when there is none or it is unreadable
// (another process than serve holds the store, or a serve of an older version).
func readServeInfo(dir string) (info serveInfo, ok bool) {
	b, err := os.ReadFile(filepath.Join(dir, serveFileName))
	if err != nil || json.Unmarshal(b, &info) != nil || info.Addr == "" {
		return serveInfo{}, false
	}
	return info, true
}

// removeStaleServeInfo removes a serve file left by a serve that did not stop cleanly: called by a
// process that has just opened the store for writing, which no serve can then hold.
func removeStaleServeInfo(dir string) {
	_ = os.Remove(filepath.Join(dir, serveFileName)) // absent: nothing to remove
}

// ingestCurl is the example command that loads a JSONL file into the serve at addr.
func ingestCurl(addr string) string {
	return "curl http://" + addr + "/articles -H 'Authorization: Bearer TOKEN' -H 'Content-Type: application/x-ndjson' --data-binary @articles.jsonl"
}

// loadHeldAdvice is what load advises when the store is held: POST /articles when the holder is
// a serve with ingest on; how to turn it on, stopping serve or another store when it is a serve
// with ingest off; and when the holder is unknown (a load, or a serve that wrote no file), the
// sure routes first and POST /articles only for a serve started with --ingest-token.
func loadHeldAdvice(db string, info serveInfo, known bool) string {
	const body = "a JSON object, a JSON array or JSON lines of articles (url, title, published, outlet, text)"
	const other = "load into another store (--db OTHER_DIR) and serve that one"
	switch {
	case known && info.Ingest:
		return fmt.Sprintf("store %s is served by a running claimgraph serve (pid %d, http://%s) with ingest on: load into it over HTTP, "+
			"POST /articles with %s, authorized by the token serve was started with (--ingest-token or $%s), e.g. %s; "+
			"or stop that serve and try again", db, info.PID, info.Addr, body, ingestTokenEnv, ingestCurl(info.Addr))
	case known:
		return fmt.Sprintf("store %s is served by a running claimgraph serve (pid %d, http://%s) with ingest off (no --ingest-token), "+
			"so it cannot load articles over HTTP: stop that serve, load, and start it again; or %s; "+
			"or restart it with --ingest-token TOKEN (or $%s) to load over HTTP with POST /articles", db, info.PID, info.Addr, other, ingestTokenEnv)
	default:
		return fmt.Sprintf("store %s is in use by another claimgraph process (a running serve or load holds it); "+
			"stop that process and try again, or %s. If it is a serve started with --ingest-token, it loads articles over HTTP: "+
			"POST /articles with %s, authorized by that token, e.g. %s", db, other, body, ingestCurl("ADDR"))
	}
}

// withServeAddr puts the address of the serve holding the store, when known, into an advice that
// names it ADDR.
func withServeAddr(advice string, info serveInfo, known bool) string {
	if !known {
		return advice
	}
	return strings.ReplaceAll(advice, "http://ADDR", "http://"+info.Addr)
}
