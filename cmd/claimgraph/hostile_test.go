package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
)

// Issue 6 through the command line: hostile files, a store that cannot be written, a huge
// article, and shutdown while queries run.

// runCLI runs one command line in-process and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(t.Context(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestLoadHostileFiles loads a folder of broken and hostile files: each bad one is reported with
// its name and the problem, the good ones (every BOM-prefixed record among them) are stored,
// and the load ends in seconds with exit status 1.
func TestLoadHostileFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const bom = "\xEF\xBB\xBF"
	write("a-bom.jsonl", bom+`{"url":"http://x/1","text":"Li Wei said China opposes the tariffs."}`+"\n"+
		`{"url":"http://x/2","text":"Germany supports the trade pact, Anna Keller said."}`+"\n"+
		`{"url":"http://x/3","text":"Japan rejected the export ban, officials said."}`+"\n")
	write("b-bom.txt", bom+"The European Union criticized the sanctions, Sven Ibsen said.\n")
	write("c-bom.json", bom+`{"url":"http://x/4","title":"T","text":"France welcomed the climate accord, Rosa Lopez said."}`)
	write("d-latin1.txt", "Caf\xe9 owner Marco Rossi said Italy opposes the subsidy program.\n")
	elf, err := os.ReadFile("/proc/self/exe")
	if err != nil || len(elf) < 8192 {
		t.Skip("no binary to read")
	}
	binary := write("e-binary.txt", string(elf[:8192]))
	empty := write("f-empty.txt", "")
	nul := write("g-nul.txt", "China opposes\x00 the tariffs.")
	nobody := write("h-nobody.html", "<html><head><title>Only a title</title></head></html>")
	deep := write("i-deep.html", "<html><body>"+strings.Repeat("<div>", 100_000)+"China opposes the tariffs.</body></html>")
	utf16 := write("j-utf16.txt", "\xff\xfeC\x00h\x00i\x00n\x00a\x00")
	// 50 MB on one line: refused at once for its size, not left to the per-article time limit.
	big := filepath.Join(dir, "k-50mb.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("The minister said China opposes the tariffs. ", 1000))
	for n := 0; n < 50<<20; n += len(line) {
		f.Write(line)
	}
	f.Close()

	db := filepath.Join(t.TempDir(), "db")
	start := time.Now()
	code, out, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", dir)
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("load took %v", d)
	}
	if code != exitRuntime {
		t.Errorf("exit %d, want 1\n%s", code, stderr)
	}
	if !strings.Contains(out, "read 13 articles: 6 new, 0 unchanged, 0 replaced, 7 failed;") {
		t.Errorf("summary: %q\nstderr: %s", out, stderr)
	}
	for path, problem := range map[string]string{
		binary: "binary content", empty: "empty document", nul: "binary content",
		nobody: "no article text", deep: "nest more than 512 deep", utf16: "UTF-16",
		big: "article too long",
	} {
		if !regexp.MustCompile(`(?m)^error: .*` + regexp.QuoteMeta(path) + `\b.*` + regexp.QuoteMeta(problem)).MatchString(stderr) {
			t.Errorf("no error naming %s with %q:\n%s", filepath.Base(path), problem, stderr)
		}
	}
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		t.Errorf("crash output:\n%s", stderr)
	}
	code, out, _ = runCLI(t, "", "query", "--db", db, `{ articles { totalCount nodes { source } } }`)
	var res struct {
		Data struct {
			Articles struct {
				TotalCount int
				Nodes      []struct{ Source string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 0 {
		t.Fatalf("query: exit %d, %v: %s", code, err, out)
	}
	sources := map[string]bool{}
	for _, a := range res.Data.Articles.Nodes {
		sources[filepath.Base(a.Source)] = true
	}
	for _, want := range []string{"a-bom.jsonl:1", "a-bom.jsonl:2", "a-bom.jsonl:3", "b-bom.txt", "c-bom.json", "d-latin1.txt"} {
		if !sources[want] {
			t.Errorf("article from %s not stored; stored: %v", want, sources)
		}
	}
}

// TestLoadArticleTimeout: an article over load's --article-timeout fails with a message naming its
// file and the limit, the store loads again afterwards, and 0 lifts the limit.
func TestLoadArticleTimeout(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "Minister Ana Ruiz %d criticized the export ban on Tuesday. ", i)
	}
	big := filepath.Join(dir, "big.txt")
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(small, []byte("Ana Ruiz criticized the export ban."), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "db")
	code, out, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", "--article-timeout", "1ns", big, small)
	if code == 0 || !strings.Contains(stderr, "big.txt") || !strings.Contains(stderr, "too long") || !strings.Contains(stderr, "limit 1ns") {
		t.Fatalf("want a failure naming big.txt and the limit; exit %d\n%s%s", code, out, stderr)
	}
	code, out, stderr = runCLI(t, "", "load", "--db", db, "--no-progress", small)
	if code != 0 {
		t.Fatalf("the store does not load after a timed-out article: exit %d\n%s%s", code, out, stderr)
	}
	if code, out, _ = runCLI(t, "", "load", "--db", db, "--no-progress", "--article-timeout", "0", big); code != 0 {
		t.Fatalf("--article-timeout 0 (no limit): exit %d\n%s", code, out)
	}
}

// TestLoadHugeArticle loads one article whose facts do not fit one Badger transaction
// (ErrTxnTooBig): it is stored whole, in parts, and the load says what it stored.
func TestLoadHugeArticle(t *testing.T) {
	first := []string{"Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Gita", "Hiro", "Ivan", "Julia", "Karim", "Lena", "Marco", "Nadia", "Omar", "Pavel", "Qiang", "Rosa", "Sven", "Tariq"}
	last := []string{"Abbott", "Baker", "Carter", "Dalton", "Ellis", "Fischer", "Garcia", "Hughes", "Ibsen", "Jensen", "Keller", "Lopez", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka"}
	policies := []string{"the tariff plan", "the export ban", "the trade pact", "the sanctions bill", "the climate accord", "the subsidy program"}
	verbs := []string{"opposed", "supported", "criticized", "rejected", "welcomed", "demanded"}
	var b strings.Builder
	b.WriteString("A Report on Everyone's Positions\n\n")
	for i := range 10000 {
		// A fixed walk through the lists: every sentence states one relation of a named person.
		fmt.Fprintf(&b, "%s %s %s %s. ", first[i%20], last[(i/20)%20], verbs[(i/7)%6], policies[(i/3)%6])
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	path := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "db")
	// The article is ~60,000 words: on a shared 2-core machine its extraction can pass the default
	// 30 s limit, which this test does not measure (TestLoadArticleTimeout does), so it lifts it.
	code, out, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", "--article-timeout", "10m", path)
	if code != 0 || strings.Contains(stderr, "TxnTooBig") || strings.Contains(stderr, "too big") {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	m := regexp.MustCompile(`read 1 article: 1 new, 0 unchanged, 0 replaced, 0 failed; store has (\d+) nodes, (\d+) relations`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("summary: %q", out)
	}
	_, stats, _ := runCLI(t, "", "stats", "--db", db)
	nodes, _ := strconv.Atoi(m[1])
	rels, _ := strconv.Atoi(m[2])
	var sa, sn, sr, sm int
	fmt.Sscanf(stats, "articles %d\nnodes %d\nrelations %d\nmentions %d", &sa, &sn, &sr, &sm)
	if sa != 1 || sn != nodes || sr != rels {
		t.Errorf("summary says %d nodes, %d relations; stats: %q", nodes, rels, stats)
	}
	// Badger bounds a transaction at 15% of a 16 MiB memtable, about 26,000 entries; each
	// relation is written with two adjacency keys and each mention with an index key.
	if entries := 3*sr + 2*sm + 2*sn; entries < 30000 {
		t.Errorf("the article wrote about %d entries: not enough to need several transactions (stats %q)", entries, stats)
	}
	code, out, _ = runCLI(t, "", "load", "--db", db, "--no-progress", "--article-timeout", "10m", path)
	if code != 0 || !strings.Contains(out, "1 unchanged") {
		t.Errorf("reload: exit %d: %s", code, out)
	}
}

// mountReadOnly bind-mounts dir read-only onto a new directory and returns it; it skips the test
// where mounting is not allowed (not root, or no mount namespace rights).
func mountReadOnly(t *testing.T, dir string) string {
	t.Helper()
	ro := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(ro, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount(dir, ro, "", syscall.MS_BIND, ""); err != nil {
		t.Skipf("cannot bind-mount (needs root): %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(ro, syscall.MNT_DETACH) })
	if err := syscall.Mount("", ro, "", syscall.MS_REMOUNT|syscall.MS_BIND|syscall.MS_RDONLY, ""); err != nil {
		t.Skipf("cannot remount read-only: %v", err)
	}
	return ro
}

// TestReadOnlyStore: a store whose directory became read-only refuses loads with an error naming
// it, and still answers query, stats, export and serve.
func TestReadOnlyStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	text := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(text, []byte("Li Wei said China opposes the tariffs.\n"), 0o644)
	if code, _, stderr := runCLI(t, "", "load", "--db", dir, "--no-progress", text); code != 0 {
		t.Fatalf("load: %s", stderr)
	}
	ro := mountReadOnly(t, dir)

	code, _, stderr := runCLI(t, "", "load", "--db", ro, "--no-progress", text)
	if code != exitRuntime || !strings.Contains(stderr, "store "+ro) || !strings.Contains(stderr, "read-only file system") {
		t.Errorf("load into a read-only store: exit %d: %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "", "stats", "--db", ro)
	if code != 0 || !strings.HasPrefix(out, "articles 1\n") {
		t.Errorf("stats: exit %d: %s%s", code, out, stderr)
	}
	code, out, stderr = runCLI(t, "", "query", "--db", ro, `{ articles { totalCount } }`)
	if code != 0 || !strings.Contains(out, `"totalCount": 1`) {
		t.Errorf("query: exit %d: %s%s", code, out, stderr)
	}
	code, out, stderr = runCLI(t, "", "export", "--db", ro, "--format", "jsonl")
	if code != 0 || !strings.Contains(out, "China") {
		t.Errorf("export: exit %d: %.200s%s", code, out, stderr)
	}

	// serve falls back to read-only and answers.
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(t.Context())
	var srvErr bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"serve", "--db", ro, "--addr", addr}, nil, io.Discard, &srvErr) }()
	waitUp(t, "http://"+addr, done, &srvErr)
	var d struct {
		Articles struct{ TotalCount int } `json:"articles"`
	}
	postGraphQL(t, "http://"+addr+"/graphql", `{ articles { totalCount } }`, nil, &d)
	if d.Articles.TotalCount != 1 {
		t.Errorf("serve: %d articles", d.Articles.TotalCount)
	}
	cancel()
	if code := <-done; code != 0 || !strings.Contains(srvErr.String(), "read-only") {
		t.Errorf("serve: exit %d: %s", code, srvErr.String())
	}
}

// waitUp waits for /healthz of an in-process server started with run.
func waitUp(t *testing.T, base string, done <-chan int, log *bytes.Buffer) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, log.String())
		default:
		}
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
	}
	t.Fatal("server not up")
}

// TestLoadDiskFull loads into a store on a small tmpfs. Badger memory-maps its write-ahead log and
// value log as sparse files and dies of SIGBUS when a write finds no free page, so the store
// refuses to write with less than graph.MinFreeBytes free: the wanted outcome is an error naming
// the directory, exit status 1, no crash, and a store that still answers. Needs root for mount.
func TestLoadDiskFull(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=100m"); err != nil {
		t.Skipf("cannot mount a tmpfs (needs root): %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(mnt, syscall.MNT_DETACH) })
	var b strings.Builder
	for i := range 400 {
		var text strings.Builder
		for j := range 60 {
			fmt.Fprintf(&text, "Minister %d-%d opposed the tariff plan on day %d, officials said. ", i, j, j)
		}
		rec, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("http://x/%d", i), "text": text.String()})
		b.Write(rec)
		b.WriteByte('\n')
	}
	in := filepath.Join(t.TempDir(), "many.jsonl")
	os.WriteFile(in, []byte(b.String()), 0o644)
	bin := buildBinary(t)
	db := filepath.Join(mnt, "db")
	out, err := exec.Command(bin, "load", "--db", db, "--no-progress", in).CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(string(out), db) || !strings.Contains(string(out), "not enough free disk space") || strings.Contains(string(out), "fatal error") {
		t.Fatalf("load onto a full disk: %v\n%.2000s", err, out)
	}
	if out, err := exec.Command(bin, "stats", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("stats after a full disk: %v\n%s", err, out)
	}
}

// buildDenseStore writes a store in dir whose relations query slowly: n actors, each related to
// the next k, with evidence, in one article.
func buildDenseStore(t *testing.T, dir string, n, k int) {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := graph.Open(graph.DefaultOptions(dir).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var text strings.Builder
	g := &graph.ArticleGraph{}
	names := make([]string, n)
	for i := range n {
		names[i] = fmt.Sprintf("Person%04d Surname", i)
		g.Nodes = append(g.Nodes, graph.Node{ID: graph.ActorID(names[i]), Kind: graph.Person, Name: names[i], Aliases: []string{names[i]}})
	}
	offset := 0
	for i := range n {
		for j := 1; j <= k; j++ {
			s := fmt.Sprintf("%s opposes %s. ", names[i], names[(i+j)%n])
			src, tgt := graph.ActorID(names[i]), graph.ActorID(names[(i+j)%n])
			g.Relations = append(g.Relations, graph.Relation{
				ID: graph.RelationID(graph.Opposes, src, tgt, false), Type: graph.Opposes, Source: src, Target: tgt, Confidence: 0.5,
				Evidence: []graph.Evidence{{Sentence: i*k + j - 1, Start: offset, End: offset + len(s) - 1, Text: s[:len(s)-1], Cue: "opposes", Rule: "test:dense"}},
			})
			g.Mentions = append(g.Mentions, graph.Mention{NodeID: src, Sentence: i*k + j - 1, Start: offset, End: offset + len(names[i]), Text: names[i], Rule: "test:dense"})
			text.WriteString(s)
			offset += len(s)
		}
	}
	g.Article = graph.Article{URL: "http://example.com/dense", Title: "Dense", Text: text.String(), Source: "test"}
	g.Article.ID = graph.ArticleID(g.Article.URL, g.Article.Text)
	for i := range g.Relations {
		g.Relations[i].Evidence[0].ArticleID = g.Article.ID
	}
	if _, err := st.MergeArticle(context.Background(), g); err != nil {
		t.Fatal(err)
	}
}

// slowQuery asks for the relations of n actors with their evidence and ends: in a store from
// buildDenseStore(…, 300, 40), n = 30 is about 2,400 relation reads, half a second on 2 cores.
func slowQuery(n int) string {
	return fmt.Sprintf(`{ nodes(first: %d) { nodes { ... on Actor { relations(first: 1000) { nodes { type evidence { text }
  source { label } target { label } } } } } } }`, n)
}

// TestServeShutdownDuringQueries starts the real binary on a store with a dense graph, sends
// slow queries, and signals it while they run: it stops accepting at once, answers the queries in
// flight, closes the store and exits 0, without a panic. With a drain time shorter than the
// queries, it cancels them instead, and still exits 0.
func TestServeShutdownDuringQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "db")
	buildDenseStore(t, db, 300, 40)

	for _, c := range []struct {
		name   string
		sig    os.Signal
		drain  string
		answer bool // the queries in flight are answered in full
	}{
		{"SIGTERM drains", syscall.SIGTERM, "60s", true},
		{"SIGINT past the drain time", os.Interrupt, "50ms", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			addr := freeAddr(t)
			// Both queries run at once (admission control would queue the second heavy one).
			srv := exec.Command(bin, "serve", "--db", db, "--addr", addr, "--no-sample", "--drain", c.drain, "--timeout", "2m", "--max-heavy", "2")
			var srvLog bytes.Buffer
			srv.Stderr = &srvLog
			if err := srv.Start(); err != nil {
				t.Fatal(err)
			}
			// The next subtest opens the same store: this one's server must be gone, not only
			// signalled, before it returns (a kill is asynchronous, and the directory lock is
			// held until the process has exited).
			exited := make(chan struct{})
			var exitErr error
			go func() { exitErr = srv.Wait(); close(exited) }()
			defer func() {
				srv.Process.Kill()
				select {
				case <-exited:
				case <-time.After(30 * time.Second):
					t.Errorf("serve still running 30 s after SIGKILL")
				}
			}()
			base := "http://" + addr
			waitHealthy(t, base, &srvLog)

			// How long one query takes here, alone: the signal comes a quarter of that after
			// the queries start. On a fast machine, ask for more actors until it runs long enough.
			var query string
			var alone time.Duration
			for _, n := range []int{30, 100, 300} {
				query = slowQuery(n)
				start := time.Now()
				var warm map[string]any
				postGraphQL(t, base+"/graphql", query, nil, &warm)
				if alone = time.Since(start); alone >= 200*time.Millisecond {
					break
				}
			}
			if alone < 200*time.Millisecond {
				t.Skipf("even the largest slow query takes only %v here; the test needs one that runs longer", alone)
			}
			t.Logf("one slow query alone: %v", alone)

			type result struct {
				status   int
				body     []byte
				err      error
				finished time.Time
			}
			const queries = 2
			results := make(chan result, queries)
			var started sync.WaitGroup
			for range queries {
				started.Add(1)
				go func() {
					body, _ := json.Marshal(map[string]string{"query": query})
					started.Done()
					resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
					if err != nil {
						results <- result{err: err, finished: time.Now()}
						return
					}
					b, err := io.ReadAll(resp.Body)
					resp.Body.Close()
					results <- result{status: resp.StatusCode, body: b, err: err, finished: time.Now()}
				}()
			}
			started.Wait()
			time.Sleep(alone / 4) // the queries are running
			signalled := time.Now()
			if err := srv.Process.Signal(c.sig); err != nil {
				t.Fatal(err)
			}
			// Stop accepting: a new connection is refused while the queries still run.
			time.Sleep(100 * time.Millisecond)
			if resp, err := http.Get(base + "/healthz"); err == nil {
				resp.Body.Close()
				t.Errorf("a new request was served after the signal: %d", resp.StatusCode)
			}
			inFlight := 0
			for range queries {
				r := <-results
				if r.finished.After(signalled) {
					inFlight++
				}
				switch {
				case c.answer:
					var got struct {
						Data   json.RawMessage
						Errors []any
					}
					if r.err != nil || r.status != 200 || json.Unmarshal(r.body, &got) != nil || len(got.Errors) > 0 || len(got.Data) < 1000 {
						t.Errorf("query in flight: status %d, err %v: %.300s", r.status, r.err, r.body)
					}
				case r.err == nil:
					// Cancelled: an error response with a code, or (rarely) a full answer.
					var got struct {
						Errors []struct{ Extensions map[string]any }
					}
					if json.Unmarshal(r.body, &got) != nil || r.status != 200 && (len(got.Errors) == 0 || got.Errors[0].Extensions["code"] == nil) {
						t.Errorf("cancelled query: status %d: %.300s", r.status, r.body)
					}
				}
			}
			if inFlight == 0 {
				t.Errorf("every query finished before the signal; the test needs slower ones")
			}
			select {
			case <-exited:
				if exitErr != nil {
					t.Errorf("serve exited with %v\n%s", exitErr, srvLog.String())
				}
			case <-time.After(30 * time.Second):
				t.Fatalf("serve did not exit\n%s", srvLog.String())
			}
			log := srvLog.String()
			for _, bad := range []string{"panic", "fatal error", "goroutine ", "store is closed"} {
				if strings.Contains(log, bad) {
					t.Errorf("serve log has %q:\n%s", bad, log)
				}
			}
			if !c.answer && !strings.Contains(log, "drain time is over") {
				t.Errorf("serve did not say it cancelled the requests left:\n%s", log)
			}
			if !strings.Contains(log, "closing the store") {
				t.Errorf("serve did not say it drained and closed the store:\n%s", log)
			}
		})
	}
}
