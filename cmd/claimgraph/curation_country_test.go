package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCurationCountryRule (new-user trial, session 11): a curation country rule gives the actor
// it names that country, visible in nodes(country:) at once; a code that is no country of
// data/lexicons/countries.txt is a usage error naming the file and line, and nothing is stored.
func TestCurationCountryRule(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	write := fileWriter(t, dir)
	a1 := write("a1.txt", "Vice President Pence criticized China's tariffs on Monday.")
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", a1); code != 0 {
		t.Fatal(stderr)
	}
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
