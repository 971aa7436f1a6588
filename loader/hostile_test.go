package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// Hostile and broken inputs (issue 6): every one gives a document, a clear per-file error, or a
// refused article, quickly; none crashes or hangs.

var (
	hostilePipelineOnce sync.Once
	hostilePipeline     *Pipeline
	hostilePipelineErr  error
)

// testPipeline is one pipeline for these tests, with a short per-article limit so that a
// regression shows as a failure rather than a stalled run.
func testPipeline(tb testing.TB) *Pipeline {
	tb.Helper()
	hostilePipelineOnce.Do(func() { hostilePipeline, hostilePipelineErr = NewPipeline(data.FS, WithArticleTimeout(20*time.Second)) })
	if hostilePipelineErr != nil {
		tb.Fatal(hostilePipelineErr)
	}
	return hostilePipeline
}

// TestProcessHostile runs broken and oversized articles through the pipeline: each ends in a
// clear error or a graph, in well under the per-article limit.
func TestProcessHostile(t *testing.T) {
	p, st := testPipeline(t), openStore(t)
	sentence := "The minister said China opposes the tariffs. "
	cases := []struct {
		name string
		doc  input.Document
		want error // nil: a graph
	}{
		{"html without body", input.Document{HTML: "<html><head><title>Only a title</title></head></html>"}, input.ErrNoContent},
		{"html with empty body", input.Document{HTML: "<html><body>  </body></html>"}, input.ErrNoContent},
		{"html of scripts", input.Document{HTML: "<html><body><script>var x = 1;</script><style>p{}</style></body></html>"}, input.ErrNoContent},
		{"5 MiB on one line", input.Document{Text: strings.Repeat(sentence, 5<<20/len(sentence))}, ErrArticleTooLarge},
		{"1.5 MiB on one line", input.Document{Text: strings.Repeat(sentence, 3<<19/len(sentence))}, ErrArticleTooLarge},
		{"one 3 MiB word", input.Document{Text: strings.Repeat("a", 3<<20)}, ErrArticleTooLarge},
		// A word that is only "n't" (a quote cut after "do") made the tokenizer loop forever,
		// appending empty tokens until memory ran out (found by FuzzProcess).
		{"quote cut after do", input.Document{Text: "n’t expect a comprehensive deal whatsoever,” said Ruan Zongze. (n't) 'n't"}, nil},
		{"control characters", input.Document{Text: "China\x01 opposes\x1b[31m the\x7f tariffs, the minister said.\f"}, nil},
		{"invalid UTF-8 repaired", input.Document{Text: "Caf\uFFFD owner Li Wei said China opposes the tariffs."}, nil},
		{"bidi and zero-width", input.Document{Text: "\u202eChina\u200b opposes the \u2066tariffs\u2069, Li Wei said.\ufeff"}, nil},
		{"only punctuation", input.Document{Text: strings.Repeat(".", 10000)}, nil},
		{"many blank lines", input.Document{Text: strings.Repeat("\n", 100000) + "China opposes the tariffs."}, nil},
		{"deep divs", input.Document{HTML: "<html><body>" + strings.Repeat("<div>", 200_000) + "China opposes the tariffs.</body></html>"}, errHTML},
		{"deep custom elements", input.Document{HTML: strings.Repeat("<x-a>", 600) + "text"}, errHTML},
		{"deep unclosed bold", input.Document{HTML: "<p>" + strings.Repeat("<b>", 600) + "text"}, errHTML},
		{"many elements", input.Document{HTML: strings.Repeat("<p>A line.", 100_001)}, errHTML},
		{"many unclosed paragraphs", input.Document{HTML: "<body>" + unclosedParagraphs(2000)}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.doc.Source = "test:" + c.name
			// No wall-clock bound here (timed tests flake on a loaded machine): a hang fails the
			// test binary's timeout, and BenchmarkProcessHostile reports the cost.
			g, err := p.Process(t.Context(), c.doc)
			switch {
			case c.want == nil && err != nil:
				t.Fatalf("error %v, want a graph", err)
			case c.want == errHTML:
				if err == nil || !strings.Contains(err.Error(), "not an article page") {
					t.Fatalf("error %v, want an HTML shape error", err)
				}
			case c.want != nil && !errors.Is(err, c.want):
				t.Fatalf("error %v, want %v", err, c.want)
			}
			if err != nil {
				if !strings.HasPrefix(err.Error(), c.doc.Source+": ") {
					t.Errorf("error does not start with the source: %v", err)
				}
				return
			}
			checkArticleGraph(t, st, g)
		})
	}
}

func unclosedParagraphs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<p>On day %d, Li Wei said China opposes the tariffs. ", i+1)
	}
	return b.String()
}

// errHTML marks an expected error about the shape of an HTML page.
var errHTML = errors.New("HTML shape")

// bom is a UTF-8 byte-order mark, which Read drops (input/input_hostile_test.go).
const bom = "\xEF\xBB\xBF"

// TestArticleTimeout: an article that runs past the pipeline's limit fails with
// ErrArticleTimeout at the limit, and the pipeline goes on with the next.
func TestArticleTimeout(t *testing.T) {
	p, err := NewPipeline(data.FS, WithArticleTimeout(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("The minister said China opposes the tariffs. ", 2000)
	start := time.Now()
	_, err = p.Process(t.Context(), input.Document{Source: "slow.txt", Text: text})
	if !errors.Is(err, ErrArticleTimeout) || !strings.HasPrefix(err.Error(), "slow.txt: ") {
		t.Fatalf("error %v, want ErrArticleTimeout naming slow.txt", err)
	}
	// Lenient on purpose: Process must return at its limit, not after the whole extraction; only
	// a gross overrun (a loaded CI machine aside) means it waited for the work.
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("timed out after %v; the limit is 1ms", d)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := p.Process(ctx, input.Document{Source: "x", Text: text}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	g, err := testPipeline(t).Process(t.Context(), input.Document{Source: "next.txt", Text: "Li Wei said China opposes the tariffs."})
	if err != nil || len(g.Relations) == 0 {
		t.Errorf("next article: %v %+v", err, g)
	}
}

// countdownCtx reports itself cancelled from its n-th Err call on: a deterministic cancellation in
// the middle of a stage.
type countdownCtx struct {
	context.Context
	n, calls int
}

func (c *countdownCtx) Err() error {
	c.calls++
	if c.calls >= c.n {
		return context.Canceled
	}
	return nil
}

// TestExtractContextStops: a cancelled extraction unwinds at its next sentence with the context's
// error instead of running the article to the end (what Process relies on after a timeout).
func TestExtractContextStops(t *testing.T) {
	p := testPipeline(t)
	c, err := p.cleaner.Clean(input.Document{Source: "long.txt", Text: strings.Repeat("The minister said China opposes the tariffs. ", 500)})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 50, 700, 1200} {
		ctx := &countdownCtx{Context: t.Context(), n: n}
		g, err := p.ex.ExtractContext(ctx, c)
		var ee *ExtractError
		if g != nil || !errors.As(err, &ee) || !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled at check %d: graph %v, error %v; want an *ExtractError wrapping context.Canceled", n, g != nil, err)
		}
		if ctx.calls != n {
			t.Errorf("cancelled at check %d: extraction went on to check %d", n, ctx.calls)
		}
		t.Logf("check %d: stopped in stage %s", n, ee.Stage)
	}
	if g, err := p.ex.ExtractContext(t.Context(), c); err != nil || len(g.Relations) == 0 {
		t.Errorf("uncancelled: %v, %d relations", err, len(g.Relations))
	}
}

// checkArticleGraph checks what the store relies on: every offset inside the text and the text it
// names, every relation between nodes of the graph, and that the graph merges into a store.
func checkArticleGraph(t *testing.T, st *graph.Store, g *graph.ArticleGraph) {
	t.Helper()
	text := g.Article.Text
	if !utf8.ValidString(text) || g.Article.ID == "" {
		t.Fatalf("article: ID %q, valid UTF-8 %v", g.Article.ID, utf8.ValidString(text))
	}
	runes := []rune(text)
	span := func(what string, start, end int, want string) {
		t.Helper()
		if start < 0 || end < start || end > len(runes) {
			t.Fatalf("%s: span [%d,%d) outside %d code points", what, start, end, len(runes))
		}
		if want != "" && string(runes[start:end]) != want {
			t.Fatalf("%s: text[%d:%d] = %q, recorded %q", what, start, end, string(runes[start:end]), want)
		}
	}
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = true
		if !slices.Contains(graph.Kinds, n.Kind) || n.Kind == graph.ArticleKind {
			t.Errorf("node %s: kind %q", n.ID, n.Kind)
		}
	}
	for _, m := range g.Mentions {
		if !nodes[m.NodeID] {
			t.Errorf("mention %q of unknown node %s", m.Text, m.NodeID)
		}
		span("mention "+m.Text, m.Start, m.End, "")
	}
	for _, r := range g.Relations {
		if !nodes[r.Source] || !nodes[r.Target] || !slices.Contains(graph.RelTypes, r.Type) {
			t.Errorf("relation %s %s → %s: unknown type or node", r.Type, r.Source, r.Target)
		}
		if len(r.Evidence) == 0 {
			t.Errorf("relation %s %s → %s has no evidence", r.Type, r.Source, r.Target)
		}
		for _, e := range r.Evidence {
			span("evidence of "+string(r.Type), e.Start, e.End, e.Text)
			if e.CueEnd > 0 {
				span("cue of "+string(r.Type), e.CueStart, e.CueEnd, "")
			}
		}
	}
	if _, err := st.MergeArticle(context.Background(), g); err != nil {
		t.Fatalf("the store refuses the graph: %v", err)
	}
}

// openStore opens an on-disk store (an in-memory Badger refuses values over 64 KiB, which a
// relation stated in many sentences exceeds) that checked graphs merge into.
func openStore(tb testing.TB) *graph.Store {
	tb.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := graph.Open(graph.DefaultOptions(tb.TempDir()).WithLogger(quiet))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

// FuzzProcess runs the cleaner and extractor on arbitrary text or HTML: Process must not panic
// (it turns a panic into an "internal error" that this target reports), must finish well within
// the per-article limit, and must return a graph the store accepts with every offset in range.
// Under plain `go test` only the seeds run.
func FuzzProcess(f *testing.F) {
	sample, err := fs.ReadFile(data.FS, data.SamplePath)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []struct {
		text string
		html bool
	}{
		{string(sample[:min(len(sample), 3000)]), false},
		{"Beijing rejected the demands, Mr. Ruan said. \"We will not yield,\" he added.", false},
		{"WASHINGTON — Treasury Secretary Steven Mnuchin, who led the delegation, threatened new tariffs on Friday.", false},
		{bom + "China opposes the plan.\r\n\r\nThe E.U. said it supports it.", false},
		{"Caf\xe9 \xff\xfe owner said", false},
		{"\u202eChina\u200b opposes\u0301 the tariffs 👍🏽, said Li Wei.", false},
		{strings.Repeat("Mr. ", 500), false},
		{strings.Repeat("\"", 300) + "said", false},
		{strings.Repeat("(", 200) + "China said" + strings.Repeat(")", 200), false},
		{"<html><head><title>T</title></head></html>", true},
		{"<html><body><p>Beijing said it <b>opposes</b> the tariffs.</p><figure><figcaption>Photo: AP</figcaption></figure></body></html>", true},
		{strings.Repeat("<div>", 50) + "Germany supports the deal, Merkel said.", true},
		{"<p>By Jane Doe and John Roe</p><p>May 4, 2018</p><p>Japan demanded talks.</p>", true},
		{"<!DOCTYPE html><table><tr><td>China<td>opposes<tr><td>tariffs</table>", true},
	} {
		f.Add(s.text, s.html)
	}
	p, st := testPipeline(f), openStore(f)
	f.Fuzz(func(t *testing.T, s string, asHTML bool) {
		doc := input.Document{Source: "fuzz", Text: s}
		if asHTML {
			doc = input.Document{Source: "fuzz", HTML: s}
		}
		g, err := p.Process(context.Background(), doc)
		if err != nil {
			if errors.Is(err, ErrArticleTimeout) || strings.Contains(err.Error(), "internal error") {
				t.Fatalf("%v", err)
			}
			return
		}
		checkArticleGraph(t, st, g)
	})
}

// TestNoActorNamedByAWholeText: a 480 kB text of random Chinese names without punctuation once
// made one PERSON whose name was the whole text (issue 16, found in a fresh-user trial: the index
// key was bounded, the label not). An actor longer than maxActorName runes is never emitted, nor
// are the relations it takes part in; policies and claims (whose text may be long) are not bound.
func TestNoActorNamedByAWholeText(t *testing.T) {
	long := strings.Repeat("Zhang Wei ", 30) // 300 runes
	for _, c := range []struct {
		e    entity
		want bool
	}{
		{entity{Kind: graph.Person, Name: "Zhang Wei"}, true},
		{entity{Kind: graph.Organization, Name: "Centre de Recherches ET de Promotion Pour la Sauvegarde des Sites ET Monuments Historiques EN Afrique"}, true},
		{entity{Kind: graph.Person, Name: long}, false},
		{entity{Kind: graph.Organization, Name: long}, false},
		{entity{Kind: graph.ClaimKind, Name: long, Text: long}, true},
	} {
		if got := actors.Emit(&c.e); got != c.want {
			t.Errorf("%s of %d runes: emit %v, want %v", c.e.Kind, len([]rune(c.e.Name)), got, c.want)
		}
	}
}
