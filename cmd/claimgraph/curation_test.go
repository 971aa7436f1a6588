package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadCuration: --curation stores the rules, applies them to the load and to later loads
// without the flag, and a bad file is a usage error naming its line with nothing stored.
func TestLoadCuration(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	write := fileWriter(t, dir)
	bad := write("bad.txt", "same-as | Xi | Xi Jinping\nmerge | A | B\nkind | Xi | PRESIDENT\n")
	code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", "--curation", bad, write("a0.txt", "Xi said China opposes the tariffs."))
	if code != 2 {
		t.Fatalf("bad curation: exit %d, %s", code, stderr)
	}
	// Every bad line is named at once (new-user trial 13: only the first was), and the store that
	// did not exist before is not created (the README: a bad argument creates no store).
	for _, want := range []string{"bad.txt:2", "bad.txt:3", "PRESIDENT"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("bad curation: %q missing from %s", want, stderr)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("a bad curation file left a store at %s (%v)", db, err)
	}
	cur := write("c.txt", "rename | Pence | Mike Pence # full name\n")
	a1 := write("a1.txt", "Vice President Pence criticized China's tariffs on Monday.")
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", "--curation", cur, a1); code != 0 {
		t.Fatal(stderr)
	}
	a2 := write("a2.txt", "On Tuesday, Pence said the United States opposes the new Chinese tariffs.")
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", a2); code != 0 {
		t.Fatal(stderr)
	}
	var out struct {
		Nodes struct {
			Nodes []struct{ Name, MergedBy string }
		}
	}
	gql(t, db, `{ nodes(kinds: [PERSON]) { nodes { ... on Actor { name mergedBy } } } }`, &out)
	if len(out.Nodes.Nodes) != 1 || out.Nodes.Nodes[0].Name != "Mike Pence" || out.Nodes.Nodes[0].MergedBy != "curation" {
		t.Fatalf("want one person Mike Pence (mergedBy curation) from both loads, got %+v", out.Nodes.Nodes)
	}
}

// TestCurationAlone: --curation with no PATH stores the rules and renames the stored actor at
// once; a rule naming no stored actor is kept with a warning naming its file and line; load with
// neither PATH nor --curation is a usage error; a missing PATH leaves no store directory behind.
func TestCurationAlone(t *testing.T) {
	db, write, dir := storeWithPence(t)
	a1 := filepath.Join(dir, "a1.txt")
	cur := write("c.txt", "rename | Pence | Mike Pence\nrename | Nobody Known | Someone Else\n")
	code, stdout, stderr := runCLI(t, "", "load", "--db", db, "--curation", cur)
	if code != 0 || !strings.Contains(stdout, "stored 2 curation rule") {
		t.Fatalf("curation alone: exit %d, %q, %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "c.txt:2") || !strings.Contains(stderr, "Nobody Known") || strings.Contains(stderr, "Pence") {
		t.Errorf("want one warning, for line 2 only: %s", stderr)
	}
	var out struct {
		Nodes struct {
			Nodes []struct{ Name, MergedBy string }
		}
	}
	gql(t, db, `{ nodes(kinds: [PERSON]) { nodes { ... on Actor { name mergedBy } } } }`, &out)
	if len(out.Nodes.Nodes) != 1 || out.Nodes.Nodes[0].Name != "Mike Pence" || out.Nodes.Nodes[0].MergedBy != "curation" {
		t.Errorf("stored actor not renamed: %+v", out.Nodes.Nodes)
	}
	if code, _, stderr := runCLI(t, "", "load", "--db", db); code != exitUsage || !strings.Contains(stderr, "PATH") {
		t.Errorf("no PATH, no --curation: exit %d, %s", code, stderr)
	}
	fresh := filepath.Join(dir, "fresh")
	if code, _, stderr := runCLI(t, "", "load", "--db", fresh, filepath.Join(dir, "nope.txt"), a1); code != exitRuntime || !strings.Contains(stderr, "nope.txt") {
		t.Errorf("missing path: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a load that failed on a missing path created the store %s (%v)", fresh, err)
	}
}

// fileWriter returns a function that writes text to the file name in dir and returns its path.
func fileWriter(t *testing.T, dir string) func(name, text string) string {
	return func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}

// storeWithPence loads one article naming "Vice President Pence" into a new store and returns
// the store's directory and a writer of files beside it.
func storeWithPence(t *testing.T) (db string, write func(name, text string) string, dir string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "db")
	write = fileWriter(t, dir)
	a1 := write("a1.txt", "Vice President Pence criticized China's tariffs on Monday.")
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", a1); code != 0 {
		t.Fatal(stderr)
	}
	return db, write, dir
}

// TestCurationCountryRule (new-user trial, session 11): a curation country rule gives the actor
// it names that country, visible in nodes(country:) at once; a code that is no country of
// data/lexicons/countries.txt is a usage error naming the file and line, and nothing is stored.
func TestCurationCountryRule(t *testing.T) {
	db, write, _ := storeWithPence(t)
	bad := write("bad.txt", "rename | Pence | Mike Pence\ncountry | Pence | XYZ\n")
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--curation", bad); code != exitUsage || !strings.Contains(stderr, "bad.txt:2") || !strings.Contains(stderr, "XYZ") {
		t.Fatalf("unknown country: exit %d, %s", code, stderr)
	}
	var out struct {
		Nodes struct {
			Nodes []struct{ Name, Country, MergedBy string }
		}
	}
	gql(t, db, `{ nodes(kinds: [PERSON]) { nodes { ... on Actor { name country mergedBy } } } }`, &out)
	if len(out.Nodes.Nodes) != 1 || out.Nodes.Nodes[0].Name != "Pence" || out.Nodes.Nodes[0].MergedBy != "" {
		t.Fatalf("a refused file changed the store: %+v", out.Nodes.Nodes)
	}
	good := write("good.txt", "country | Pence | usa\n")
	if code, stdout, stderr := runCLI(t, "", "load", "--db", db, "--curation", good); code != 0 || !strings.Contains(stdout, "stored 1 curation rule") {
		t.Fatalf("country rule: exit %d, %q, %s", code, stdout, stderr)
	}
	gql(t, db, `{ nodes(kinds: [PERSON], country: "USA") { nodes { ... on Actor { name country mergedBy } } } }`, &out)
	if len(out.Nodes.Nodes) != 1 || out.Nodes.Nodes[0].Country != "USA" || out.Nodes.Nodes[0].MergedBy != "curation" {
		t.Errorf("Pence should be USA by curation: %+v", out.Nodes.Nodes)
	}
}

// TestCurationRulesComposeInOneLoad (new-user trial, session 27): one load with a multi-rule file
// gives the actor that a same-as rule names the country and kind that later lines set, without a
// second load; the message for a rule whose name only a same-as rule of the file gives is a note
// that names that line, not a misspelling warning; a misspelt name is still warned about.
func TestCurationRulesComposeInOneLoad(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	write := fileWriter(t, dir)
	art := write("a1.txt", "The Ag Ministry criticized China's tariffs on Monday.")
	cur := write("c.txt", "same-as | Ag Ministry | Ministry of Agriculture (Poland)\ncountry | Ministry of Agriculture (Poland) | POL\nkind | Ministry of Agriculture (Poland) | GOVERNMENT\ncountry | Agriculture Minstry | POL\n")
	code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", "--curation", cur, art)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "from now on") || !strings.Contains(stderr, "c.txt:2") || !strings.Contains(stderr, "line 1") {
		t.Errorf("line 2 should be a note naming the same-as of line 1: %s", stderr)
	}
	if !strings.Contains(stderr, "warning: "+cur+":4") || strings.Contains(stderr, "warning: "+cur+":2") {
		t.Errorf("only line 4 (misspelt) should be a warning: %s", stderr)
	}
	var out struct {
		Nodes struct {
			Nodes []struct{ Name, Country, MergedBy string }
		}
	}
	gql(t, db, `{ nodes(kinds: [GOVERNMENT], country: "POL") { nodes { ... on Actor { name country mergedBy } } } }`, &out)
	if len(out.Nodes.Nodes) != 1 || out.Nodes.Nodes[0].Name != "Ministry of Agriculture (Poland)" || out.Nodes.Nodes[0].MergedBy != "curation" {
		t.Errorf("one load should give the joined actor POL and GOVERNMENT: %+v", out.Nodes.Nodes)
	}
}
