package main

import (
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
