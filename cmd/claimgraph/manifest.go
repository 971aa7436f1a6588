package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/input"
)

// manifest is the per-file metadata of `load --manifest FILE`: a TSV or CSV table whose header
// names its columns, one row per article file, as corpora ship them (MANIFEST.tsv beside the
// files). A row gives its file's URL, outlet, publication date and title; the URL also decides
// the article's ID and, for a government site, who "we" are (finding A2 of new-user trial 15: a
// White House background call loaded without its URL credits its "we" to a group of
// "administration officials").
type manifest struct {
	path string
	rows map[string]*manifestRow // by the file's absolute, cleaned path
	// stems holds the rows by path without extension, nil for a stem two listed files share:
	// a file the manifest does not list takes the row of the one listed file whose name differs
	// from its own only in the extension (page.html beside page.txt), as corpora keep a page and
	// its extracted text side by side and list one of them. Without it the two, stored with and
	// without the row's URL, would get two IDs and be stored twice instead of once.
	stems map[string]*manifestRow
}

type manifestRow struct {
	line                          int // 1-based line of the manifest
	url, outlet, published, title string
}

// manifestColumns are, per field, the header names a manifest may give it, in order of
// preference: the first present is read, the others are ignored. Matching ignores case, spaces,
// hyphens and underscores. "source", "publisher" and "date" are what corpus manifests call them
// (../shared/corpus/MANIFEST.tsv); a "source" that is not an http(s) URL (a repository path) is
// provenance, not the page's address, and is skipped with a warning.
var manifestColumns = []struct {
	field string
	names []string
}{
	{"file", []string{"file", "path", "filename", "filepath"}},
	{"url", []string{"url", "link", "sourceurl", "source"}},
	{"outlet", []string{"outlet", "publisher", "publication"}},
	{"published", []string{"published", "date", "publishedat", "pubdate", "publicationdate"}},
	{"title", []string{"title", "headline"}},
}

func headerKey(h string) string {
	h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '_' {
			return -1
		}
		return r
	}, h)
}

// readManifest reads and checks the manifest at path before anything is loaded. Its columns are
// separated by tabs when the header line has one (or the name ends in .tsv), else by commas;
// unknown columns are ignored; files are relative to the manifest's folder. Every bad row is an
// error naming the manifest line: no file, a file that does not exist or is a folder, a file
// listed twice, a url that is not an absolute http(s) URL, a date that is no date, a row with
// another number of fields than the header. warnings are what was skipped without failing.
func readManifest(path string) (m *manifest, warnings []string, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--manifest: %w", err)
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	first, _, _ := bytes.Cut(b, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(b))
	if bytes.ContainsRune(first, '\t') || strings.EqualFold(filepath.Ext(path), ".tsv") {
		// TSV has no quoting: a quote inside a title ("the "Phase One" deal") is text.
		r.Comma, r.LazyQuotes = '\t', true
	}
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("--manifest %s: empty (want a header naming file, url, outlet, published, title columns)", path)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("--manifest %s: %w", path, err)
	}
	col := map[string]int{}
	for _, c := range manifestColumns {
		for _, name := range c.names {
			if i := slices.IndexFunc(header, func(h string) bool { return headerKey(h) == name }); i >= 0 {
				col[c.field] = i
				break
			}
		}
	}
	if _, ok := col["file"]; !ok {
		return nil, nil, fmt.Errorf("--manifest %s:1: the header names no file column (file or path); it names %s", path, strings.Join(header, ", "))
	}
	ui, hasURL := col["url"]
	urlIsSource := hasURL && headerKey(header[ui]) == "source"
	dir := filepath.Dir(path)
	m = &manifest{path: path, rows: map[string]*manifestRow{}, stems: map[string]*manifestRow{}}
	var bad []error
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad = append(bad, fmt.Errorf("%s:%d: %v (the header has %s)", path, pe.StartLine, pe.Err, plural(len(header), "column")))
				continue
			}
			return nil, nil, fmt.Errorf("--manifest %s: %w", path, err)
		}
		line, _ := r.FieldPos(0)
		get := func(field string) string {
			if i, ok := col[field]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		row := &manifestRow{line: line, outlet: get("outlet"), title: get("title")}
		file := get("file")
		if file == "" {
			bad = append(bad, fmt.Errorf("%s:%d: no file named in column %q", path, line, header[col["file"]]))
			continue
		}
		abs := file
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(dir, file)
		}
		abs, _ = filepath.Abs(abs)
		if fi, err := os.Stat(abs); err != nil {
			bad = append(bad, fmt.Errorf("%s:%d: %s: no such file (files are relative to the manifest's folder %s)", path, line, file, dir))
			continue
		} else if fi.IsDir() {
			bad = append(bad, fmt.Errorf("%s:%d: %s is a folder; a row names one article file", path, line, file))
			continue
		}
		if prev, dup := m.rows[abs]; dup {
			bad = append(bad, fmt.Errorf("%s:%d: %s is listed again (first on line %d)", path, line, file, prev.line))
			continue
		}
		if u := get("url"); u != "" {
			switch {
			case input.IsWebURL(u):
				row.url = u
			case urlIsSource:
				warnings = append(warnings, fmt.Sprintf("%s:%d: source %q is not an http(s) URL; %s is loaded without a URL", path, line, u, file))
			default:
				bad = append(bad, fmt.Errorf("%s:%d: url %q is not an absolute http(s) URL", path, line, u))
				continue
			}
		}
		if d := get("published"); d != "" {
			if iso, ok := input.ParseDate(d); !ok || iso == "" {
				bad = append(bad, fmt.Errorf("%s:%d: date %q is not a date (want YYYY-MM-DD or a written date such as \"May 14, 2018\")", path, line, d))
				continue
			}
			row.published = d
		}
		m.rows[abs] = row
		stem := strings.TrimSuffix(abs, filepath.Ext(abs))
		if _, shared := m.stems[stem]; shared {
			m.stems[stem] = nil
		} else {
			m.stems[stem] = row
		}
	}
	if len(bad) > 0 {
		return nil, nil, fmt.Errorf("--manifest: %w (nothing was loaded)", errors.Join(bad...))
	}
	return m, warnings, nil
}

// row is the manifest row of the file that holds d alone (or of its one listed sibling, see
// manifest.stems), or nil: d is a line of a JSON lines file, an element of a JSON array or
// standard input (no file of its own), or neither its file nor a sibling is listed.
func (m *manifest) row(d *input.Document) *manifestRow {
	if d.File == "" {
		return nil
	}
	abs, err := filepath.Abs(d.File)
	if err != nil {
		return nil
	}
	if r := m.rows[abs]; r != nil {
		return r
	}
	return m.stems[strings.TrimSuffix(abs, filepath.Ext(abs))]
}

// apply fills d's missing URL, outlet, date and title from its row. A document of its own file
// that the manifest does not list gets a warning (printed with its source when it is stored);
// a record of a JSON lines file or array carries its own metadata and is left as it is.
func (m *manifest) apply(d *input.Document) {
	r := m.row(d)
	if r == nil {
		if d.File != "" {
			if lack := missingMetadata(d); lack != "" {
				d.Warnings = append(d.Warnings, fmt.Sprintf("not listed in the manifest %s: loaded without its %s", m.path, lack))
			}
		}
		return
	}
	if d.URL == "" {
		d.URL = r.url
	}
	if d.Outlet == "" {
		d.Outlet = r.outlet
	}
	if d.Title == "" {
		d.Title = r.title
	}
	if d.Published == "" && r.published != "" {
		d.Published, d.PublishedSource = r.published, input.DateFromManifest
	}
}

// missingMetadata names the fields a document unlisted in the manifest still lacks ("url, outlet,
// date and title" for a plain text file; "outlet" for a JSON file that carries the rest), or ""
// when it carries all four (trial32 T1: the warning named fields the file had given).
func missingMetadata(d *input.Document) string {
	var lack []string
	for _, f := range []struct{ name, v string }{{"url", d.URL}, {"outlet", d.Outlet}, {"date", d.Published}, {"title", d.Title}} {
		if f.v == "" {
			lack = append(lack, f.name)
		}
	}
	switch len(lack) {
	case 0:
		return ""
	case 1:
		return lack[0]
	}
	return strings.Join(lack[:len(lack)-1], ", ") + " and " + lack[len(lack)-1]
}
