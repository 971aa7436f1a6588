package input

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// readEvent is one fn call of Read, flattened for comparison.
type readEvent struct {
	Source string
	Title  string
	Text   string
	HTML   string
	Err    string
}

func collectRead(t *testing.T, paths []string, stdin string) []readEvent {
	t.Helper()
	var evs []readEvent
	var in *strings.Reader
	if stdin != "" {
		in = strings.NewReader(stdin)
	}
	err := Read(context.Background(), paths, in, func(d Document, err error) error {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %v is not an *InputError", err)
			}
			evs = append(evs, readEvent{Err: err.Error()})
			return nil
		}
		evs = append(evs, readEvent{Source: d.Source, Title: d.Title, Text: d.Text, HTML: d.HTML})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const bom = "\xEF\xBB\xBF"

func TestReadFolder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":          bom + "Plain text.\n",
		"a.html":         "<html><body><p>Hello.</p></body></html>",
		"c.json":         `{"url":"http://x/1","title":"T","published":"2018-05-04","authors":"A B and C D","outlet":"O","text":"Body."}`,
		"d.jsonl":        bom + `{"title":"one","text":"First."}` + "\n\n" + `{"title":"two","html":"<p>Second.</p>"}` + "\r\n" + `{"title":"bad"` + "\n" + `{"title":"notext"}` + "\n" + `{"title":"empty","text":"  "}` + "\n" + `[1,2]` + "\n" + `{"title":"last","text":"Last."}`,
		".hidden.txt":    "skip me",
		".git/x.txt":     "skip me",
		"notes.csv":      "skip,me",
		"README.md":      "skip me",
		"sub/e.htm":      "<p>Sub.</p>",
		"sub/f.txt":      "",
		"sub/g.ndjson":   `{"text":"nd"}`,
		"sub/h.TXT":      "Upper-case extension.",
		"sub/z/deep.txt": "Deep.",
	})
	got := collectRead(t, []string{dir}, "")
	rel := func(s string) string { return strings.TrimPrefix(s, dir+string(filepath.Separator)) }
	var summary []string
	for _, e := range got {
		if e.Err != "" {
			summary = append(summary, "ERR "+rel(strings.TrimPrefix(e.Err, "loader: ")))
			continue
		}
		summary = append(summary, rel(e.Source))
	}
	want := []string{
		"a.html", "b.txt", "c.json",
		"d.jsonl:1", "d.jsonl:3",
		"ERR d.jsonl:4: invalid JSON at byte 14: unexpected end of JSON input",
		`ERR d.jsonl:5: record has no "text" or "html" field`,
		"ERR d.jsonl:6: empty document",
		"ERR d.jsonl:7: invalid JSON: want an object, got an array",
		"d.jsonl:8",
		"sub/e.htm", "ERR sub/f.txt: empty document", "sub/g.ndjson:1", "sub/h.TXT", "sub/z/deep.txt",
	}
	if !reflect.DeepEqual(summary, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(summary, "\n"), strings.Join(want, "\n"))
	}
	if got[1].Text != "Plain text.\n" {
		t.Errorf("BOM not stripped from text: %q", got[1].Text)
	}
	if got[3].Title != "one" || got[3].Text != "First." {
		t.Errorf("first JSONL record after a BOM lost: %+v", got[3])
	}
	if got[4].HTML != "<p>Second.</p>" {
		t.Errorf("html record: %+v", got[4])
	}
}

func TestReadJSONFields(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.json": `{"url":" http://x/1 ","title":"T","published":"May 4, 2018","authors":["A B","C D; E F"],"source":"VOA","text":"Body."}`,
		"b.json": `[{"text":"one","author":"By Jo Blogs"},{"html":"<p>two</p>","date":"2019-01-02"},{"title":"x"}]`,
		"c.json": `{"text": 42}`,
		"d.json": `{"text":"x","authors":{"a":1}}`,
	})
	var docs []Document
	var errs []string
	err := Read(context.Background(), []string{dir}, nil, func(d Document, err error) error {
		if err != nil {
			errs = append(errs, strings.TrimPrefix(err.Error(), "loader: "+dir+"/"))
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	a := docs[0]
	if a.URL != "http://x/1" || a.Published != "May 4, 2018" || a.Outlet != "VOA" || a.Text != "Body." ||
		!reflect.DeepEqual(a.Authors, []string{"A B", "C D", "E F"}) {
		t.Errorf("a.json = %+v", a)
	}
	if len(docs) != 3 || docs[1].Source != filepath.Join(dir, "b.json")+":1" || !reflect.DeepEqual(docs[1].Authors, []string{"Jo Blogs"}) ||
		docs[2].HTML != "<p>two</p>" || docs[2].Published != "2019-01-02" {
		t.Errorf("b.json = %+v", docs[1:])
	}
	wantErrs := []string{
		`b.json:3: record has no "text" or "html" field`,
		"c.json: invalid JSON: …",
		`d.json: invalid JSON: field "authors": want a string or an array of strings, got an object`,
	}
	if len(errs) != 3 || errs[0] != wantErrs[0] || !strings.HasPrefix(errs[1], "c.json: invalid JSON: ") || errs[2] != wantErrs[2] {
		t.Errorf("errors:\n%s", strings.Join(errs, "\n"))
	}
}

func TestReadMissingPath(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A."})
	called := false
	err := Read(context.Background(), []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "nope.txt")}, nil,
		func(Document, error) error { called = true; return nil })
	if err == nil || !strings.Contains(err.Error(), "nope.txt") || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("err = %v, want one naming nope.txt", err)
	}
	if called {
		t.Error("fn called although a path is missing")
	}
	if err := Read(context.Background(), []string{"-"}, nil, func(Document, error) error { return nil }); err == nil {
		t.Error(`"-" without stdin: no error`)
	}
}

func TestReadStdinSniff(t *testing.T) {
	cases := []struct {
		name, in string
		want     []readEvent
	}{
		{"jsonl", bom + "{\"title\":\"a\",\"text\":\"A.\"}\n{\"text\":\"B.\"}\n",
			[]readEvent{{Source: "-:1", Title: "a", Text: "A."}, {Source: "-:2", Text: "B."}}},
		{"pretty json", "  {\n  \"title\": \"a\",\n  \"text\": \"A.\"\n}\n", []readEvent{{Source: "-", Title: "a", Text: "A."}}},
		{"json array", "[{\"text\":\"A.\"},{\"text\":\"B.\"}]", []readEvent{{Source: "-:1", Text: "A."}, {Source: "-:2", Text: "B."}}},
		{"html", "\n<!DOCTYPE html><p>Hi.</p>", []readEvent{{Source: "-", HTML: "\n<!DOCTYPE html><p>Hi.</p>"}}},
		{"text", bom + "Just text.", []readEvent{{Source: "-", Text: "Just text."}}},
		{"broken jsonl", "{\"text\":\"A.\"}\n{nope}\n{\"text\":\"C.\"}",
			[]readEvent{{Source: "-:1", Text: "A."}, {Err: "loader: -:2: invalid JSON at byte 2: invalid character 'n' looking for beginning of object key string"}, {Source: "-:3", Text: "C."}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := collectRead(t, []string{"-"}, c.in)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// TestReadStdinStreams: a JSONL line on a pipe that stays open is read at once — sniffing the
// format must not wait for a block of input or for its end (a feed piped into "load -").
func TestReadStdinStreams(t *testing.T) {
	pr, pw := io.Pipe()
	got := make(chan Document, 1)
	done := make(chan error, 1)
	go func() {
		done <- Read(context.Background(), []string{"-"}, pr, func(d Document, err error) error {
			if err == nil {
				got <- d
			}
			return err
		})
	}()
	go pw.Write([]byte(`{"title":"a","text":"A."}` + "\n")) // the writer then waits; no EOF
	select {
	case d := <-got:
		if d.Source != "-:1" || d.Title != "a" {
			t.Errorf("got %+v", d)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the first JSONL line on an open pipe was not read")
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestReadBadContent(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":  "Text with a NUL\x00 byte.",
		"b.txt":  "Caf\xe9 au lait.",
		"c.html": "\x01\x02\x03\x04\x05\x06\x07\x08 binary",
		"d.json": `{"text":"nul \u0000 inside"}`,
		"e.txt":  "   \n\t\n",
	})
	got := collectRead(t, []string{dir}, "")
	want := []readEvent{
		{Err: "loader: " + filepath.Join(dir, "a.txt") + ": " + ErrBinary.Error()},
		{Source: filepath.Join(dir, "b.txt"), Text: "Caf\uFFFD au lait."},
		{Err: "loader: " + filepath.Join(dir, "c.html") + ": " + ErrBinary.Error()},
		{Err: "loader: " + filepath.Join(dir, "d.json") + ": " + ErrBinary.Error()},
		{Err: "loader: " + filepath.Join(dir, "e.txt") + ": " + ErrEmpty.Error()},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestReadCallbackErrorStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": "{\"text\":\"1\"}\n{\"text\":\"2\"}"})
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{dir}, nil, func(Document, error) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("err = %v after %d calls, want stop after 2", err, n)
	}
	// Also from inside a JSONL file.
	n = 0
	err = Read(context.Background(), []string{filepath.Join(dir, "c.jsonl")}, nil, func(Document, error) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("jsonl: err = %v after %d calls", err, n)
	}
}

func TestReadContextCancelled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.jsonl": strings.Repeat("{\"text\":\"x\"}\n", 10)})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Read(ctx, []string{dir}, nil, func(Document, error) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 3 {
		t.Errorf("err = %v after %d docs", err, n)
	}
}

// TestLineReaderLimit checks the bounded line reader with a small limit: a long line is reported
// with its number and the next line still reads.
func TestLineReaderLimit(t *testing.T) {
	in := "short\n" + strings.Repeat("x", 5000) + "\nafter\nlast-without-newline"
	lr := lineReader{br: bufio.NewReaderSize(strings.NewReader(in), 16), limit: 100}
	var got []string
	for {
		b, n, err := lr.next()
		if err != nil && errors.Is(err, ErrTooLarge) {
			got = append(got, fmt.Sprintf("%d:too large", n))
			continue
		}
		if err != nil {
			break
		}
		got = append(got, fmt.Sprintf("%d:%s", n, strings.TrimRight(string(b), "\n")))
	}
	want := []string{"1:short", "2:too large", "3:after", "4:last-without-newline"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if cap(lr.buf) > 1024 {
		t.Errorf("buffer grew to %d bytes for a 100-byte limit", cap(lr.buf))
	}
}

// FuzzRead feeds arbitrary bytes to Read as .jsonl, .json and stdin: it must not panic or hang,
// and every document it yields must carry text or HTML.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		bom + `{"title":"a","text":"A."}` + "\n",
		`{"text":"a"}` + "\n\n\n" + `{"html":"<p>b</p>"}`,
		"\x00\x01binary",
		`{"text":"nul \u0000"}`,
		strings.Repeat("[", 20000) + strings.Repeat("]", 20000),
		`{"a":` + strings.Repeat(`{"a":`, 5000) + `1` + strings.Repeat("}", 5001),
		"\n\n\r\n",
		`{"authors":[1,2],"text":"x"}`,
		"{\n\"text\": \"multi\nline\"\n}",
		"\xff\xfe{\"text\":\"utf16?\"}",
		`[{"text":"a"},3,null]`,
		"<html>",
		"plain",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"in.jsonl", "in.json"} {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			check := func(d Document, err error) error {
				if err == nil && strings.TrimSpace(d.Text) == "" && strings.TrimSpace(d.HTML) == "" {
					t.Errorf("document without text: %+v", d)
				}
				return nil
			}
			if err := Read(context.Background(), []string{p}, nil, check); err != nil {
				t.Fatal(err)
			}
			if err := Read(context.Background(), []string{"-"}, strings.NewReader(string(data)), check); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestReadFixtures reads testdata/input/mixed, a folder as a user would pass it.
func TestReadFixtures(t *testing.T) {
	dir := filepath.Join("testdata", "input", "mixed")
	got := collectRead(t, []string{dir}, "")
	p := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	want := []readEvent{
		{Source: p("01-plain.txt"), Text: "Tariff Talks Resume\n\nBy Ana Ruiz\n\nWASHINGTON — Negotiators met again on Monday.\n"},
		{Source: p("02-page.html"), HTML: mustRead(t, p("02-page.html"))},
		{Source: p("03-record.json"), Title: "Steel Quotas Extended", Text: "The quotas on steel imports were extended for a year."},
		{Source: p("04-records.jsonl") + ":1", Title: "First record", Text: "The first record follows a byte-order mark."},
		{Source: p("04-records.jsonl") + ":3", Title: "Second record", HTML: "<p>The second record is HTML.</p>"},
		{Err: "loader: " + p("04-records.jsonl") + ":4: invalid JSON at byte 25: unexpected end of JSON input"},
		{Err: "loader: " + p("04-records.jsonl") + `:5: record has no "text" or "html" field`},
		{Source: p("04-records.jsonl") + ":6", Title: "Last record", Text: "Reading went on after the bad lines."},
		{Source: p("nested/05-more.txt"), Text: "Nested files are read too.\n"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d events, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}

	// The cleaned documents carry their metadata.
	c := testCleaner(t)
	err := Read(context.Background(), []string{p("03-record.json"), p("01-plain.txt"), p("02-page.html")}, nil, func(d Document, err error) error {
		if err != nil {
			return err
		}
		cl, err := c.Clean(d)
		if err != nil {
			return err
		}
		a := cl.Article
		switch filepath.Base(d.Source) {
		case "03-record.json":
			if a.URL != "https://example.org/news/steel-quotas" || a.PublishedAt != "2020-03-03" || a.Outlet != "Example News" ||
				!reflect.DeepEqual(a.Authors, []string{"Lina Marsh", "Omar Haddad"}) || a.Source != "03-record.json" {
				t.Errorf("03-record.json: %+v", a)
			}
		case "01-plain.txt":
			if a.Title != "Tariff Talks Resume" || !reflect.DeepEqual(a.Authors, []string{"Ana Ruiz"}) ||
				a.Text != "Tariff Talks Resume\n\nWASHINGTON — Negotiators met again on Monday." {
				t.Errorf("01-plain.txt: %+v", a)
			}
		case "02-page.html":
			if a.Title != "Ports Reopen After Strike" || a.PublishedAt != "2015-07-14" {
				t.Errorf("02-page.html: %+v", a)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReadTable (new-user trial 13, finding 9): a named table — by its extension, or a file of no
// known extension whose first lines are tab-separated rows — is refused with ErrTable naming the
// file, not read as an article; a .txt file with tabs, prose with a tab here and there, and a
// markdown file are still read.
func TestReadTable(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	manifest := "id\ttitle\tpublished\n001\tRemarks Before Departure\t2025-05-12\n002\tStatement on Trade\t2025-05-13\n"
	prose := "The ministry said on Monday\tthat it would reply.\nIt gave no date.\n\nOfficials declined to comment.\n"
	cases := []struct {
		name, text string
		refused    bool
	}{
		{"MANIFEST.tsv", manifest, true},
		{"list.csv", "id,title\n1,A\n2,B\n", true},
		{"MANIFEST", manifest, true},
		{"manifest.txt", manifest, false},
		{"notes.md", prose, false},
		{"two-lines", "a\tb\nc\td\n", false},
	}
	for _, c := range cases {
		p := write(c.name, c.text)
		var got error
		docs := 0
		err := Read(context.Background(), []string{p}, nil, func(d Document, err error) error {
			if err != nil {
				got = err
			} else {
				docs++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if refused := errors.Is(got, ErrTable); refused != c.refused || c.refused && docs != 0 {
			t.Errorf("%s: refused %v (err %v, %d documents), want refused %v", c.name, refused, got, docs, c.refused)
		}
		if c.refused && !strings.Contains(got.Error(), c.name) {
			t.Errorf("%s: the error does not name the file: %v", c.name, got)
		}
	}
}

// A record's url that is no absolute http(s) URL is dropped with a warning (the manifest refuses
// such a row; a record keeps its article): new-user trial 29, finding 18.
func TestReadJSONNonWebURL(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.json":  `{"url":"ftp://files.example.org/a.txt","text":"Body."}`,
		"b.jsonl": `{"url":"example.org/no-scheme","text":"One."}` + "\n" + `{"url":"https://example.org/ok","text":"Two."}` + "\n",
	})
	var docs []Document
	err := Read(context.Background(), []string{dir}, nil, func(d Document, err error) error {
		if err != nil {
			t.Errorf("unexpected error: %v", err)
			return nil
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3", len(docs))
	}
	for i, want := range []string{"", "", "https://example.org/ok"} {
		if docs[i].URL != want {
			t.Errorf("doc %d (%s): URL %q, want %q", i, docs[i].Source, docs[i].URL, want)
		}
		warned := strings.Contains(strings.Join(docs[i].Warnings, "\n"), "not an absolute http(s) URL")
		if warned != (want == "") {
			t.Errorf("doc %d (%s): warnings %q", i, docs[i].Source, docs[i].Warnings)
		}
	}
}
