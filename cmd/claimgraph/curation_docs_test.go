package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCurationDocsListEveryOp: the README's command table, load --help and docs/curation.md name
// every curation op the parser accepts (graph.CurationOps), and the example file of
// docs/curation.md parses and uses each (new-user trial 28, finding 11: the README's table left
// out drop). A new op that is not documented everywhere fails here.
func TestCurationDocsListEveryOp(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var table string
	for _, line := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(line, "claimgraph load") && strings.Contains(line, "--curation FILE") {
			table = line
		}
	}
	if table == "" {
		t.Fatal("README: no command-table line for load --curation")
	}
	_, help, _ := runCLI(t, "", "load", "--help")
	docs, err := os.ReadFile("../../docs/curation.md")
	if err != nil {
		t.Fatal(err)
	}
	listed := regexp.MustCompile(`\(([a-z-]+(?:, [a-z-]+)*)\)`)
	for _, where := range []struct{ name, text string }{{"README command table", table}, {"load --help --curation flag", flagLine(help, "--curation")}} {
		m := listed.FindAllStringSubmatch(where.text, -1)
		var ops []string
		for _, g := range m {
			if strings.Contains(g[1], "same-as") {
				ops = strings.Split(g[1], ", ")
			}
		}
		if strings.Join(ops, ",") != strings.Join(graph.CurationOps, ",") {
			t.Errorf("%s lists ops %v, the parser accepts %v:\n%s", where.name, ops, graph.CurationOps, where.text)
		}
	}
	// docs/curation.md: a bullet for each op, and an example that parses and uses each
	example := regexp.MustCompile("(?s)```\n(# one rule a line.*?)```").FindSubmatch(docs)
	if example == nil {
		t.Fatal("docs/curation.md: no example file")
	}
	c, err := graph.ParseCuration(strings.NewReader(string(example[1])), "docs/curation.md")
	if err != nil {
		t.Fatalf("docs/curation.md's example does not parse: %v", err)
	}
	used := map[string]bool{}
	for _, r := range c.Rules {
		used[r.Op] = true
	}
	for _, op := range graph.CurationOps {
		if !used[op] {
			t.Errorf("docs/curation.md's example has no %s rule", op)
		}
		if !strings.Contains(string(docs), "\n- `"+op+" ") {
			t.Errorf("docs/curation.md has no bullet for %s", op)
		}
	}
}

// flagLine returns the line of help that documents flag.
func flagLine(help, flag string) string {
	for _, line := range strings.Split(help, "\n") {
		if f := strings.TrimSpace(line); strings.HasPrefix(f, flag+" ") && strings.Contains(f, "  ") {
			return line
		}
	}
	return ""
}
