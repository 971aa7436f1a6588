package main

import (
	"archive/zip"
	"bufio"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportIsSelfContained: the JSONL export defines every article its evidence names (with
// metadata and the text the offsets point into), and GraphML edges carry the first evidence's
// rule, article and publication date.
func TestExportIsSelfContained(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(
		record("https://example.com/a", "Tariff row", "2021-03-03", "Test Wire",
			"Finance Minister Lucia Brandt said Chile opposed the new copper tariffs. Peru threatened to impose duties on Chilean wine.", "A. Reporter")+
			record("https://example.com/b", "More tariffs", "2022-05-01", "Test Wire",
				"Chile rejected the tariffs again on Monday, a spokesperson said.")), 0o644); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, db, in)

	code, out, errs := runCmd(t, "export", "--db", db, "--format", "jsonl")
	if code != exitOK {
		t.Fatalf("export jsonl: exit %d: %s", code, errs)
	}
	articles := map[string]map[string]any{}
	var rels []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line map[string]map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		if a, ok := line["article"]; ok {
			articles[a["id"].(string)] = a
		}
		if r, ok := line["relation"]; ok {
			rels = append(rels, r)
		}
	}
	if len(articles) != 2 || len(rels) == 0 {
		t.Fatalf("%d articles, %d relations in the export", len(articles), len(rels))
	}
	for _, r := range rels {
		for _, e := range r["evidence"].([]any) {
			ev := e.(map[string]any)
			a, ok := articles[ev["article"].(string)]
			if !ok {
				t.Fatalf("relation %v: evidence names article %v, which the export does not define", r["id"], ev["article"])
			}
			if _, ok := ev["cue_start"]; !ok {
				t.Errorf("evidence without cue_start: %v", ev)
			}
			text := []rune(a["text"].(string))
			start, end := int(ev["start"].(float64)), int(ev["end"].(float64))
			if string(text[start:end]) != ev["text"] {
				t.Errorf("evidence offsets %d..%d do not give its sentence %q", start, end, ev["text"])
			}
			if a["published"] == nil || a["url"] == nil {
				t.Errorf("article record without metadata: %v", a)
			}
		}
	}

	code, out, errs = runCmd(t, "export", "--db", db, "--format", "graphml")
	if code != exitOK {
		t.Fatalf("export graphml: exit %d: %s", code, errs)
	}
	var doc struct {
		Keys []struct {
			ID string `xml:"id,attr"`
		} `xml:"key"`
		Edges []struct {
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	dated := 0
	for _, e := range doc.Edges {
		got := map[string]string{}
		for _, d := range e.Data {
			got[d.Key] = d.Value
		}
		if got["rule"] == "" || !strings.HasPrefix(got["article"], "d_") {
			t.Errorf("edge without rule or article: %v", got)
		}
		if got["published"] == "2021-03-03" || got["published"] == "2022-05-01" {
			dated++
		}
	}
	if len(doc.Edges) == 0 || dated != len(doc.Edges) {
		t.Errorf("%d edges, %d with their article's date", len(doc.Edges), dated)
	}
}

// TestExportFormatsAndRestore: every format comes out of the command with the filters given as
// flags, CSV goes into a folder or a zip, and a JSON lines backup loaded with load --restore into
// an empty store exports again identically (the IDs kept).
func TestExportFormatsAndRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(
		record("https://example.com/a", "Tariff row", "2021-03-03", "Test Wire",
			"Chile opposed the new copper tariffs on Monday. Peru threatened to impose duties on Chilean wine.")+
			record("https://example.com/b", "More tariffs", "2022-05-01", "Test Wire",
				"Argentina supported the new copper tariffs. Chile rejected the new copper tariffs again.")), 0o644); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, db, in, "../../data/samples/china-hard-line-trade-demands.txt")

	for _, args := range [][]string{
		{"--format", "gexf"}, {"--format", "graphml", "--types", "opposes,supports"},
		{"--format", "cytoscape", "--from", "2022-01-01"}, {"--format", "gexf", "--actors-only", "--min-confidence", "0.5"},
		{"--format", "graphml", "--kinds", "COUNTRY,POLICY", "--to", "2021-12-31"},
	} {
		code, out, errs := runCmd(t, append([]string{"export", "--db", db}, args...)...)
		if code != exitOK || len(out) < 100 {
			t.Errorf("export %v: exit %d, %d bytes: %s", args, code, len(out), errs)
		}
	}
	code, out, _ := runCmd(t, "export", "--db", db, "--format", "cytoscape", "--from", "2022-01-01")
	if code != exitOK || strings.Contains(out, "threatened") || !strings.Contains(out, "rejected") {
		t.Errorf("--from 2022-01-01 keeps the 2022 sentences only: %s", out)
	}
	for _, bad := range [][]string{{"--format", "dot"}, {"--types", "LIKES"}, {"--from", "May 2022"}, {"--format", "jsonl", "--actors-only"}} {
		if code, _, errs := runCmd(t, append([]string{"export", "--db", db}, bad...)...); code != exitUsage {
			t.Errorf("export %v: exit %d, want %d (%s)", bad, code, exitUsage, errs)
		}
	}
	if code, _, errs := runCmd(t, "export", "--db", db, "--around", "a_nosuchnode"); code != exitRuntime || !strings.Contains(errs, "a_nosuchnode") {
		t.Errorf("unknown --around: exit %d: %s", code, errs)
	}

	csvDir := filepath.Join(dir, "csv")
	if code, _, errs := runCmd(t, "export", "--db", db, "--format", "csv", "-o", csvDir); code != exitOK {
		t.Fatalf("csv to a folder: %s", errs)
	}
	for _, name := range []string{"nodes.csv", "edges.csv", "evidence.csv", "articles.csv"} {
		if st, err := os.Stat(filepath.Join(csvDir, name)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	zipPath := filepath.Join(dir, "tables.zip")
	if code, _, errs := runCmd(t, "export", "--db", db, "--format", "csv", "-o", zipPath); code != exitOK {
		t.Fatalf("csv to a zip: %s", errs)
	}
	if zr, err := zip.OpenReader(zipPath); err != nil || len(zr.File) != 4 {
		t.Errorf("zip: %v", err)
	} else {
		zr.Close()
	}

	backup := filepath.Join(dir, "backup.jsonl")
	if code, _, errs := runCmd(t, "export", "--db", db, "--format", "jsonl", "-o", backup); code != exitOK {
		t.Fatalf("backup: %s", errs)
	}
	db2 := filepath.Join(dir, "restored")
	code, out, errs := runCmd(t, "load", "--db", db2, "--restore", backup)
	if code != exitOK || !strings.Contains(out, "read 3 articles: 3 restored, 0 unchanged;") {
		t.Fatalf("restore: exit %d: %s %s", code, out, errs)
	}
	_, again, _ := runCmd(t, "export", "--db", db2, "--format", "jsonl")
	first, _ := os.ReadFile(backup)
	if string(first) != again {
		t.Errorf("the restored store exports differently")
	}
	if code, out, _ := runCmd(t, "load", "--db", db2, "--restore", backup); code != exitOK || !strings.Contains(out, "read 3 articles: 0 restored, 3 unchanged;") {
		t.Errorf("restoring again changes something: %s", out)
	}
	if code, _, errs := runCmd(t, "load", "--db", db2, "--restore", in); code != exitRuntime || !strings.Contains(errs, "in.jsonl:1") {
		t.Errorf("an article file given to --restore: exit %d: %s", code, errs)
	}
}

// A one-file export gets the mode os.Create gives (0666 less the umask), as the CSV tables do,
// not CreateTemp's private 0600 (new-user trial 29, finding 18).
func TestCreateOutputMode(t *testing.T) {
	dir := t.TempDir()
	o, err := createOutput(filepath.Join(dir, "db"), filepath.Join(dir, "g.jsonl"), false)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, "g.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "plain"))
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	plain, _ := os.Stat(filepath.Join(dir, "plain"))
	if st.Mode().Perm() != plain.Mode().Perm() {
		t.Errorf("export mode %v, os.Create gives %v", st.Mode().Perm(), plain.Mode().Perm())
	}
}
