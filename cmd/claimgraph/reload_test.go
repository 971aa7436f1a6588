package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReloadWithAndWithoutManifest: the same files loaded once with --manifest (which gives them
// URLs) and once without, in either order, are stored once (nu18 finding A13). With the manifest
// first, the second load reports 0 new, every article unchanged, names the article it kept, and
// the counts stay as they were; without it first, the load with it replaces the stored copies by
// ones with the URL and date (upgrade18); a changed text under a manifest URL is "replaced".
func TestReloadWithAndWithoutManifest(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", "Norway rejected the fishing quota, the minister Ola Berg said on Monday.\n")
	write("b.txt", "Kenya opposed the new import levy, Peter Otieno said.\n")
	manifest := write("MANIFEST.tsv", "file\turl\tdate\n"+
		"a.txt\thttps://gov.example/a\t2019-03-04\n"+
		"b.txt\thttps://gov.example/b\t2019-03-05\n")
	files := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}
	withManifest := append([]string{"--manifest", manifest}, files...)

	// With the manifest first, the load without it brings nothing new: unchanged, kept as stored.
	db := filepath.Join(t.TempDir(), "db")
	if first := mustLoad(t, db, withManifest...); !strings.Contains(first, "2 new") {
		t.Fatalf("first load: %s", first)
	}
	before := articlesOf(t, db)
	code, out, errs := runCmd(t, append([]string{"load", "--db", db, "--no-progress"}, files...)...)
	if code != exitOK {
		t.Fatalf("second load: exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"0 new, 2 unchanged (2 stored before with a URL the input lacks, kept as stored)", "0 replaced"} {
		if !strings.Contains(out+errs, want) {
			t.Errorf("second load lacks %q:\n%s%s", want, out, errs)
		}
	}
	// The same files without the URL the manifest gave them are plainly unchanged: no note per
	// file, and above all no advice to delete and reload "to store it with this URL" (trial 28,
	// finding 8: the stored copy already is this file, with that URL).
	if strings.Contains(errs, "same text as stored article") || strings.Contains(errs, "delete --article") {
		t.Errorf("reloading the same files without the manifest gives a note:\n%s", errs)
	}
	// The same text from another file without a URL: a note names the kept article and says what
	// differs (the URL the input lacks), with no delete advice.
	other := write("a-copy.txt", "Norway rejected the fishing quota, the minister Ola Berg said on Monday.\n")
	_, _, errs = runCmd(t, "load", "--db", db, "--no-progress", other)
	if !strings.Contains(errs, "a-copy.txt: same text as stored article ") || !strings.Contains(errs, "kept as stored, with the URL this input lacks") {
		t.Errorf("the same text from another file: no note saying what differs:\n%s", errs)
	}
	if strings.Contains(errs, "delete --article") {
		t.Errorf("the same text without a URL is advised to be deleted and loaded again:\n%s", errs)
	}
	// The same text under another URL: only then is deleting and loading again worth advising.
	manifest2 := write("MANIFEST2.tsv", "file\turl\tdate\na-copy.txt\thttps://mirror.example/a\t2019-03-04\n")
	_, _, errs = runCmd(t, "load", "--db", db, "--no-progress", "--manifest", manifest2, other)
	if !strings.Contains(errs, "not stored again with URL https://mirror.example/a") || !strings.Contains(errs, "to store it under this URL instead: claimgraph delete --article") {
		t.Errorf("the same text under another URL: no note with the delete advice:\n%s", errs)
	}
	_ = os.Remove(other)
	if after := articlesOf(t, db); len(after) != 2 || after[0] != before[0] || after[1] != before[1] {
		t.Errorf("articles changed:\nbefore %+v\nafter  %+v", before, after)
	}

	// Without the manifest first, the load with it brings the URLs and dates the stored copies
	// lack: they are replaced by the new ones (still two articles, now with URL and date).
	db = filepath.Join(t.TempDir(), "db")
	mustLoad(t, db, files...)
	code, out, errs = runCmd(t, append([]string{"load", "--db", db, "--no-progress"}, withManifest...)...)
	if code != exitOK {
		t.Fatalf("load with the manifest: exit %d\n%s%s", code, out, errs)
	}
	if want := "0 new, 0 unchanged, 2 replaced (2 same text, now with URL/date from the manifest)"; !strings.Contains(out+errs, want) {
		t.Errorf("load with the manifest lacks %q:\n%s%s", want, out, errs)
	}
	got := map[string]string{}
	for _, a := range articlesOf(t, db) {
		got[a.URL] = a.PublishedAt
	}
	if len(got) != 2 || got["https://gov.example/a"] != "2019-03-04" || got["https://gov.example/b"] != "2019-03-05" {
		t.Errorf("articles after the load with the manifest: %v, want the two URLs with their dates", got)
	}
	// And again without it: unchanged.
	if out := mustLoad(t, db, files...); !strings.Contains(out, "0 new, 2 unchanged") || !strings.Contains(out, "0 replaced") {
		t.Errorf("reload without the manifest after the upgrade: %s", out)
	}

	// A changed text under the URL the manifest gives is still a replacement.
	db = filepath.Join(t.TempDir(), "db")
	mustLoad(t, db, withManifest...)
	write("a.txt", "Norway accepted the fishing quota after all, Ola Berg said on Friday.\n")
	if out := mustLoad(t, db, withManifest...); !strings.Contains(out, "0 new, 1 unchanged, 1 replaced") {
		t.Errorf("changed text under the same URL: %s", out)
	}
	if n := len(articlesOf(t, db)); n != 2 {
		t.Errorf("%d articles after the replacement, want 2", n)
	}
}
