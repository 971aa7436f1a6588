package main

import (
	"flag"
	"go/format"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/after from the tool's output")

// TestCarryOver rewrites the three fixture packages of testdata/before — a branch's loader written
// before the moves (restruct7's token fields and predicates, restruct8's input floor, the
// nameConnectors list and the testCleaner helper; restruct9's lexicon floor in lex.go and
// lex_test.go: types, promoted fields, kinds, keys of a map literal, locals and another type's
// fields of the moved names left alone; an index into a word list now a lexicon.WordSet;
// merged.go, a file naming lexicon. without its import; restruct10's doc floor helpers in
// docfloor.go: method calls, nested, become the functions, another type's method stays; the
// trie walks nounCue, demonymWord and matchWords become lexicon accessors), a branch's code over
// the sentence type now doc.Sent and the entity and mention types now doc.Entity and
// doc.Mention (docsent: old fields, keys and methods through the loader's aliases; the entity
// methods of stage files as functions, on a chain and on a value), restruct11's lifts in
// lifted.go (the branch's calls of methods now functions, with the lexicons passed or not; a
// branch's line inside a lifted body that still reads the receiver: d.lx → lx, d.timeWord(w) →
// timeWord(w); a word list of this round read by index) and a caller of the loader — and compares the gofmt'ed result with testdata/after. The fixtures are copied into testdata/run, inside the
// module, since the tool type-checks with go list; the copy is removed at the end.
func TestCarryOver(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	run := filepath.Join("testdata", "run")
	if err := os.RemoveAll(run); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(run) })
	for _, pkg := range []string{"loader", "caller", "docsent"} {
		src, dst := filepath.Join("testdata", "before", pkg), filepath.Join(run, pkg)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		files, err := filepath.Glob(filepath.Join(src, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no fixtures in %s: %v", src, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := runQuiet(t, dst); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(dst, filepath.Base(f)))
			if err != nil {
				t.Fatal(err)
			}
			got, err := format.Source(b)
			if err != nil {
				t.Fatalf("%s/%s: the rewrite does not parse: %v\n%s", pkg, filepath.Base(f), err, b)
			}
			want := filepath.Join("testdata", "after", pkg, filepath.Base(f)+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(want), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(w) {
				t.Errorf("%s/%s: got\n%s\nwant\n%s", pkg, filepath.Base(f), got, w)
			}
		}
	}
}

// runQuiet runs the tool on dir with its per-file report sent to the test log.
func runQuiet(t *testing.T, dir string) error {
	t.Helper()
	stdout := os.Stdout
	r, w, err := os.Pipe()
	if err != nil {
		return err
	}
	os.Stdout = w
	err = run(dir)
	w.Close()
	os.Stdout = stdout
	b := make([]byte, 4096)
	n, _ := r.Read(b)
	r.Close()
	t.Logf("%s: %s", dir, b[:n])
	return err
}
