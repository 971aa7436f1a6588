package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestReadmeTableIsCurrent: the README's relation-type table is what the generator writes from
// the committed cameo-types.txt (finding A7 of trial 18: it must not be typed by hand and drift).
func TestReadmeTableIsCurrent(t *testing.T) {
	want, err := readmeOutput(dataDir, "../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("README.md's relation-type table differs from what the generator writes: run go run ./cmd/claimgraph-cues")
	}
}

// TestRelTypeTable checks the table on a small hand table of invented rows: a root listed with
// its exceptions, a sub-code that gives a type its root does not, a block row, and the future and
// conditional columns read apart.
func TestRelTypeTable(t *testing.T) {
	src := strings.Join([]string{
		"11   | OPPOSES  | = | = | r",
		"115  | OPPOSES  | THREATENS | THREATENS | r",
		"13   | THREATENS | = | = | r",
		"16   | SANCTIONS | THREATENS | - | r",
		"17   | SANCTIONS | THREATENS | THREATENS | r",
		"173  | OPPOSES  | = | = | r",
		"173@APPREHEND | SANCTIONS | THREATENS | THREATENS | r",
	}, "\n")
	ty, err := parseTypes(strings.NewReader(src), "test")
	if err != nil {
		t.Fatal(err)
	}
	table := string(relTypeTable(ty, nil))
	for _, want := range []string{
		"| `OPPOSES` | 11, 173 (not 173 APPREHEND) | 11 (not 115), 173 (not 173 APPREHEND) | 11 (not 115), 173 (not 173 APPREHEND) |",
		"| `THREATENS` | 13 | 115, 13, 16, 17 (not 173), 173 APPREHEND | 115, 13, 17 (not 173), 173 APPREHEND |",
		"| `SANCTIONS` | 16, 17 (not 173), 173 APPREHEND | — | — |",
		"| `DEMANDS` | — | — | — |",
	} {
		if !strings.Contains(table, want) {
			t.Errorf("no row %q in\n%s", want, table)
		}
	}
	if _, err := spliceReadme([]byte("# no markers\n"), []byte(table), "R.md"); err == nil {
		t.Error("a README without the markers: no error")
	}
}
