package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestLoadManifest: `load --manifest FILE` gives each file of a folder load its own url, outlet,
// date and title (finding A2 of new-user trial 15), from a TSV whose header uses the names corpus
// manifests use (source, publisher, date) among columns it ignores; a record's own metadata wins;
// a page beside its listed text takes the text's row and is stored once; a file not listed and a
// source that is no URL are warned about.
func TestLoadManifest(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(corpus, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Norway rejected the fishing quota, the minister Ola Berg said on Monday.\n")
	write("b.txt", "Chile welcomed the copper agreement, Ana Rojas said.\n")
	write("b.html", "<html><body><p>Chile welcomed the copper agreement, Ana Rojas said.</p></body></html>")
	write("c.txt", "Kenya opposed the new import levy, Peter Otieno said.\n")
	write("sub/d.txt", "Peru demanded talks on the mining tax, Rosa Quispe said.\n")
	write("e.json", record("https://own.example/e", "Own Title", "2020-01-02", "Own Outlet", "Ghana supported the cocoa pact, Kofi Mensah said."))
	write("MANIFEST.tsv", "file\ttitle\tsource\tpublisher\tdate\tlicense\n"+
		"a.txt\tNorway and the quota\thttps://gov.example/a\tMinistry of Fisheries\t2019-03-04\tpublic domain\n"+
		"b.txt\tChile \"copper\" deal\thttps://news.example/b\tExample News\tMay 6, 2019\tCC BY\n"+
		"sub/d.txt\tPeru talks\tgithub:owner/repo content/d.md\tExample Wire\t2019-07-08\tas above\n"+
		"e.json\tManifest Title\thttps://manifest.example/e\tManifest Outlet\t2011-11-11\t\n")
	db := filepath.Join(dir, "db")
	code, out, errs := runCmd(t, "load", "--db", db, "--no-progress", "--manifest", filepath.Join(corpus, "MANIFEST.tsv"), corpus)
	if code != exitOK {
		t.Fatalf("load: exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"MANIFEST.tsv:4: source \"github:owner/repo content/d.md\" is not an http(s) URL",
		"c.txt: not listed in the manifest",
		"b.txt: the same article as", // b.html took b.txt's row: one URL, one article
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if strings.Contains(errs, "b.html: not listed") {
		t.Errorf("b.html, the page of the listed b.txt, was warned about:\n%s", errs)
	}
	by := map[string]articleMeta{}
	for _, a := range articlesOf(t, db) {
		by[a.Source] = a
	}
	if len(by) != 5 {
		t.Fatalf("%d articles, want 5 (a, b once, c, d, e): %v", len(by), by)
	}
	check := func(src, url, title, outlet, date, dateSrc string) {
		t.Helper()
		a, ok := by[src]
		if !ok {
			t.Errorf("no article from %s", src)
			return
		}
		if a.URL != url || a.Title != title || a.Outlet != outlet || a.PublishedAt != date || a.PublishedSource != dateSrc {
			t.Errorf("%s: %+v; want url %q title %q outlet %q date %q (%s)", src, a, url, title, outlet, date, dateSrc)
		}
	}
	check("a.txt", "https://gov.example/a", "Norway and the quota", "Ministry of Fisheries", "2019-03-04", "manifest")
	check("b.html", "https://news.example/b", `Chile "copper" deal`, "Example News", "2019-05-06", "manifest")
	check("sub/d.txt", "", "Peru talks", "Example Wire", "2019-07-08", "manifest")
	check("e.json", "https://own.example/e", "Own Title", "Own Outlet", "2020-01-02", "json")
	if a := by["c.txt"]; a.URL != "" || a.Outlet != "" {
		t.Errorf("c.txt, not listed, got metadata: %+v", a)
	}

	// A CSV manifest with the plain column names; --outlet fills what the row leaves empty.
	db2 := filepath.Join(dir, "db2")
	write("list.csv", "path,url,outlet,published,title,notes\n"+
		"a.txt,https://gov.example/a2,,2019-03-05,\"Norway, the quota\",x\n")
	code, out, errs = runCmd(t, "load", "--db", db2, "--no-progress", "--manifest", filepath.Join(corpus, "list.csv"), "--outlet", "Flag Outlet", filepath.Join(corpus, "a.txt"))
	if code != exitOK {
		t.Fatalf("load with CSV manifest: exit %d\n%s%s", code, out, errs)
	}
	arts := articlesOf(t, db2)
	if len(arts) != 1 || arts[0].URL != "https://gov.example/a2" || arts[0].Title != "Norway, the quota" || arts[0].Outlet != "Flag Outlet" || arts[0].PublishedAt != "2019-03-05" {
		t.Errorf("CSV manifest: %+v", arts)
	}
}

// TestLoadManifestErrors: a bad manifest row stops the load before the store is created, with an
// error naming the manifest and the row's line.
func TestLoadManifestErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Norway rejected the fishing quota, Ola Berg said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const head = "file\turl\tdate\n"
	for _, tc := range []struct {
		name, body, want string
	}{
		{"bad url", head + "a.txt\tgov.example/a\t2019-01-01\n", "MANIFEST.tsv:2: url \"gov.example/a\" is not an absolute http(s) URL"},
		{"bad date", head + "a.txt\thttps://x.example/a\tsoon\n", "MANIFEST.tsv:2: date \"soon\" is not a date"},
		{"missing file", head + "a.txt\t\t\nmissing.txt\t\t\n", "MANIFEST.tsv:3: missing.txt: no such file"},
		{"listed twice", head + "a.txt\t\t\n./a.txt\t\t\n", "MANIFEST.tsv:3: ./a.txt is listed again (first on line 2)"},
		{"no file", head + "\thttps://x.example/a\t\n", "MANIFEST.tsv:2: no file named"},
		{"no file column", "name\turl\na.txt\thttps://x.example/a\n", "MANIFEST.tsv:1: the header names no file column"},
		{"field count", head + "a.txt\thttps://x.example/a\n", "MANIFEST.tsv:2: wrong number of fields"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := filepath.Join(dir, "MANIFEST.tsv")
			if err := os.WriteFile(m, []byte(tc.body), 0o644); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(t.TempDir(), "db")
			code, _, errs := runCmd(t, "load", "--db", db, "--no-progress", "--manifest", m, dir)
			if code != exitUsage || !strings.Contains(errs, tc.want) || !strings.Contains(errs, "nothing was loaded") && tc.name != "no file column" {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, errs, tc.want)
			}
			if _, err := os.Stat(db); err == nil {
				t.Errorf("a bad manifest left a store behind")
			}
		})
	}
	code, _, errs := runCmd(t, "load", "--db", filepath.Join(dir, "db"), "--manifest", filepath.Join(dir, "MANIFEST.tsv"), "--url", "https://x.example/a", filepath.Join(dir, "a.txt"))
	if code != exitUsage || !strings.Contains(errs, "--url and --manifest") {
		t.Errorf("--url with --manifest: exit %d, %q", code, errs)
	}
}

// TestRepeatedSingleValueFlags: a single-value flag given twice is a usage error naming both
// values' flag, not the silent choice of the last (finding A2 of new-user trial 15); list flags
// and switches still repeat.
func TestRepeatedSingleValueFlags(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("Norway rejected the fishing quota, Ola Berg said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "db")
	for _, args := range [][]string{
		{"load", "--db", db, "--url", "https://a.example/1", "--url", "https://a.example/2", f},
		{"load", "--db", db, "--outlet", "A", "--outlet=B", f},
		{"load", "--db", db, "--db", filepath.Join(dir, "other"), f},
		{"load", "--db", db, "--workers", "2", "--workers", "3", f},
	} {
		code, _, errs := runCmd(t, args...)
		if code != exitUsage || !strings.Contains(errs, "already given as") {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and \"already given as\"", args, code, errs)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a repeated flag left a store behind")
	}
	// A switch given twice is still the switch.
	if code, out, errs := runCmd(t, "load", "--db", db, "--no-progress", "--no-progress", f); code != exitOK {
		t.Errorf("--no-progress twice: exit %d\n%s%s", code, out, errs)
	}
}

// TestMissingMetadataNamesOnlyWhatIsMissing: a file the manifest does not list is warned about
// only for the fields it lacks (trial32 T1: a .json file with its own url, title and date was
// said to be "loaded without its url, outlet, date and title").
func TestMissingMetadataNamesOnlyWhatIsMissing(t *testing.T) {
	for _, c := range []struct {
		d    input.Document
		want string
	}{
		{input.Document{}, "url, outlet, date and title"},
		{input.Document{URL: "https://example.org/a", Title: "T", Published: "2020-01-02"}, "outlet"},
		{input.Document{URL: "https://example.org/a", Title: "T"}, "outlet and date"},
		{input.Document{URL: "https://example.org/a", Title: "T", Published: "2020-01-02", Outlet: "O"}, ""},
	} {
		if got := missingMetadata(&c.d); got != c.want {
			t.Errorf("missingMetadata(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}
