package export_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

// The fixture is built from graph records, not by the extractor, so that these tests check the
// exports and not what the extractor finds. Three articles: two dated a year apart, one undated.
var (
	chile     = graph.Node{ID: graph.ActorID("Chile"), Kind: graph.Country, Name: "Chile", Code: "CHL", Aliases: []string{"Chile", "Santiago"}}
	peru      = graph.Node{ID: graph.ActorID("Peru"), Kind: graph.Country, Name: "Peru", Code: "PER"}
	argentina = graph.Node{ID: graph.ActorID("Argentina"), Kind: graph.Country, Name: "Argentina", Code: "ARG"}
	brandt    = graph.Node{ID: graph.ActorID("Lucia Brandt"), Kind: graph.Person, Name: "Lucia Brandt", Aliases: []string{"Lucia Brandt", "Ms. Brandt"}}
	tariffs   = graph.Node{ID: graph.PolicyID("new copper tariffs"), Kind: graph.Policy, Name: "new copper tariffs"}
	claimText = "the tariffs would hurt miners & \"smelters\""
	claim     = graph.Node{ID: graph.ClaimID(graph.ActorID("Lucia Brandt"), claimText), Kind: graph.ClaimKind, Text: claimText, Name: claimText}
)

const (
	textA = "Copper row\n\nChile opposed the new copper tariffs on Monday. Peru threatened Chile with duties. Lucia Brandt said the tariffs would hurt miners & \"smelters\"."
	textB = "Tariffs again\n\nArgentina supported the new copper tariffs. Chile rejected the new copper tariffs again. Peru sanctioned Argentina."
	textC = "Undated note\n\nArgentina supported the new copper tariffs, a note said."
)

// ev makes the evidence of the sentence of text that contains cue, with code-point offsets.
func ev(t *testing.T, article, text string, sentence int, cue, rule string, score float64) graph.Evidence {
	t.Helper()
	r := []rune(text)
	// sentence 0 is the title paragraph; the body's sentences follow.
	body := strings.SplitN(text, "\n\n", 2)
	offset := len([]rune(body[0])) + 2
	sents := strings.SplitAfter(body[1], ". ")
	for i := 0; i < sentence-1; i++ {
		offset += len([]rune(sents[i]))
	}
	s := strings.TrimSpace(sents[sentence-1])
	start := offset
	end := start + len([]rune(s))
	if string(r[start:end]) != s {
		t.Fatalf("fixture offsets: %q != %q", string(r[start:end]), s)
	}
	ci := strings.Index(s, cue)
	if ci < 0 {
		t.Fatalf("cue %q not in %q", cue, s)
	}
	cs := start + len([]rune(s[:ci]))
	return graph.Evidence{ArticleID: article, Sentence: sentence, Start: start, End: end, Text: s, Cue: cue, Rule: rule,
		Score: score, CueStart: cs, CueEnd: cs + len([]rune(cue))}
}

// voicedInQuestion marks e as a sentence inside a question turn, voiced for the relation's source
// by speaker (graph.Evidence.InQuestion, Speaker).
func voicedInQuestion(e graph.Evidence, speaker string) graph.Evidence {
	e.InQuestion, e.Speaker = true, speaker
	return e
}

func rel(t graph.RelType, src, tgt graph.Node, e ...graph.Evidence) graph.Relation {
	return graph.Relation{ID: graph.RelationID(t, src.ID, tgt.ID, false), Type: t, Source: src.ID, Target: tgt.ID, Evidence: e}
}

func mention(n graph.Node, article, text, surface string, sentence int) graph.Mention {
	i := strings.Index(text, surface)
	s := len([]rune(text[:i]))
	return graph.Mention{NodeID: n.ID, ArticleID: article, Sentence: sentence, Start: s, End: s + len([]rune(surface)), Text: surface, Rule: "fixture"}
}

// fixture returns a store holding the three articles.
func fixture(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "db")))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := graph.Article{ID: graph.ArticleID("https://example.com/a", ""), Title: "Copper row", URL: "https://example.com/a", PublishedAt: "2021-03-03", Outlet: "Test Wire", Text: textA}
	b := graph.Article{ID: graph.ArticleID("https://example.com/b", ""), Title: "Tariffs again", URL: "https://example.com/b", PublishedAt: "2022-05-01", Outlet: "Test Wire", Text: textB}
	c := graph.Article{ID: graph.ArticleID("https://example.com/c", ""), Title: "Undated note", URL: "https://example.com/c", Text: textC}
	graphs := []*graph.ArticleGraph{
		{
			Article: a,
			Nodes:   []graph.Node{chile, peru, brandt, tariffs, claim},
			Mentions: []graph.Mention{mention(chile, a.ID, textA, "Chile", 1), mention(peru, a.ID, textA, "Peru", 2),
				mention(brandt, a.ID, textA, "Lucia Brandt", 3), mention(tariffs, a.ID, textA, "new copper tariffs", 1)},
			Relations: []graph.Relation{
				rel(graph.Opposes, chile, tariffs, ev(t, a.ID, textA, 1, "opposed", "cue:oppose", 0.8)),
				rel(graph.Threatens, peru, chile, voicedInQuestion(ev(t, a.ID, textA, 2, "threatened", "cue:threaten", 0.7), brandt.ID)),
				rel(graph.Claims, brandt, claim, ev(t, a.ID, textA, 3, "said", "attribution:said", 0.8)),
			},
		},
		{
			Article: b,
			Nodes:   []graph.Node{chile, peru, argentina, tariffs},
			Mentions: []graph.Mention{mention(argentina, b.ID, textB, "Argentina", 1), mention(chile, b.ID, textB, "Chile", 2),
				mention(peru, b.ID, textB, "Peru", 3)},
			Relations: []graph.Relation{
				rel(graph.Supports, argentina, tariffs, ev(t, b.ID, textB, 1, "supported", "cue:support", 0.9)),
				rel(graph.Opposes, chile, tariffs, ev(t, b.ID, textB, 2, "rejected", "cue:reject", 0.8)),
				rel(graph.Sanctions, peru, argentina, ev(t, b.ID, textB, 3, "sanctioned", "cue:sanction", 0.6)),
			},
		},
		{
			Article:   c,
			Nodes:     []graph.Node{argentina, tariffs},
			Mentions:  []graph.Mention{mention(argentina, c.ID, textC, "Argentina", 1)},
			Relations: []graph.Relation{rel(graph.Supports, argentina, tariffs, ev(t, c.ID, textC, 1, "supported", "cue:support", 0.9))},
		},
	}
	for _, g := range graphs {
		if _, err := s.RestoreArticle(context.Background(), g); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func selectGraph(t *testing.T, s *graph.Store, f export.Filter) *export.Graph {
	t.Helper()
	g, err := export.Select(context.Background(), s, f, false)
	if err != nil {
		t.Fatalf("select %+v: %v", f, err)
	}
	return g
}

func write(t *testing.T, g *export.Graph, f export.Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.WriteGraph(g, f, &b); err != nil {
		t.Fatalf("write %s: %v", f, err)
	}
	return b.Bytes()
}

// writeFile writes data into the test's temporary folder and returns the path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// need returns the path of a program, or skips the test saying how to install it.
func need(t *testing.T, prog, install string) string {
	t.Helper()
	p, err := exec.LookPath(prog)
	if err != nil {
		t.Skipf("%s is not installed (%s; .ci/run installs it)", prog, install)
	}
	return p
}

// sampleStore is a store holding the embedded sample article and the shared corpus's text files
// when they are there (shared/ beside the repository), as the extractor reads them:
// real names, quotes and punctuation for the readers to choke on. Built once per test binary.
var sampleStore = sync.OnceValues(func() (*graph.Store, error) {
	dir, err := os.MkdirTemp("", "claimgraph-export-sample")
	if err != nil {
		return nil, err
	}
	s, err := graph.Open(graph.DefaultOptions(dir))
	if err != nil {
		return nil, err
	}
	p, err := loader.NewPipeline(data.FS)
	if err != nil {
		return nil, err
	}
	text, err := fs.ReadFile(data.FS, data.SamplePath)
	if err != nil {
		return nil, err
	}
	docs := []input.Document{{Source: data.SamplePath, Text: string(text)}}
	corpus, _ := filepath.Glob("../../shared/corpus/*.txt") // a clone with shared/ beside it
	if len(corpus) == 0 {
		corpus, _ = filepath.Glob("../../../shared/corpus/*.txt") // a worktree one folder deeper
	}
	for _, path := range corpus {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		docs = append(docs, input.Document{Source: path, Text: string(b)})
	}
	for _, d := range docs {
		ag, err := p.Process(context.Background(), d)
		if err != nil {
			continue // the corpus has a deliberately broken file or two; the loader's tests cover them
		}
		if _, err := s.MergeArticle(context.Background(), ag); err != nil {
			return nil, err
		}
	}
	return s, nil
})

func TestMain(m *testing.M) {
	code := m.Run()
	if s, err := sampleStore(); err == nil {
		s.Close()
	}
	os.Exit(code)
}
