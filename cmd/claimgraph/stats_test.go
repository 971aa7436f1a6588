package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStatsBreakdown: stats prints its four totals alone, and with --breakdown the counts by node
// kind, relation type and country after them ("-" for an actor of no known country).
func TestStatsBreakdown(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Kenya condemned the tariffs imposed by Uganda.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", article); code != exitOK {
		t.Fatalf("load: exit %d: %s%s", code, out, stderr)
	}
	_, plain, _ := runCLI(t, "", "stats", "--db", db)
	if strings.Contains(plain, "by kind") {
		t.Errorf("stats without --breakdown prints a breakdown:\n%s", plain)
	}
	code, out, stderr := runCLI(t, "", "stats", "--db", db, "--breakdown")
	if code != exitOK || !strings.HasPrefix(out, plain) {
		t.Fatalf("stats --breakdown: exit %d, want the totals first:\n%s%s", code, out, stderr)
	}
	for _, want := range []string{"\nnodes by kind\n", "  COUNTRY\t", "\nrelations by type\n", "  OPPOSES\t1\n", "\nactors by country\n", "  KEN\t", "\nrelations by source country\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats --breakdown lacks %q:\n%s", want, out)
		}
	}
}
