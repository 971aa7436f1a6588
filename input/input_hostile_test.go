package input

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Hostile and broken inputs (issue 6), the reading half (moved from loader/hostile_test.go): every
// file gives a document or a clear per-file error naming it, and reading goes on.

// TestReadByteOrderMarks: a UTF-8 BOM at the start of a .jsonl, .json or .txt file is dropped,
// and the first JSONL record loads like the others.
func TestReadByteOrderMarks(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.jsonl": bom + `{"title":"one","text":"First."}` + "\r\n" + `{"title":"two","text":"Second."}` + "\n" + `{"title":"three","text":"Third."}`,
		"b.json":  bom + "\n" + `{"title":"json","text":"Body."}`,
		"c.json":  bom + `[{"title":"arr","text":"A."}]`,
		"d.txt":   bom + "Plain.\n",
		"e.html":  bom + "<p>Page.</p>",
	})
	got := collectRead(t, []string{dir}, "")
	p := func(s string) string { return filepath.Join(dir, s) }
	want := []readEvent{
		{Source: p("a.jsonl") + ":1", Title: "one", Text: "First."},
		{Source: p("a.jsonl") + ":2", Title: "two", Text: "Second."},
		{Source: p("a.jsonl") + ":3", Title: "three", Text: "Third."},
		{Source: p("b.json"), Title: "json", Text: "Body."},
		{Source: p("c.json") + ":1", Title: "arr", Text: "A."},
		{Source: p("d.txt"), Text: "Plain.\n"},
		{Source: p("e.html"), HTML: "<p>Page.</p>"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	// Stdin too.
	if got := collectRead(t, []string{"-"}, bom+`{"text":"In."}`+"\n"+`{"text":"Two."}`); len(got) != 2 || got[0].Text != "In." {
		t.Errorf("stdin with a BOM: %+v", got)
	}
}

// TestReadUTF16 names the encoding instead of calling UTF-16 text binary.
func TestReadUTF16(t *testing.T) {
	le := "\xff\xfeC\x00h\x00i\x00n\x00a\x00.\x00"
	be := "\xfe\xff\x00C\x00h\x00i\x00n\x00a\x00."
	dir := writeFiles(t, map[string]string{"le.txt": le, "be.jsonl": be})
	for _, ev := range collectRead(t, []string{dir}, "") {
		if !strings.Contains(ev.Err, "UTF-16") {
			t.Errorf("want a UTF-16 error, got %+v", ev)
		}
	}
}

// TestReadBrokenFiles: binary, empty, NUL-holding and invalid UTF-8 inputs give one error each
// naming the file (or a repaired document), and reading goes on to the next file.
func TestReadBrokenFiles(t *testing.T) {
	elf, err := os.ReadFile("/proc/self/exe")
	if err != nil || len(elf) < 4096 {
		elf = []byte("\x7fELF\x02\x01\x01\x00" + strings.Repeat("\x00\x01\x02\x03", 1024))
	}
	dir := writeFiles(t, map[string]string{
		"a-binary.txt":    string(elf[:4096]),
		"b-png.html":      "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"c-empty.txt":     "",
		"d-empty.jsonl":   "\n\n",
		"e-nul.jsonl":     `{"text":"a"}` + "\n" + "{\"text\":\"b\x00\"}\n" + `{"text":"c"}`,
		"f-latin1.txt":    "Caf\xe9 society.\n",
		"g-truncated.txt": "Ends mid-rune \xe2\x80",
		"h-ok.txt":        "Still read.",
	})
	got := collectRead(t, []string{dir}, "")
	p := func(s string) string { return filepath.Join(dir, s) }
	want := []readEvent{
		{Err: "loader: " + p("a-binary.txt") + ": " + ErrBinary.Error()},
		{Err: "loader: " + p("b-png.html") + ": " + ErrBinary.Error()},
		{Err: "loader: " + p("c-empty.txt") + ": " + ErrEmpty.Error()},
		{Err: "loader: " + p("d-empty.jsonl") + ": " + ErrEmpty.Error()}, // as an empty .txt (nu19 A9)
		{Source: p("e-nul.jsonl") + ":1", Text: "a"},
		{Err: "loader: " + p("e-nul.jsonl") + ":2: " + ErrBinary.Error()},
		{Source: p("e-nul.jsonl") + ":3", Text: "c"},
		{Source: p("f-latin1.txt"), Text: "Caf\uFFFD society.\n"},
		{Source: p("g-truncated.txt"), Text: "Ends mid-rune \uFFFD"},
		{Source: p("h-ok.txt"), Text: "Still read."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
