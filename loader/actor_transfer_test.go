package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// transferScore scores a round's transfer check, testdata/NAME/cases.tsv: one case a line, tab
// separated — date (YYYY-MM-DD), text (\n for a line break), actor, kind, country (ISO3 or
// empty) — each text extracted alone as one article; a case holds when a node of that kind and
// country is named the actor (name or alias, case aside). It logs the misses, and fails below
// floor. The same file is scored on a binary by testdata/transfer_score.py.
func transferScore(t *testing.T, name string, floor int) {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name + "/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	ok, n := 0, 0
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			continue
		}
		f := append(strings.Split(l, "\t"), "")
		date, text, actor, kind, country := f[0], strings.ReplaceAll(f[1], `\n`, "\n"), f[2], f[3], f[4]
		n++
		g := extractDoc(t, input.Document{Source: "t", Published: date, Text: text})
		hit := false
		for _, nd := range g.Nodes {
			if nd.Kind != graph.Kind(kind) || nd.Country != country {
				continue
			}
			for _, a := range append([]string{nd.Name}, nd.Aliases...) {
				hit = hit || strings.EqualFold(a, actor)
			}
		}
		if hit {
			ok++
		} else {
			t.Logf("miss: %s | want %s %s %q", text, actor, kind, country)
		}
	}
	t.Logf("%s: %d of %d", name, ok, n)
	if ok < floor {
		t.Errorf("%s: %d of %d, floor %d", name, ok, n, floor)
	}
}
