package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// copyFixture copies testdata/fixture to testdata/run (the import path its files name), plus extra
// files, and removes it when the test ends.
func copyFixture(t *testing.T, extra map[string]string) {
	t.Helper()
	if err := os.RemoveAll("testdata/run"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll("testdata/run") })
	err := filepath.Walk("testdata/fixture", func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		q := filepath.Join("testdata/run", strings.TrimPrefix(p, "testdata/fixture/"))
		if err := os.MkdirAll(filepath.Dir(q), 0o755); err != nil {
			return err
		}
		return os.WriteFile(q, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for n, s := range extra {
		if err := os.WriteFile(filepath.Join("testdata/run", n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func goCmd(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("go", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMoves moves the fixture's doc floor (splitting its struct) and then its segment floor (a
// method becoming the stage's function), checks that the package's test passes before and after
// each move, what the files say, and that a second run finds nothing to move.
func TestMoves(t *testing.T) {
	copyFixture(t, nil)
	goCmd(t, "test", "./testdata/run/src")
	m := &mover{dir: "testdata/run/src", to: "testdata/run/dst", as: "docpkg", patterns: []string{"doc_*.go"}, structOld: "doc", structNew: "Doc", rename: map[string]string{}}
	if err := m.run(); err != nil {
		t.Fatal(err)
	}
	goCmd(t, "vet", "./testdata/run/src", "./testdata/run/dst")
	goCmd(t, "test", "./testdata/run/src")
	wrapper := read(t, "testdata/run/src/doc_doc.go")
	for _, want := range []string{"*docpkg.Doc", "x *Extractor", "own ownState", "type sent = docpkg.Sent"} {
		if !strings.Contains(wrapper, want) {
			t.Errorf("src/doc_doc.go lacks %q:\n%s", want, wrapper)
		}
	}
	moved := read(t, "testdata/run/dst/doc.go")
	for _, want := range []string{"type Doc struct", "Sents []*Sent", "Memo  map[string]bool // written by the doc floor", "// written by segment\n\tMarks []int", "func (d *Doc) Text(i int) string { return joinWords(d.Sents[i].Words) }"} {
		if !strings.Contains(moved, want) {
			t.Errorf("dst/doc.go lacks %q:\n%s", want, moved)
		}
	}
	if w := read(t, "testdata/run/dst/words.go"); !strings.Contains(w, "func FirstWord(st *Sent) string") || !strings.Contains(w, "func joinWords(") {
		t.Errorf("dst/words.go: used outside → exported, else unchanged:\n%s", w)
	}
	if e := read(t, "testdata/run/src/extract.go"); !strings.Contains(e, "&doc{Doc: &docpkg.Doc{Memo: map[string]bool{}}, x: x}") {
		t.Errorf("the literal is not split:\n%s", e)
	}
	if _, err := os.Stat("testdata/run/src/doc_words.go"); err == nil {
		t.Error("doc_words.go is still in src")
	}
	// a second run: nothing left
	again := &mover{dir: "testdata/run/src", to: "testdata/run/dst", as: "docpkg", patterns: []string{"doc_*.go"}, structOld: "doc", structNew: "Doc", rename: map[string]string{}}
	if err := again.run(); err != nil {
		t.Fatalf("second run: %v", err)
	}
	// the segment floor: its methods become functions of *dst.Doc
	seg := &mover{dir: "testdata/run/src", to: "testdata/run/seg", as: "seg", patterns: []string{"segment_*.go"}, structOld: "doc", rename: map[string]string{"mark": "Annotate"}}
	if err := seg.run(); err != nil {
		t.Fatal(err)
	}
	goCmd(t, "vet", "./testdata/run/src", "./testdata/run/dst", "./testdata/run/seg")
	goCmd(t, "test", "./testdata/run/src")
	s := read(t, "testdata/run/seg/mark.go")
	for _, want := range []string{"func Annotate(d *dst.Doc) {", "d.Marks = append(d.Marks, width(d, st))", "func width(d *dst.Doc, st *dst.Sent) int { return len(dst.FirstWord(st)) }"} {
		if !strings.Contains(s, want) {
			t.Errorf("seg/mark.go lacks %q:\n%s", want, s)
		}
	}
	if e := read(t, "testdata/run/src/extract.go"); !strings.Contains(e, "seg.Annotate(d.Doc)") {
		t.Errorf("the stage's call:\n%s", e)
	}
}

// TestBackEdge: a moved file that calls a method of a higher floor is no move; nothing is written.
func TestBackEdge(t *testing.T) {
	copyFixture(t, map[string]string{"src/doc_bad.go": "package src\n\nfunc (d *doc) bad() int { return d.width(nil) + d.own.n }\n"})
	m := &mover{dir: "testdata/run/src", to: "testdata/run/dst", as: "docpkg", patterns: []string{"doc_*.go"}, structOld: "doc", structNew: "Doc", rename: map[string]string{}}
	err := m.run()
	if err == nil || !strings.Contains(err.Error(), "width") || !strings.Contains(err.Error(), "own stays") {
		t.Fatalf("err = %v, want the back-edge to width and the read of own", err)
	}
	if _, err := os.Stat("testdata/run/src/doc_words.go"); err != nil {
		t.Error("a file was moved despite the problems")
	}
}

// TestKeyedLiteral: a literal without keys, in a file that stays, of a struct type that moves gets
// keys (go vet rejects an unkeyed literal of another package's struct), also when its element is
// itself renamed (a key inserted where a reference is rewritten).
func TestKeyedLiteral(t *testing.T) {
	copyFixture(t, map[string]string{
		"src/doc_span.go": "package src\n\n// span is a stretch of words.\ntype span struct{ from, to int }\n\nconst wide = 2\n\nfunc spanLen(s span) int { return s.to - s.from }\n",
		"src/use_span.go": "package src\n\nfunc spans() int { return spanLen(span{wide, 3}) + len([]span{{0, wide}}) }\n",
	})
	m := &mover{dir: "testdata/run/src", to: "testdata/run/dst", as: "docpkg", patterns: []string{"doc_*.go"}, structOld: "doc", structNew: "Doc", rename: map[string]string{}}
	if err := m.run(); err != nil {
		t.Fatal(err)
	}
	goCmd(t, "vet", "./testdata/run/src", "./testdata/run/dst")
	u := read(t, "testdata/run/src/use_span.go")
	for _, want := range []string{"docpkg.Span{From: docpkg.Wide, To: 3}", "[]docpkg.Span{{From: 0, To: docpkg.Wide}}"} {
		if !strings.Contains(u, want) {
			t.Errorf("src/use_span.go lacks %q:\n%s", want, u)
		}
	}
}

// TestEmbeddedReceiver: a moved method that hands the embedded document to a function of a floor
// moved before (`dst.Count(d.Doc)`) hands it its own parameter once it is a function of that
// document (`dst.Count(d)`), instead of stopping on "Doc stays".
func TestEmbeddedReceiver(t *testing.T) {
	copyFixture(t, nil)
	m := &mover{dir: "testdata/run/src", to: "testdata/run/dst", as: "docpkg", patterns: []string{"doc_*.go"}, structOld: "doc", structNew: "Doc", rename: map[string]string{}}
	if err := m.run(); err != nil {
		t.Fatal(err)
	}
	for n, s := range map[string]string{
		"dst/count.go":        "package dst\n\n// Count is the number of sentences.\nfunc Count(d *Doc) int { return len(d.Sents) }\n",
		"src/speaker_talk.go": "package src\n\nimport docpkg \"github.com/claimgraph/claimgraph/tools/splitfloor/testdata/run/dst\"\n\nfunc (d *doc) talk() int { return docpkg.Count(d.Doc) + len(d.Sents) }\n",
		"src/use_talk.go":     "package src\n\n// Talk counts twice.\nfunc Talk(words [][]string) int { return newDoc(&Extractor{}, words).talk() }\n",
	} {
		if err := os.WriteFile(filepath.Join("testdata/run", n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goCmd(t, "vet", "./testdata/run/src", "./testdata/run/dst")
	sp := &mover{dir: "testdata/run/src", to: "testdata/run/spk", as: "spk", patterns: []string{"speaker_*.go"}, structOld: "doc", rename: map[string]string{}}
	if err := sp.run(); err != nil {
		t.Fatal(err)
	}
	goCmd(t, "vet", "./testdata/run/src", "./testdata/run/dst", "./testdata/run/spk")
	goCmd(t, "test", "./testdata/run/src")
	if s := read(t, "testdata/run/spk/talk.go"); !strings.Contains(s, "func Talk(d *dst.Doc) int { return dst.Count(d) + len(d.Sents) }") {
		t.Errorf("spk/talk.go:\n%s", s)
	}
	if u := read(t, "testdata/run/src/use_talk.go"); !strings.Contains(u, "spk.Talk(newDoc(&Extractor{}, words).Doc)") {
		t.Errorf("src/use_talk.go:\n%s", u)
	}
}

// TestDocValue: a moved struct with a field of the source's struct (`type res struct{ d *doc }`,
// the surface floor's resolver) holds the embedded document once moved (`D *dst.Doc`), and a
// literal of it in a file that stays is handed that document (`res{d}` → `spk.Res{D: d.Doc}`,
// `res{&doc{…}}` → `spk.Res{D: (&doc{…}).Doc}`), keyed or not.
func TestDocValue(t *testing.T) {
	copyFixture(t, nil)
	m := &mover{dir: "testdata/run/src", to: "testdata/run/dst", as: "docpkg", patterns: []string{"doc_*.go"}, structOld: "doc", structNew: "Doc", rename: map[string]string{}}
	if err := m.run(); err != nil {
		t.Fatal(err)
	}
	for n, s := range map[string]string{
		"src/speaker_res.go": "package src\n\n// res answers for the document it holds.\ntype res struct{ d *doc }\n\nfunc (r res) count() int { return r.d.size() }\n\nfunc (d *doc) size() int { return len(d.Sents) }\n",
		"src/use_res.go":     "package src\n\n// Size counts three times.\nfunc Size(words [][]string) int {\n\td := newDoc(&Extractor{}, words)\n\treturn res{d}.count() + res{d: d}.count() + res{&doc{Doc: d.Doc}}.count()\n}\n",
	} {
		if err := os.WriteFile(filepath.Join("testdata/run", n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goCmd(t, "vet", "./testdata/run/src", "./testdata/run/dst")
	sp := &mover{dir: "testdata/run/src", to: "testdata/run/spk", as: "spk", patterns: []string{"speaker_*.go"}, structOld: "doc", rename: map[string]string{"res": "Resolver"}}
	if err := sp.run(); err != nil {
		t.Fatal(err)
	}
	goCmd(t, "vet", "./testdata/run/src", "./testdata/run/dst", "./testdata/run/spk")
	if s := read(t, "testdata/run/spk/res.go"); !strings.Contains(s, "type Resolver struct{ D *dst.Doc }") || !strings.Contains(s, "return size(r.D)") {
		t.Errorf("spk/res.go:\n%s", s)
	}
	u := read(t, "testdata/run/src/use_res.go")
	for _, want := range []string{"spk.Resolver{D: d.Doc}.Count()", "spk.Resolver{D: d.Doc}.Count() + spk.Resolver{D: (&doc{Doc: d.Doc}).Doc}.Count()"} {
		if !strings.Contains(u, want) {
			t.Errorf("src/use_res.go lacks %q:\n%s", want, u)
		}
	}
}
