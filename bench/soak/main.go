// Command soak holds a running `claimgraph serve` under a mixed load for a bounded time and
// prints, per interval, what each kind of client got: cheap queries (node by ID, at a fixed
// rate), heavy ones (depth-3 neighborhoods from many clients that retry at once when refused)
// and hostile ones (a response amplifier, an oversized body sent whole before reading, a client
// that stops reading a large response), with the server's resident memory. It talks only to
// loopback addresses (issue 16). bench/soak.sh builds a store and a server and runs it.
//
//	soak -url http://127.0.0.1:18600 -pid PID -duration 3m -heavy 50 -cheap-rate 20
package main

import (
	"bufio"
	"bytes"
	"context"
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
	"syscall"
	"time"
)

func main() {
	base := flag.String("url", "", "server base URL, e.g. http://127.0.0.1:18600 (loopback only)")
	pid := flag.Int("pid", 0, "server process ID, for its resident memory (VmRSS, VmHWM)")
	duration := flag.Duration("duration", 3*time.Minute, "how long to run (at most 30m)")
	heavy := flag.Int("heavy", 50, "clients sending depth-3 neighborhoods back to back")
	cheapRate := flag.Int("cheap-rate", 20, "node(id) queries per second")
	hostile := flag.Int("hostile", 3, "clients cycling through hostile requests")
	interval := flag.Duration("interval", 30*time.Second, "reporting interval")
	token := flag.String("token", "", "bearer token, if the server wants one")
	flag.Parse()
	if err := checkLoopback(*base); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(2)
	}
	if *duration > 30*time.Minute {
		*duration = 30 * time.Minute
	}
	s := &soak{base: strings.TrimSuffix(*base, "/"), token: *token, pid: *pid,
		client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *heavy + 16}}}
	ids, err := s.nodeIDs()
	if err != nil || len(ids) == 0 {
		fmt.Fprintln(os.Stderr, "soak: no nodes to query:", err)
		os.Exit(1)
	}
	s.ids = ids
	ctx, cancel := context.WithTimeout(context.Background(), *duration)
	defer cancel()

	var wg sync.WaitGroup
	for range *heavy {
		wg.Go(func() { s.heavyClient(ctx) })
	}
	for i := range *hostile {
		wg.Go(func() { s.hostileClient(ctx, i) })
	}
	wg.Go(func() { s.cheapClients(ctx, *cheapRate) })
	wg.Go(func() { s.sampleRSS(ctx) })

	fmt.Printf("soak: %s for %s: %d heavy clients, %d cheap queries/s, %d hostile clients; %d nodes\n\n",
		s.base, *duration, *heavy, *cheapRate, *hostile, len(ids))
	fmt.Println("| minute | cheap: n, ok, p50, p99, max | heavy: ok, 503, other; ok p50 | hostile outcomes | RSS now / peak in window |")
	fmt.Println("|---|---|---|---|---|")
	start := time.Now()
	tick := time.NewTicker(*interval)
	defer tick.Stop()
	total := &window{}
	for done := false; !done; {
		select {
		case <-tick.C:
		case <-ctx.Done():
			done = true
		}
		w := s.swap()
		total.merge(w)
		if w.cheapN+w.heavyOK+w.heavy503+w.heavyOther > 0 {
			fmt.Println(w.row(time.Since(start), s.rss()))
		}
	}
	wg.Wait()
	fmt.Println()
	fmt.Println("total:", total.row(time.Since(start), s.rss()))
	hwm := s.status("VmHWM")
	fmt.Printf("server peak RSS (VmHWM): %s; healthy at the end: %v\n", hwm, s.healthy())
}

func checkLoopback(base string) error {
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return fmt.Errorf("-url %q: want http://127.0.0.1:PORT", base)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("-url %s: soak only runs against loopback addresses", base)
	}
	return nil
}

type soak struct {
	base, token string
	pid         int
	client      *http.Client
	ids         []string

	mu  sync.Mutex
	win *window
}

// window is what happened in one reporting interval.
type window struct {
	cheap        []time.Duration // latencies of answered cheap queries
	cheapN       int
	cheapFail    int
	heavyOK      int
	heavy503     int
	heavyOther   int
	heavyLatency []time.Duration
	hostile      map[string]int
	rssPeak      int64 // kB
}

func (s *soak) add(fn func(w *window)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.win == nil {
		s.win = &window{hostile: map[string]int{}}
	}
	fn(s.win)
}

func (s *soak) swap() *window {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.win
	if w == nil {
		w = &window{hostile: map[string]int{}}
	}
	s.win = &window{hostile: map[string]int{}}
	return w
}

func (w *window) merge(o *window) {
	w.cheap = append(w.cheap, o.cheap...)
	w.cheapN += o.cheapN
	w.cheapFail += o.cheapFail
	w.heavyOK += o.heavyOK
	w.heavy503 += o.heavy503
	w.heavyOther += o.heavyOther
	w.heavyLatency = append(w.heavyLatency, o.heavyLatency...)
	if w.hostile == nil {
		w.hostile = map[string]int{}
	}
	for k, v := range o.hostile {
		w.hostile[k] += v
	}
	w.rssPeak = max(w.rssPeak, o.rssPeak)
}

func pct(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p))]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/1e6) }

func (w *window) row(at time.Duration, rssNow int64) string {
	keys := make([]string, 0, len(w.hostile))
	for k := range w.hostile {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var h []string
	for _, k := range keys {
		h = append(h, fmt.Sprintf("%s %d", k, w.hostile[k]))
	}
	return fmt.Sprintf("| %.1f | %d, %d, %s, %s, %s | %d, %d, %d; %s | %s | %d / %d MB |",
		at.Minutes(), w.cheapN, len(w.cheap), ms(pct(w.cheap, .5)), ms(pct(w.cheap, .99)), ms(pct(w.cheap, 1)),
		w.heavyOK, w.heavy503, w.heavyOther, ms(pct(w.heavyLatency, .5)), strings.Join(h, ", "), rssNow/1024, w.rssPeak/1024)
}

// post sends one GraphQL query and returns the status and the first error code.
func (s *soak) post(ctx context.Context, query string, vars map[string]any) (int, string, error) {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/graphql", bytes.NewReader(b))
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("Content-Type", "application/json")
	if s.token != "" {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	var r struct {
		Errors []struct {
			Extensions struct{ Code string } `json:"extensions"`
		} `json:"errors"`
	}
	err = json.NewDecoder(resp.Body).Decode(&r)
	code := ""
	if len(r.Errors) > 0 {
		code = r.Errors[0].Extensions.Code
	}
	return resp.StatusCode, code, err
}

func (s *soak) nodeIDs() ([]string, error) {
	b, _ := json.Marshal(map[string]any{"query": `{ relations(first: 300) { nodes { source { id } } } }`})
	req, _ := http.NewRequest(http.MethodPost, s.base+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if s.token != "" {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			Relations struct {
				Nodes []struct{ Source struct{ ID string } }
			}
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var ids []string
	for _, n := range r.Data.Relations.Nodes {
		if !seen[n.Source.ID] {
			seen[n.Source.ID] = true
			ids = append(ids, n.Source.ID)
		}
	}
	return ids, nil
}

const heavyQuery = `query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 1000) { nodes { id label } relations { id type source { id } target { id } } } }`

// heavyClient sends neighborhoods back to back; refused, it waits 100 ms, not the Retry-After
// asked for: the load of issue 16 is clients that do not back off.
func (s *soak) heavyClient(ctx context.Context) {
	for ctx.Err() == nil {
		start := time.Now()
		status, _, err := s.post(ctx, heavyQuery, map[string]any{"id": s.ids[rand.IntN(len(s.ids))]})
		d := time.Since(start)
		if ctx.Err() != nil {
			return
		}
		s.add(func(w *window) {
			switch {
			case err == nil && status == http.StatusOK:
				w.heavyOK++
				w.heavyLatency = append(w.heavyLatency, d)
			case status == http.StatusServiceUnavailable:
				w.heavy503++
			default:
				w.heavyOther++
			}
		})
		if status != http.StatusOK {
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// cheapClients send node(id) at rate per second, each on its own goroutine so a slow answer
// does not slow the rate.
func (s *soak) cheapClients(ctx context.Context, rate int) {
	tick := time.NewTicker(time.Second / time.Duration(max(rate, 1)))
	defer tick.Stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		wg.Go(func() {
			start := time.Now()
			status, _, err := s.post(context.Background(), `query($id: ID!) { node(id: $id) { id label kind } }`,
				map[string]any{"id": s.ids[rand.IntN(len(s.ids))]})
			d := time.Since(start)
			s.add(func(w *window) {
				w.cheapN++
				if err == nil && status == http.StatusOK {
					w.cheap = append(w.cheap, d)
				} else {
					w.cheapFail++
				}
			})
		})
	}
}

// hostileClient cycles through the hostile requests of issue 16, starting at offset i.
func (s *soak) hostileClient(ctx context.Context, i int) {
	kinds := []func(context.Context) string{s.amplify, s.oversized, s.slowReader}
	for n := i; ctx.Err() == nil; n++ {
		outcome := kinds[n%len(kinds)](ctx)
		if ctx.Err() != nil {
			return
		}
		s.add(func(w *window) { w.hostile[outcome]++ })
		time.Sleep(200 * time.Millisecond)
	}
}

// amplify sends 100 aliases of articles(first: 1000) { nodes { text } }.
func (s *soak) amplify(ctx context.Context) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range 100 {
		fmt.Fprintf(&b, " a%d: articles(first: 1000) { nodes { text } }", i)
	}
	b.WriteString(" }")
	status, code, err := s.post(ctx, b.String(), nil)
	if err != nil && status == 0 {
		return "amplify:error"
	}
	return fmt.Sprintf("amplify:%d %s", status, code)
}

// oversized sends a 4 MiB body whole, then reads the answer, as Python's urllib does.
func (s *soak) oversized(ctx context.Context) string {
	conn, err := s.dial(ctx)
	if err != nil {
		return "oversized:dial"
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	body := bytes.Repeat([]byte(" "), 4<<20)
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n", conn.RemoteAddr(), len(body), s.authHeader())
	if _, err := conn.Write(body); err != nil {
		return "oversized:reset"
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return "oversized:reset"
	}
	resp.Body.Close()
	return "oversized:" + strconv.Itoa(resp.StatusCode)
}

// slowReader asks for a large page and reads none of it for 20 s.
func (s *soak) slowReader(ctx context.Context) string {
	// A 4 KiB receive buffer, set before connecting so the window is small from the start (set
	// after, Linux keeps the larger window it advertised and the stream stalls client-side).
	d := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		return c.Control(func(fd uintptr) { _ = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4<<10) })
	}}
	u, _ := url.Parse(s.base)
	conn, err := d.DialContext(ctx, "tcp", u.Host)
	if err != nil {
		return "slow:dial"
	}
	defer conn.Close()
	q, _ := json.Marshal(map[string]string{"query": `{ a: articles(first: 1000) { nodes { text } } }`})
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s", conn.RemoteAddr(), len(q), s.authHeader(), q)
	select {
	case <-time.After(20 * time.Second):
	case <-ctx.Done():
		return "slow:stopped"
	}
	// Read the answer now: a server that gave up on the client (its write deadline passed)
	// closed the connection before the end of the body.
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return "slow:cut-off"
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return "slow:still-open"
		}
		return "slow:cut-off"
	}
	return "slow:complete " + strconv.Itoa(resp.StatusCode)
}

func (s *soak) authHeader() string {
	if s.token == "" {
		return ""
	}
	return "Authorization: Bearer " + s.token + "\r\n"
}

func (s *soak) dial(ctx context.Context) (net.Conn, error) {
	u, _ := url.Parse(s.base)
	var d net.Dialer
	return d.DialContext(ctx, "tcp", u.Host)
}

// sampleRSS records the server's VmRSS every second into the current window's peak.
func (s *soak) sampleRSS(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		r := s.rss()
		s.add(func(w *window) { w.rssPeak = max(w.rssPeak, r) })
	}
}

// rss is the server's VmRSS in kB (0 without -pid).
func (s *soak) rss() int64 {
	f := strings.Fields(s.status("VmRSS"))
	if len(f) == 0 {
		return 0
	}
	n, _ := strconv.ParseInt(f[0], 10, 64)
	return n
}

func (s *soak) status(field string) string {
	if s.pid == 0 {
		return ""
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.pid))
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func (s *soak) healthy() bool {
	resp, err := s.client.Get(s.base + "/healthz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
