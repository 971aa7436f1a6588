// Command hammer sends a running `claimgraph serve` a mix of valid and hostile GraphQL requests
// (issue 6) from several connections at once, for a bounded time and a bounded count, and reports:
// requests served, refusals (hostile requests answered 4xx with extensions.code), anything
// unexpected (a hostile request run, a valid one refused, a 5xx, a broken connection), p50/p99
// latency of the valid requests, the server's resident memory before and after (VmRSS, and its
// peak VmHWM, from /proc/PID/status), and whether it is still healthy at the end. It only talks to
// loopback addresses. Exit status 1 if anything unexpected happened or the server is unhealthy.
//
//	claimgraph serve --db DIR --addr 127.0.0.1:8080 &
//	hammer -url http://127.0.0.1:8080 -pid $! -duration 60s -max 200000 -workers 8
//	hammer -url http://127.0.0.1:8080 -hostile 0 -duration 20s   # the valid requests alone
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// request is one kind of request in the mix.
type request struct {
	name    string
	hostile bool
	method  string // GET or POST
	ctype   string // POST Content-Type
	body    []byte // POST body, or the GET query
	status  int    // expected status of a hostile request (0: any 4xx)
	weight  int
}

func jsonBody(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// mix builds the requests; ids are actor IDs of the store for the valid ones that need one.
func mix(ids []string) []request {
	id := func(i int) string { return ids[i%len(ids)] }
	fields := `{ nodes { nodes {` + strings.Repeat(" id", 600) + ` } } }`
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := range 101 {
		fmt.Fprintf(&aliases, " a%d: __typename", i)
	}
	aliases.WriteString(" }")
	deep := `{ nodes(first: 1) { nodes { ...F } } } fragment F on Node { ... on Actor { ` +
		strings.Repeat(`relations(first: 1) { nodes { source { ... on Actor { `, 5) + `id` + strings.Repeat(` } } } }`, 5) + ` } }`
	const ok = `{"query": "{ articles { totalCount } }"}`
	reqs := []request{
		// Valid: what a graph viewer asks for.
		{name: "articles", method: "POST", body: jsonBody(`{ articles(first: 20) { totalCount nodes { id title publishedAt authors } } }`, nil), weight: 3},
		{name: "search", method: "POST", body: jsonBody(`query($s: String) { nodes(search: $s, first: 20) { totalCount nodes { id kind label } } }`, map[string]any{"s": "chin"}), weight: 3},
		{name: "relations page", method: "POST", body: jsonBody(`{ relations(first: 50) { totalCount pageInfo { endCursor } nodes { type confidence source { label } target { label } evidence { text cue rule } } } }`, nil), weight: 3},
		{name: "GET nodes", method: "GET", body: []byte(`{ nodes(kinds: [PERSON, ORGANIZATION], first: 20) { nodes { id label } } }`), weight: 2},
	}
	for i := range 4 {
		reqs = append(reqs,
			request{name: "node", method: "POST", body: jsonBody(`query($id: ID!) { node(id: $id) { id label ... on Actor { aliases roles { title } relations(first: 10) { nodes { type target { label } } } } } }`, map[string]any{"id": id(i)}), weight: 1},
			request{name: "neighborhood", method: "POST", body: jsonBody(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { nodes { id label } relations { type source { id } target { id } } } }`, map[string]any{"id": id(i + 7)}), weight: 1},
		)
	}
	for i := range reqs {
		reqs[i].ctype = "application/json"
	}
	hostile := []request{
		{name: "cyclic fragments", body: jsonBody(`fragment A on Actor { ...B } fragment B on Actor { ...A } { nodes { nodes { ...A } } }`, nil), status: 400},
		{name: "depth 13", body: jsonBody(deep, nil), status: 400},
		{name: "600 fields", body: jsonBody(fields, nil), status: 400},
		{name: "101 aliases", body: jsonBody(aliases.String(), nil), status: 400},
		{name: "2M [", body: jsonBody(`{ nodes(kinds: `+strings.Repeat("[", 2_000_000)+`) { totalCount } }`, nil), status: 413},
		{name: "900k [", body: jsonBody(`{ nodes(kinds: `+strings.Repeat("[", 900_000)+`) { totalCount } }`, nil), status: 400},
		{name: "body over 1 MiB", body: []byte(`{"query": "{ articles { totalCount } }` + strings.Repeat(" ", 1<<20) + `"}`), status: 413},
		{name: "syntax error after 1 MB", body: jsonQuery(`{ articles { ` + strings.Repeat(" ", 1_000_000)), status: 400},
		{name: "unknown field after 1 MB comment", body: jsonQuery("#" + strings.Repeat("a", 1_000_000) + "\n{ x }"), status: 400},
		{name: "trailing data", body: []byte(ok + ` xyz`), status: 400},
		{name: "second JSON value", body: []byte(ok + ok), status: 400},
		{name: "batch", body: []byte(`[` + ok + `,` + ok + `]`), status: 400},
		{name: "mutation by GET", method: "GET", body: []byte(`mutation { articles { totalCount } }`), status: 405},
		{name: "text/plain", ctype: "text/plain", body: []byte(ok), status: 400},
		{name: "first: 99999999999", body: jsonBody(`{ nodes(first: 99999999999) { totalCount } }`, nil), status: 400},
		{name: "Int variable 1e20", body: jsonBody(`query($f: Int) { nodes(first: $f) { totalCount } }`, map[string]any{"f": 1e20}), status: 400},
		{name: "null literal", body: jsonBody(`{ nodes(search: null) { totalCount } }`, nil), status: 400},
		{name: "not JSON", body: []byte(`{query: 1}`), status: 400},
	}
	for i := range hostile {
		h := &hostile[i]
		h.hostile, h.weight = true, 1
		if h.method == "" {
			h.method = "POST"
		}
		if h.ctype == "" {
			h.ctype = "application/json"
		}
	}
	return append(reqs, hostile...)
}

func jsonQuery(q string) []byte { return jsonBody(q, nil) }

// outcome is what one request got.
type outcome struct {
	req     *request
	status  int
	code    string // errors[0].extensions.code
	latency time.Duration
	err     error
}

func do(c *http.Client, base string, r *request) outcome {
	var req *http.Request
	var err error
	if r.method == "GET" {
		req, err = http.NewRequest("GET", base+"/graphql?"+url.Values{"query": {string(r.body)}}.Encode(), nil)
	} else {
		req, err = http.NewRequest("POST", base+"/graphql", bytes.NewReader(r.body))
		if err == nil {
			req.Header.Set("Content-Type", r.ctype)
		}
	}
	if err != nil {
		return outcome{req: r, err: err}
	}
	start := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return outcome{req: r, err: err, latency: time.Since(start)}
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	o := outcome{req: r, status: resp.StatusCode, latency: time.Since(start), err: err}
	var gr struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if jerr := json.Unmarshal(body, &gr); jerr != nil && o.err == nil {
		o.err = fmt.Errorf("response is not JSON: %v: %.100s", jerr, body)
	}
	if len(gr.Errors) > 0 {
		o.code, _ = gr.Errors[0].Extensions["code"].(string)
	}
	return o
}

// expected reports whether o is the right answer: data without errors for a valid request; the
// expected 4xx with a code for a hostile one.
func expected(o outcome) bool {
	switch {
	case o.err != nil:
		return false
	case o.status == http.StatusServiceUnavailable && o.code == "OVERLOADED":
		return true // shed by admission control (issue 16): a fast answer with Retry-After
	case !o.req.hostile:
		return o.status == 200 && o.code == ""
	case o.req.status != 0:
		return o.status == o.req.status && o.code != ""
	}
	return o.status >= 400 && o.status < 500 && o.code != ""
}

// rss reads VmRSS and VmHWM of pid in KiB.
func rss(pid int) (cur, peak int) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return -1, -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && (f[0] == "VmRSS:" || f[0] == "VmHWM:") {
			n, _ := strconv.Atoi(f[1])
			if f[0] == "VmRSS:" {
				cur = n
			} else {
				peak = n
			}
		}
	}
	return cur, peak
}

// healthy checks /healthz and one valid query.
func healthy(c *http.Client, base string) error {
	resp, err := c.Get(base + "/healthz")
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("/healthz: %d", resp.StatusCode)
	}
	o := do(c, base, &request{method: "POST", ctype: "application/json", body: jsonBody(`{ articles { totalCount } }`, nil)})
	if !expected(o) {
		return fmt.Errorf("a valid query after the run: status %d code %q err %v", o.status, o.code, o.err)
	}
	return nil
}

func actorIDs(c *http.Client, base string) ([]string, error) {
	o := &request{method: "POST", ctype: "application/json", body: jsonBody(`{ nodes(kinds: [PERSON, ORGANIZATION, COUNTRY, GOVERNMENT], first: 200) { nodes { id } } }`, nil)}
	req, _ := http.NewRequest("POST", base+"/graphql", bytes.NewReader(o.body))
	req.Header.Set("Content-Type", o.ctype)
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var d struct {
		Data struct {
			Nodes struct{ Nodes []struct{ ID string } }
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&d); err != nil {
		return nil, err
	}
	var ids []string
	for _, n := range d.Data.Nodes.Nodes {
		ids = append(ids, n.ID)
	}
	if len(ids) == 0 {
		return nil, errors.New("the store has no actors")
	}
	return ids, nil
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "server base URL (loopback only)")
	pid := flag.Int("pid", 0, "server process ID, for its memory (0: not reported)")
	duration := flag.Duration("duration", 60*time.Second, "how long to send requests")
	maxReq := flag.Int("max", 200_000, "most requests to send")
	workers := flag.Int("workers", 8, "concurrent connections")
	seed := flag.Uint64("seed", 1, "random seed of the mix")
	hostileShare := flag.Float64("hostile", 0.5, "share of hostile requests in the mix, 0 to 1")
	flag.Parse()

	u, err := url.Parse(*base)
	if err != nil {
		fail(err)
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fail(fmt.Errorf("refusing to hammer %s: loopback addresses only", u.Host))
	}
	c := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *workers}}
	if err := healthy(c, *base); err != nil {
		fail(fmt.Errorf("server not healthy before the run: %w", err))
	}
	ids, err := actorIDs(c, *base)
	if err != nil {
		fail(err)
	}
	reqs := mix(ids)
	var table []*request // weighted
	for i := range reqs {
		for range reqs[i].weight {
			table = append(table, &reqs[i])
		}
	}
	var valid, hostile []*request
	for _, r := range table {
		if r.hostile {
			hostile = append(hostile, r)
		} else {
			valid = append(valid, r)
		}
	}

	rssBefore, _ := rss(*pid)
	var sent atomic.Int64
	deadline := time.Now().Add(*duration)
	results := make(chan outcome, 1024)
	var wg sync.WaitGroup
	for w := range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(*seed, uint64(w)))
			for time.Now().Before(deadline) && sent.Add(1) <= int64(*maxReq) {
				r := valid[rng.IntN(len(valid))]
				if rng.Float64() < *hostileShare {
					r = hostile[rng.IntN(len(hostile))]
				}
				results <- do(c, *base, r)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	start := time.Now()
	type tally struct{ n, ok int }
	byName := map[string]*tally{}
	var validLat, refusalLat []time.Duration
	served, refusals, unexpected := 0, 0, 0
	var samples []string
	for o := range results {
		t := byName[o.req.name]
		if t == nil {
			t = &tally{}
			byName[o.req.name] = t
		}
		t.n++
		if o.err == nil {
			served++
		}
		if expected(o) {
			t.ok++
			if o.req.hostile {
				refusals++
				refusalLat = append(refusalLat, o.latency)
			} else {
				validLat = append(validLat, o.latency)
			}
			continue
		}
		unexpected++
		if len(samples) < 10 {
			samples = append(samples, fmt.Sprintf("%s: status %d code %q err %v", o.req.name, o.status, o.code, o.err))
		}
	}
	elapsed := time.Since(start)
	rssAfter, hwm := rss(*pid)
	health := healthy(c, *base)

	slices.Sort(validLat)
	slices.Sort(refusalLat)
	fmt.Printf("hammer: %s, %d workers, %.0f s\n", *base, *workers, elapsed.Seconds())
	fmt.Printf("requests served     %d (%.0f/s)\n", served, float64(served)/elapsed.Seconds())
	fmt.Printf("valid answered      %d  p50 %.1f ms  p99 %.1f ms  max %.1f ms\n", len(validLat), ms(percentile(validLat, 0.5)), ms(percentile(validLat, 0.99)), ms(percentile(validLat, 1)))
	fmt.Printf("hostile refused     %d  p50 %.1f ms  p99 %.1f ms  max %.1f ms\n", refusals, ms(percentile(refusalLat, 0.5)), ms(percentile(refusalLat, 0.99)), ms(percentile(refusalLat, 1)))
	fmt.Printf("unexpected          %d\n", unexpected)
	for _, s := range samples {
		fmt.Printf("  %s\n", s)
	}
	if *pid > 0 {
		fmt.Printf("server RSS          %.1f MiB before, %.1f MiB after (peak %.1f MiB)\n", float64(rssBefore)/1024, float64(rssAfter)/1024, float64(hwm)/1024)
	}
	if health != nil {
		fmt.Printf("healthy at the end  NO: %v\n", health)
	} else {
		fmt.Printf("healthy at the end  yes\n")
	}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Println("per request (sent / as expected):")
	for _, n := range names {
		fmt.Printf("  %-34s %7d / %d\n", n, byName[n].n, byName[n].ok)
	}
	if unexpected > 0 || health != nil {
		os.Exit(1)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func fail(err error) {
	fmt.Fprintln(os.Stderr, "hammer:", err)
	os.Exit(1)
}
