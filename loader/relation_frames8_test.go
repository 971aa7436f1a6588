package loader

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// frames8Row is one sentence of testdata/frames8/constructions.tsv: its id, the construction it
// exercises, its gold lines and the sentence.
type frames8Row struct {
	id, construction, text string
	gold                   []string
}

// readFrames8Set reads testdata/frames8/constructions.tsv (readConstructionSet).
func readFrames8Set(t testing.TB) []frames8Row {
	return readConstructionSet(t, "testdata/frames8/constructions.tsv")
}

// readConstructionSet reads a constructions set (columns: id, construction, gold lines joined by
// " ; ", text; '#' lines are comments; a literal "\n" in the text is a paragraph break).
func readConstructionSet(t testing.TB, path string) []frames8Row {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []frames8Row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("%s: want 4 columns: %q", path, line)
		}
		text := strings.ReplaceAll(cols[3], `\n`, "\n\n")
		rows = append(rows, frames8Row{id: cols[0], construction: cols[1], gold: strings.Split(cols[2], " ; "), text: text})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// frames8Forbidden scores a line "!TYPE Src|Alt": true when no non-negated relation of TYPE has
// one of the sources.
func frames8Forbidden(g *graph.ArticleGraph, v *graphView, w string) bool {
	typ, srcs, _ := strings.Cut(strings.TrimPrefix(w, "!"), " ")
	for _, r := range g.Relations {
		if string(r.Type) == typ && !r.Negated && unseenSourceIs(v.byID[r.Source], strings.Split(srcs, "|")) {
			return false
		}
	}
	return true
}

// TestFrames8Set scores the constructions set: gold lines right in type and source, and in full,
// overall and per construction; -v logs each miss with the relations found. The floors are the
// figures on main at the branch point (so the test catches regressions; they are not targets).
func TestFrames8Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readFrames8Set(t))
	t.Logf("frames8 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 94, 90 // of 102; main at the branch point (c441497): 90, 84
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}

// constructionSetFloor scores the constructions set at path (scoreConstructionSet), logs its
// figures under name and fails below the floors (type+source, full).
func constructionSetFloor(t *testing.T, name, path string, floorSrc, floorFull int) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, path))
	t.Logf("%s set: type+source %d/%d, full %d/%d", name, src, total, full, total)
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}

// scoreConstructionSet scores a constructions set: gold lines right in type and source, and in
// full (a "!" line counts in both when it holds), overall and per construction; it logs each
// miss with the relations found, and the tally per construction.
func scoreConstructionSet(t *testing.T, rows []frames8Row) (src, full, total int) {
	tally := newGoldTally()
	for _, row := range rows {
		g := extractText(t, row.text)
		v := view(g)
		var misses []string
		for _, w := range row.gold {
			okSrc, okFull := false, false
			if strings.HasPrefix(w, "!") {
				okSrc = frames8Forbidden(g, v, w)
				okFull = okSrc
			} else {
				okSrc, okFull = goldLineHit(g, v, w)
			}
			tally.add(row.construction, okSrc, okFull)
			if !okFull {
				misses = append(misses, "miss: "+w)
			}
		}
		if len(misses) > 0 {
			misses = append(misses, foundRelations(g, v)...)
			t.Logf("[%s %s] %s\n    %s", row.id, row.construction, row.text, strings.Join(misses, "\n    "))
		}
	}
	keys := make([]string, 0, len(tally.per))
	for k := range tally.per {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := tally.per[k]
		t.Logf("%-12s type+source %d/%d, full %d/%d", k, c[0], c[2], c[1], c[2])
	}
	return tally.src, tally.full, tally.total
}

// TestFrames8WireTime (issue 13, frames8): a medial time adjunct opened by "late on" or "early
// on" is left out of the parse like "on Friday" (relation_wire.go wireLeaveOut).
func TestFrames8WireTime(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Peru's foreign ministry early on Tuesday condemned the attack on its consulate.", "OPPOSES Peru|foreign ministry -> attack"},
		{"Bolivia late on Sunday expelled two Chilean diplomats.", "SANCTIONS Bolivia -> diplomats"},
		{"Ghana's interior ministry late on Saturday condemned the killing of two soldiers.", "OPPOSES Ghana|interior ministry -> killing"},
		{"Nepal's foreign ministry early on Monday rejected the new Indian map.", "OPPOSES Nepal|foreign ministry -> map"},
		{"Chile's government late on Wednesday rejected the proposal.", "OPPOSES Chile -> proposal"},
		{"Uruguay's foreign ministry late on Friday condemned the raid on the embassy.", "OPPOSES Uruguay|foreign ministry -> raid"},
		{"Panama's foreign ministry late on Friday denounced the seizure of the ship.", "OPPOSES Panama|foreign ministry -> seizure"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s", c.text, c.want)
		}
	}
}

// TestFrames8ConjoinedContent (issue 13, frames8): each conjoined infinitive of a stance verb is
// an act of its own, named in its own relation.
func TestFrames8ConjoinedContent(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Serbia threatened to expel the envoy and to close the border crossing.", "THREATENS Serbia -> clos"},
		{"Serbia threatened to expel the envoy and to close the border crossing.", "THREATENS Serbia -> expel"},
		{"Chile offered to host the summit and to pay for the security.", "OFFERS Chile -> pay"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s", c.text, c.want)
		}
	}
}
