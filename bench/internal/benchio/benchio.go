// Package benchio holds what the sentence benchmarks (bench/sweep, bench/cuecheck) share: reading
// the generated frames tables and extracting one sentence with its node labels.
package benchio

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

// Table reads a '|'-separated table of data/frames (cameo-verbs.txt, cameo-patterns.txt, …): one
// row per line, cells trimmed, blank lines and '#' comments skipped. Lines may be up to 1 MiB.
func Table(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		parts := strings.Split(l, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		rows = append(rows, parts)
	}
	return rows, sc.Err()
}

// Nodes indexes an article graph's nodes by ID.
type Nodes map[string]*graph.Node

// Label is the label of node id, or id itself when the graph has no such node.
func (n Nodes) Label(id string) string {
	if nd := n[id]; nd != nil {
		return nd.Label()
	}
	return id
}

// Extract cleans and extracts one text as a document named source, and returns its graph with
// its nodes by ID. Errors are the cleaner's, or the extractor's wrapped with the text.
func Extract(x *loader.Extractor, cl *input.Cleaner, source, text string) (*graph.ArticleGraph, Nodes, error) {
	c, err := cl.Clean(input.Document{Source: source, Text: text})
	if err != nil {
		return nil, nil, err
	}
	g, err := x.Extract(c)
	if err != nil {
		return nil, nil, fmt.Errorf("%q: %w", text, err)
	}
	byID := Nodes{}
	for i := range g.Nodes {
		byID[g.Nodes[i].ID] = &g.Nodes[i]
	}
	return g, byID, nil
}

// FirstMember takes the first member of each "(a|b|c)" set and of an "a|b" alternative list of a
// frames table cell ("(ban|bar) imports|exports" → "ban imports").
func FirstMember(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			break
		}
		m, _, _ := strings.Cut(s[i+1:j], "|")
		s = s[:i] + m + s[j+1:]
	}
	m, _, _ := strings.Cut(s, "|")
	return strings.TrimSpace(m)
}

// Each runs f(0) … f(n-1) on GOMAXPROCS workers and returns one of the errors f returned (nil
// when none did). Every i is run even after an error, as the tables report every item.
func Each(n int, f func(i int) error) error {
	var wg sync.WaitGroup
	next := make(chan int)
	errs := make(chan error, 1)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := f(i); err != nil {
					select {
					case errs <- err:
					default:
					}
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}

// CorpusRecord is one line of a bench corpus: what bench/corpus/gen writes and ReadCorpus reads.
type CorpusRecord struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Authors   []string `json:"authors"`
	Outlet    string   `json:"outlet"`
	Text      string   `json:"text"`
}

// ReadCorpus reads at most limit (0: all) JSONL records of a bench corpus into Documents, as
// input.Read would (Source "file:line"). Errors name the file and line.
func ReadCorpus(path string, limit int) ([]input.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []input.Document
	for line := 1; sc.Scan(); line++ {
		var r CorpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		docs = append(docs, input.Document{Source: fmt.Sprintf("%s:%d", path, line), URL: r.URL, Title: r.Title,
			Published: r.Published, Authors: r.Authors, Outlet: r.Outlet, Text: r.Text})
		if limit > 0 && len(docs) >= limit {
			break
		}
	}
	return docs, sc.Err()
}
