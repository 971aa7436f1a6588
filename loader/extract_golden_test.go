package loader

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
)

var update = flag.Bool("update", false, "rewrite the golden file testdata/extract/sample.golden.txt")

// TestExtractSampleGolden compares the sample article's whole graph, rendered one fact per line, with
// testdata/extract/sample.golden.txt; `go test ./loader -run Golden -update` rewrites it. A diff
// shows exactly what a rule change did to the sample.
func TestExtractSampleGolden(t *testing.T) {
	b, err := data.FS.ReadFile(data.SamplePath)
	if err != nil {
		t.Fatal(err)
	}
	g := extractDoc(t, input.Document{Source: data.SamplePath, Text: string(b)})
	v := view(g)
	var lines []string
	for _, n := range g.Nodes {
		if n.Kind.IsActor() || n.Kind == "POLICY" {
			lines = append(lines, fmt.Sprintf("node %s %q aliases=%q rule=%s", n.Kind, n.Name, n.Aliases, n.Rule))
		}
	}
	for _, r := range g.Relations {
		ev := r.Evidence[0]
		lines = append(lines, fmt.Sprintf("rel %s %q -> %q neg=%v hedged=%v cue=%q rule=%s sentence=%d", r.Type,
			v.label(r.Source), v.label(r.Target), r.Negated, r.Hedged, ev.Cue, ev.Rule, ev.Sentence))
	}
	sort.Strings(lines)
	path := filepath.Join("testdata", "extract", "sample.golden.txt")
	// "KNOWN parser: WHY | LINE" lines of the golden file are lines the embedded parser pair gets
	// wrong (the KNOWN convention of checkExpect): LINE a fact it misses, "!LINE" a wrong fact it
	// adds. They are checked and logged ("now met" when the pair gets them right), kept by
	// -update, and left out of the exact comparison.
	old, _ := os.ReadFile(path)
	var knownLines []string
	knownBad := map[string]bool{}
	knownGood := map[string]bool{}
	for _, l := range strings.Split(string(old), "\n") {
		k, ok := strings.CutPrefix(l, "KNOWN ")
		if !ok {
			continue
		}
		why, line, found := strings.Cut(k, " | ")
		if !found {
			t.Fatalf("KNOWN line without ' | ': %q", l)
		}
		knownLines = append(knownLines, l)
		if bad, isBad := strings.CutPrefix(line, "!"); isBad {
			knownBad[bad] = true
			if slices.Contains(lines, bad) {
				t.Logf("known miss (%s): %s", why, line)
			} else {
				t.Logf("now met, drop KNOWN (%s): %s", why, line)
			}
			continue
		}
		knownGood[line] = true
		if slices.Contains(lines, line) {
			t.Logf("now met, drop KNOWN (%s): %s", why, line)
		} else {
			t.Logf("known miss (%s): %s", why, line)
		}
	}
	lines = slices.DeleteFunc(lines, func(l string) bool { return knownBad[l] || knownGood[l] })
	got := strings.Join(append(lines, knownLines...), "\n") + "\n"
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		wl := map[string]bool{}
		for _, l := range strings.Split(string(want), "\n") {
			wl[l] = true
		}
		gl := map[string]bool{}
		for _, l := range lines {
			gl[l] = true
		}
		for _, l := range lines {
			if !wl[l] {
				t.Errorf("new:  %s", l)
			}
		}
		for l := range wl {
			if l != "" && !gl[l] && !strings.HasPrefix(l, "KNOWN ") {
				t.Errorf("gone: %s", l)
			}
		}
		t.Log("run go test ./loader -run Golden -update if the change is intended")
	}
}
