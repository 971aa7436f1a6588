package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// The gold-file loops of session 21's whole-document tests (testdata/wholedoc21/<branch>), one
// helper a gold format; wholeDocGold (turns21_wholedoc_test.go) reads the turns branches' format
// with discourse units.

// wholeDocView returns the graph of the whole document dir/name extracted as an article is
// (Source: name), extracting it on its first use and keeping it in views.
func wholeDocView(t *testing.T, views map[string]*graphView, dir, name string) *graphView {
	t.Helper()
	v := views[name]
	if v == nil {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		v = view(extractDoc(t, input.Document{Source: name, Text: string(b)}))
		views[name] = v
	}
	return v
}

// wholeDocFloor loads the invented documents of testdata/wholedoc21/<branch> whole (Read and
// extract on the full text, as `load` does) and scores gold.tsv line by line: a line
// "file TYPE source keywords" is right when a relation of that type from the node named source
// has a target whose label holds every keyword; "!TYPE" lines are right when there is none ("" as
// source: from any node). Fewer than floor right lines fail; -v prints every line that is not
// right and the tally.
func wholeDocFloor(t *testing.T, branch string, floor int) {
	t.Helper()
	dir := filepath.Join("testdata", "wholedoc21", branch)
	b, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	views := map[string]*graphView{}
	right, total := 0, 0
	for n, ln := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 4 {
			t.Fatalf("%s/gold.tsv:%d: want file<TAB>type<TAB>source<TAB>keywords", dir, n+1)
		}
		v := views[f[0]]
		if v == nil {
			v = view(readExtract(t, filepath.Join(dir, f[0])))
			views[f[0]] = v
		}
		typ, neg := strings.CutPrefix(f[1], "!")
		found := len(v.rels(graph.RelType(typ), f[2], strings.Fields(f[3])...)) > 0
		total++
		if found != neg {
			right++
		} else {
			t.Logf("not right: %s", ln)
		}
	}
	t.Logf("wholedoc21/%s: %d of %d right", branch, right, total)
	if right < floor {
		t.Errorf("wholedoc21/%s: %d right, floor %d", branch, right, floor)
	}
}

// wholeDocPipeGold checks every line "FILE | TYPE | SOURCE | TARGET" of dir/gold.txt on the
// whole document FILE: a relation of TYPE from SOURCE whose target label holds TARGET must be
// found ("!TYPE": must not be). A line "KNOWN FILE | …" (the reason in a "#" comment above it, as
// in knownGoldLines) is checked and logged, never failed, and logged "now met" when it holds.
func wholeDocPipeGold(t *testing.T, dir string) {
	t.Helper()
	gold, err := os.ReadFile(filepath.Join(dir, "gold.txt"))
	if err != nil {
		t.Fatal(err)
	}
	views := map[string]*graphView{}
	for _, line := range strings.Split(string(gold), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		known := strings.HasPrefix(line, "KNOWN ")
		f := strings.Split(strings.TrimPrefix(line, "KNOWN "), "|")
		if len(f) != 4 {
			t.Fatalf("gold line %q: want FILE | TYPE | SOURCE | TARGET", line)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		v := wholeDocView(t, views, dir, f[0])
		typ, not := strings.CutPrefix(f[1], "!")
		got := len(v.rels(graph.RelType(typ), f[2], f[3])) > 0
		switch {
		case known && got != not:
			t.Logf("now met, drop KNOWN: %s", line)
		case known:
			t.Logf("known miss: %s", line)
		case !not && !got:
			t.Errorf("%s: no %s %s -> %q", f[0], typ, f[2], f[3])
		case not && got:
			t.Errorf("%s: unexpected %s %s -> %q", f[0], typ, f[2], f[3])
		}
	}
}

// wholeDocKnownGold checks the lines of dir/gold.tsv (the stmt21 format) on their whole
// documents: "file TYPES SOURCES KEYWORDS" (anyGold's alternatives), "file SPEAKER name" (the
// speaker CLAIMS something), "file NOT TYPES SOURCES KEYWORDS" (no such relation). Lines marked
// KNOWN are logged, not failed: what no general rule reaches yet.
func wholeDocKnownGold(t *testing.T, dir string) {
	t.Helper()
	views := map[string]*graphView{}
	knownGoldLines(t, filepath.Join(dir, "gold.tsv"), func(f []string) bool {
		v := wholeDocView(t, views, dir, f[0])
		switch f[1] {
		case "SPEAKER":
			return anyGold(v, "CLAIMS", f[2], "")
		case "NOT":
			return !anyGold(v, f[2], f[3], f[4])
		}
		return anyGold(v, f[1], f[2], f[3])
	})
}

// knownGoldLines runs check on the tab-separated fields of every line of the gold file at path
// (blank lines and "#" comments skipped) and fails the test for each line check rejects, except
// lines marked "KNOWN " (what no general rule reaches yet): those are logged, and logged again
// when they are met, so that the mark can be dropped. It logs how many lines were met. Shared by
// the whole-document tests whose gold uses KNOWN marks (stmt21's format, voice22's).
func knownGoldLines(t *testing.T, path string, check func(f []string) bool) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	found, total := 0, 0
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		known := strings.HasPrefix(line, "KNOWN ")
		f := strings.Split(strings.TrimPrefix(line, "KNOWN "), "\t")
		ok := check(f)
		total++
		if ok {
			found++
		}
		switch {
		case !ok && known:
			t.Logf("known miss: %s", line)
		case !ok:
			t.Errorf("%s: not met: %s", f[0], strings.Join(f[1:], " | "))
		case known:
			t.Logf("now met, drop KNOWN: %s", line)
		}
	}
	t.Logf("gold lines met: %d of %d", found, total)
}

// wholeDocOpenGold loads the whole documents under testdata/wholedoc21/<branch> and checks the
// verdicts of their gold.txt (file<TAB>verdict, as checkExpect reads them) on the full text, as
// a load extracts it; verdicts written "open <verdict>" are logged, not checked (no general
// rule yet). Shared by the nodes21, wire21b and fixes21 whole-document tests.
func wholeDocOpenGold(t *testing.T, branch string) {
	t.Helper()
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc21", branch))
}

// wholeDocOpenGoldDir is wholeDocOpenGold over the documents and gold.txt of dir (a later
// session's testdata/wholedoc22/<branch>).
func wholeDocOpenGoldDir(t *testing.T, dir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "gold.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	var open, files []string
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f, e, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("gold line without a tab: %q", l)
		}
		if _, seen := want[f]; !seen {
			files = append(files, f)
			want[f] = nil
		}
		if o, isOpen := strings.CutPrefix(e, "open "); isOpen {
			open = append(open, f+": "+o)
			continue
		}
		want[f] = append(want[f], e)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			checkExpect(t, extractDoc(t, wholeDocFile(t, dir, f)), want[f])
		})
	}
	t.Logf("open verdicts (no general rule here):\n%s", strings.Join(open, "\n"))
}

// wholeDocFile reads one whole document of a gold directory: a .txt file as the text of a
// document with no metadata, a .json record (input.Read: "url", "outlet", "title", "text") as the
// page it stands for, so that a publisher's layout (a government's own site) can be tested.
func wholeDocFile(t *testing.T, dir, f string) input.Document {
	t.Helper()
	if !strings.HasSuffix(f, ".json") {
		text, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		return input.Document{Source: f, Text: string(text)}
	}
	var out input.Document
	err := input.Read(context.Background(), []string{filepath.Join(dir, f)}, nil, func(d input.Document, err error) error {
		if err != nil {
			return err
		}
		out = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	out.Source = f
	return out
}
