package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadNotesNearDuplicate: nu19 A12 — a corrected copy of a statement (same file name in another
// folder, same title and date, one phrase changed) was stored as a second article with no note,
// doubling its relations' evidence. It is still stored, but the load says which stored article it
// nearly repeats, the summary counts it, and Article.nearDuplicateOf names the first copy.
func TestLoadNotesNearDuplicate(t *testing.T) {
	dir := t.TempDir()
	statement := func(folder, text string) string {
		t.Helper()
		b, _ := json.Marshal(map[string]string{"title": "Statement by the Foreign Minister on the Strait", "published": "2026-03-03", "text": text})
		p := filepath.Join(dir, folder, "statement.json")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := "Norway strongly condemns the attacks on merchant ships in the strait. These attacks endanger " +
		"freedom of navigation and must stop immediately. Norway calls on all parties to respect international law."
	first := statement("v1", text)
	corrected := statement("v2", strings.Replace(text, "must stop", "must cease", 1))
	db := filepath.Join(t.TempDir(), "db")
	if out := mustLoad(t, db, first); strings.Contains(out, "near-duplicate") {
		t.Fatalf("first load: %s", out)
	}
	code, out, errs := runCmd(t, "load", "--db", db, "--no-progress", corrected)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	arts := articlesOf(t, db)
	if len(arts) != 2 {
		t.Fatalf("want both copies stored, have %d", len(arts))
	}
	var d struct {
		Articles struct {
			Nodes []struct {
				ID              string
				NearDuplicateOf *struct{ ID string }
			}
		}
	}
	gql(t, db, `{ articles { nodes { id nearDuplicateOf { id } } } }`, &d)
	firstID, copyID := "", ""
	for _, n := range d.Articles.Nodes {
		if n.NearDuplicateOf != nil {
			firstID, copyID = n.NearDuplicateOf.ID, n.ID
		}
	}
	if firstID == "" || firstID == copyID {
		t.Fatalf("no article names its first copy: %+v", d)
	}
	for _, want := range []string{
		"statement.json: near-duplicate of stored article " + firstID + " (same title and date",
		"1 new",
		"1 stored as near-duplicates of stored articles",
	} {
		if !strings.Contains(out+errs, want) {
			t.Errorf("load output lacks %q:\n%s%s", want, out, errs)
		}
	}
	// a reload of the corrected copy: unchanged, no note
	if _, out, errs := runCmd(t, "load", "--db", db, "--no-progress", corrected); strings.Contains(out+errs, "near-duplicate") || !strings.Contains(out, "1 unchanged") {
		t.Errorf("reload:\n%s%s", out, errs)
	}
}
