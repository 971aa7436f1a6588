package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// readCSV reads one table of a CSV export folder as rows keyed by the header.
func readCSV(t *testing.T, dir, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// TestCSVArticlesJoinEvidence: the CSV export's articles.csv (finding A5 of trial 18) holds each
// article's metadata and cleaned text; evidence.csv joins it on article = id, and every row's
// start..end and cue_start..cue_end, counted in code points, slice the sentence and the cue out of
// that text, as Python's str slicing does. The texts hold accented letters, curly quotes and a
// character outside the Basic Multilingual Plane, so byte or UTF-16 offsets would not slice right.
// With --types the table keeps the articles the kept evidence names; the whole store, every one.
func TestCSVArticlesJoinEvidence(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(
		record("https://example.com/a", "Café row 🌶", "2021-03-03", "Test Wire",
			"“Tariffs hurt us,” said José Núñez. Colombia opposed the new copper tariffs on Monday. Peru threatened to impose duties on Chilean wine.", "A. Reporter", "B. Writer")+
			record("https://example.com/b", "Tariffs again", "2022-05-01", "Test Wire",
				"Argentina supported the new copper tariffs. Chile rejected the new copper tariffs again.")+
			record("https://example.com/c", "Weather", "2022-06-01", "Test Wire",
				"It rained in the capital on Tuesday.")), 0o644); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, db, in)

	for _, tc := range []struct {
		name     string
		args     []string
		articles int
	}{
		{"whole store", nil, 3},
		{"opposes only", []string{"--types", "OPPOSES"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "tables")
			args := append([]string{"export", "--db", db, "--format", "csv", "-o", out}, tc.args...)
			if code, _, errs := runCmd(t, args...); code != exitOK {
				t.Fatalf("export: %s", errs)
			}
			arts := readCSV(t, out, "articles.csv")
			if len(arts) != tc.articles {
				t.Fatalf("%d article rows, want %d: %v", len(arts), tc.articles, arts)
			}
			byID := map[string]map[string]string{}
			for _, a := range arts {
				byID[a["id"]] = a
				if a["text"] == "" || a["published_source"] == "" || a["published"] == "" || a["outlet"] != "Test Wire" {
					t.Errorf("article row without text or metadata: %v", a)
				}
				if a["url"] == "https://example.com/a" && (a["authors"] != "A. Reporter; B. Writer" || a["title"] != "Café row 🌶") {
					t.Errorf("article a: authors %q, title %q", a["authors"], a["title"])
				}
			}
			ev := readCSV(t, out, "evidence.csv")
			if len(ev) == 0 {
				t.Fatal("no evidence rows")
			}
			for _, row := range ev {
				a := byID[row["article"]]
				if a == nil {
					t.Fatalf("evidence row names article %s, which articles.csv lacks", row["article"])
				}
				if row["title"] != a["title"] || row["url"] != a["url"] || row["date"] != a["published"] {
					t.Errorf("evidence row %v disagrees with its article row %v", row, a)
				}
				text := []rune(a["text"])
				start, _ := strconv.Atoi(row["start"])
				end, _ := strconv.Atoi(row["end"])
				if end > len(text) || string(text[start:end]) != row["text"] {
					t.Errorf("start..end %d..%d do not slice %q out of the article text", start, end, row["text"])
				}
				if row["cue_end"] != "" {
					cs, _ := strconv.Atoi(row["cue_start"])
					ce, _ := strconv.Atoi(row["cue_end"])
					if string(text[cs:ce]) != row["cue"] {
						t.Errorf("cue_start..cue_end %d..%d give %q, want %q", cs, ce, string(text[cs:ce]), row["cue"])
					}
				}
			}
			nodes := readCSV(t, out, "nodes.csv")
			for _, n := range nodes {
				if !slices.Contains([]string{"true", "false"}, n["local"]) {
					t.Errorf("node %v: local %q, want true or false", n["label"], n["local"])
				}
			}
		})
	}
}

// TestExportOntoExistingOutput (new-user trial, session 27): a valid command line whose -o names
// an output that exists is a runtime refusal (exit 1, not the usage error 2), whose message names
// the path and what to do; nothing is overwritten. A new folder is accepted.
func TestExportOntoExistingOutput(t *testing.T) {
	db, _, dir := storeWithPence(t)
	folder := filepath.Join(dir, "out")
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"gexf", "graphml", "cytoscape", "jsonl"} {
		code, _, stderr := runCLI(t, "", "export", "--db", db, "--format", f, "-o", folder)
		if code != exitRuntime || !strings.Contains(stderr, folder) || !strings.Contains(stderr, "folder") || strings.Contains(stderr, "Run 'claimgraph --help'") {
			t.Errorf("--format %s onto a folder: exit %d, %s", f, code, stderr)
		}
	}
	if code, _, stderr := runCLI(t, "", "export", "--db", db, "--format", "csv", "-o", folder); code != exitOK {
		t.Fatalf("csv into an empty folder: exit %d, %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "", "export", "--db", db, "--format", "csv", "-o", folder)
	if code != exitRuntime || !strings.Contains(stderr, folder) || !strings.Contains(stderr, "--force") || !strings.Contains(stderr, "new folder") {
		t.Errorf("csv onto a folder holding the tables: exit %d, %s", code, stderr)
	}
	file := filepath.Join(dir, "a1.txt")
	if code, _, stderr := runCLI(t, "", "export", "--db", db, "--format", "csv", "-o", file); code != exitRuntime || !strings.Contains(stderr, file) {
		t.Errorf("csv onto a file: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "export", "--db", db, "--format", "csv", "-o", filepath.Join(dir, "new")); code != exitOK {
		t.Errorf("csv into a new folder: exit %d, %s", code, stderr)
	}
}
