package input

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// readAll runs Read over paths and returns the documents and errors it reported, failing the
// test if Read does not return within 5 s (a FIFO used to block it forever).
func readAll(t *testing.T, paths ...string) ([]Document, []error) {
	t.Helper()
	var docs []Document
	var errs []error
	done := make(chan error, 1)
	go func() {
		done <- Read(context.Background(), paths, nil, func(d Document, err error) error {
			if err != nil {
				errs = append(errs, err)
			} else {
				docs = append(docs, d)
			}
			return nil
		})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Read did not return within 5 s")
	}
	return docs, errs
}

// Issue 16, finding 9: an ISO-8859-1 page lost its accented names (each byte became U+FFFD).
// The page's declared charset (meta charset, meta http-equiv, or a byte-order mark) now decides.
func TestHTMLCharsets(t *testing.T) {
	dir := t.TempDir()
	body := "<p>Le ministre José Müller a rejeté la proposition de Bruxelles.</p>"
	latin1, err := charmap.ISO8859_1.NewEncoder().String(body)
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune("<html><body>" + body + "</body></html>")) {
		utf16le = append(utf16le, byte(u), byte(u>>8))
	}
	files := map[string][]byte{
		"meta-charset.html": []byte(`<html><head><meta charset="iso-8859-1"><title>t</title></head><body>` + latin1 + `</body></html>`),
		"http-equiv.html":   []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>` + latin1 + `</body></html>`),
		"utf16-bom.html":    utf16le,
		"utf8.html":         []byte(`<html><head><meta charset="utf-8"></head><body>` + body + `</body></html>`),
		// Declares Latin-1 but was re-saved as UTF-8: read as UTF-8, with a warning.
		"mislabelled.html": []byte(`<html><head><meta charset="iso-8859-1"></head><body>` + body + `</body></html>`),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, errs := readAll(t, dir)
	if len(errs) > 0 || len(docs) != len(files) {
		t.Fatalf("read %d documents, errors %v", len(docs), errs)
	}
	for _, d := range docs {
		name := filepath.Base(d.Source)
		if !strings.Contains(d.HTML, "José Müller a rejeté") {
			t.Errorf("%s: accented names lost: %.200q", name, d.HTML)
		}
		if wantWarn := name == "mislabelled.html"; (len(d.Warnings) > 0) != wantWarn {
			t.Errorf("%s: warnings %q", name, d.Warnings)
		}
	}
}

// Issue 16, finding 9: invalid UTF-8 was repaired silently. It is still repaired, and the
// document now carries a warning for the load to print with its file name.
func TestInvalidUTF8IsReported(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("The minister \xff\xfe said no to the plan."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.html"), []byte("<p>The minister \xff said no.</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{\"text\": \"The minister \xff said no.\"}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("The minister said no."), 0o644)
	docs, errs := readAll(t, dir)
	if len(errs) > 0 || len(docs) != 4 {
		t.Fatalf("read %d documents, errors %v", len(docs), errs)
	}
	for _, d := range docs {
		bad := strings.Contains(d.Source, "bad")
		if bad != (len(d.Warnings) == 1) {
			t.Errorf("%s: warnings %q", d.Source, d.Warnings)
		}
		if bad && !strings.Contains(d.Warnings[0], "not valid UTF-8") {
			t.Errorf("%s: warning %q", d.Source, d.Warnings[0])
		}
		if strings.ContainsRune(d.Text+d.HTML, '\xff') {
			t.Errorf("%s: not repaired", d.Source)
		}
	}
}

// Issue 16, finding 6: a FIFO among the inputs hung the load forever (opening a FIFO waits for
// a writer). Paths that are not regular files are now refused without being opened.
func TestFIFOIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The minister said no."), 0o644)
	for _, paths := range [][]string{{dir}, {fifo, filepath.Join(dir, "a.txt")}} {
		docs, errs := readAll(t, paths...)
		if len(docs) != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrNotRegular) || !strings.Contains(errs[0].Error(), "pipe.txt") {
			t.Errorf("Read(%v): %d documents, errors %v", paths, len(docs), errs)
		}
	}
}
