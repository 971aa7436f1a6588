package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmeQuery returns the GraphQL query of the README's curl example whose line holds marker:
// the JSON body after -d, decoded.
func readmeQuery(t *testing.T, marker string) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.Contains(line, marker) || !strings.Contains(line, "-d '") {
			continue
		}
		body := line[strings.Index(line, "-d '")+4 : strings.LastIndex(line, "'")]
		var req struct{ Query string }
		if err := json.Unmarshal([]byte(body), &req); err != nil {
			t.Fatalf("README example %q: %v", marker, err)
		}
		return req.Query
	}
	t.Fatalf("README has no curl example holding %q", marker)
	return ""
}

// TestREADMECountExamples runs the README's count example (new-user trial 18, A23) and its local
// filter example (A15) on the sample as written: the timeline and relationCounts give stance
// types only (no CLAIMS, MEMBER_OF or PART_OF bucket, though the sample has claims), and
// relations(local: false) answers.
func TestREADMECountExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustLoad(t, db, "../../data/samples/china-hard-line-trade-demands.txt")

	var all struct {
		Relations struct{ TotalCount int }
	}
	gql(t, db, `{ relations(types: [CLAIMS]) { totalCount } }`, &all)
	if all.Relations.TotalCount == 0 {
		t.Fatal("the sample has no CLAIMS: the test would prove nothing")
	}
	type result struct {
		Timeline struct {
			Buckets []struct{ Type string }
			Undated int
		}
		RelationCounts []struct{ Relations int }
	}
	// The sample is undated: its statements are the timeline's undated count. The example's
	// types leave the claims out of both counts, which the same query without them keeps.
	const stances = ", types: [OPPOSES, SUPPORTS, OFFERS, DEMANDS, THREATENS, SANCTIONS]"
	q := readmeQuery(t, "timeline(actor:")
	if strings.Count(q, stances) != 2 {
		t.Fatalf("the README's count example does not give the stance types to both counts: %s", q)
	}
	var with, without result
	gql(t, db, q, &with)
	gql(t, db, strings.ReplaceAll(q, stances, ""), &without)
	sum := func(r result) (n int) {
		for _, c := range r.RelationCounts {
			n += c.Relations
		}
		return n
	}
	if with.Timeline.Undated == 0 || sum(with) == 0 {
		t.Fatalf("the README's count example gives nothing on the sample: %+v", with)
	}
	if with.Timeline.Undated >= without.Timeline.Undated || sum(with) >= sum(without) {
		t.Errorf("types: left nothing out: undated %d vs %d, counts %d vs %d", with.Timeline.Undated, without.Timeline.Undated, sum(with), sum(without))
	}
	for _, b := range with.Timeline.Buckets {
		if b.Type == "CLAIMS" || b.Type == "MEMBER_OF" || b.Type == "PART_OF" {
			t.Errorf("the README's timeline example counts %s", b.Type)
		}
	}

	var local struct {
		Relations struct{ TotalCount int }
	}
	gql(t, db, readmeQuery(t, "local: false)"), &local)
}
