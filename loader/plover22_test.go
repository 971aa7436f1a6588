package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// ploverRow is one line of a frames/testdata/plover22 fixture: an id, a group (the PLOVER type,
// or the scope class), the activity or construction, the gold checks and the sentence.
type ploverRow struct {
	id, group, activity, sentence string
	gold                          []string
}

// readPloverRows reads a tab-separated fixture of frames/testdata (comment lines start with #);
// name is a file of plover22/ or a path under frames/testdata ("frames23/dev.tsv").
func readPloverRows(t *testing.T, name string) []ploverRow {
	t.Helper()
	path := filepath.Join("..", "frames", "testdata", "plover22", name)
	if strings.Contains(name, "/") {
		path = filepath.Join("..", "frames", "testdata", filepath.FromSlash(name))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []ploverRow
	for n, ln := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 5 {
			t.Fatalf("%s:%d: want 5 tab-separated columns, have %d", name, n+1, len(f))
		}
		rows = append(rows, ploverRow{id: f[0], group: f[1], activity: f[2], gold: strings.Split(f[3], " ; "), sentence: f[4]})
	}
	return rows
}

// ploverCheck reports whether one gold check holds on g, and why not. A check is
// "TYPE Src1|Src2 -> kw1|kw2" (a relation of TYPE, not negated, from a node named one of the
// sources or a name that starts with one and a space, whose target label holds one of the words;
// no "->" means any target; "TYPE1|TYPE2" accepts either type) or "!TYPE Src1|…"
// (no such relation that is not negated, hedged or not).
func ploverCheck(v *graphView, check string) (bool, string) {
	neg := strings.HasPrefix(check, "!")
	check = strings.TrimPrefix(check, "!")
	typ, rest, _ := strings.Cut(check, " ")
	srcs, tgts, _ := strings.Cut(rest, " -> ")
	var ids []string
	for _, s := range strings.Split(strings.TrimSpace(srcs), "|") {
		if n := v.node(s); n != nil {
			ids = append(ids, n.ID)
		}
		// a source named with its place ("Protesters in Serbia") is the source named
		for _, n := range v.g.Nodes {
			if strings.HasPrefix(graph.NormalizeName(n.Name), graph.NormalizeName(s)+" ") {
				ids = append(ids, n.ID)
			}
		}
	}
	found := 0
	for _, r := range v.g.Relations {
		if !containsString(strings.Split(typ, "|"), string(r.Type)) || r.Negated || !containsString(ids, r.Source) {
			continue
		}
		lab := foldText(v.label(r.Target))
		ok := tgts == ""
		for _, k := range strings.Split(tgts, "|") {
			ok = ok || k != "" && strings.Contains(lab, foldText(k))
		}
		if ok {
			found++
		}
	}
	if (found > 0) == neg {
		return false, fmt.Sprintf("%s%s: %d found", map[bool]string{true: "!"}[neg], check, found)
	}
	return true, ""
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// scorePlover runs every row of a fixture through the extractor and returns, per group, rows
// whose checks all hold and rows in all, with one line per miss (the graph's relations beside it).
func scorePlover(t *testing.T, rows []ploverRow) (hit, all map[string]int, misses []string) {
	hit, all = map[string]int{}, map[string]int{}
	for _, r := range rows {
		v := view(extractText(t, r.sentence))
		all[r.group]++
		var why []string
		for _, c := range r.gold {
			if ok, w := ploverCheck(v, c); !ok {
				why = append(why, w)
			}
		}
		if len(why) == 0 {
			hit[r.group]++
			continue
		}
		var have []string
		for _, rel := range v.g.Relations {
			have = append(have, fmt.Sprintf("%s%s %s -> %s", map[bool]string{true: "!"}[rel.Negated], rel.Type, v.label(rel.Source), v.label(rel.Target)))
		}
		misses = append(misses, fmt.Sprintf("%s [%s] %s\n    miss: %s\n    have: %s", r.id, r.activity, r.sentence, strings.Join(why, "; "), strings.Join(have, "; ")))
	}
	return hit, all, misses
}

// checkPloverFixture scores a plover22 fixture, logs the figures per group and the misses
// (go test -v), and fails when a group falls under its floor.
func checkPloverFixture(t *testing.T, name string, floors map[string]int) {
	hit, all, misses := scorePlover(t, readPloverRows(t, name))
	var groups []string
	for g := range all {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	sum, n := 0, 0
	for _, g := range groups {
		t.Logf("%-22s %2d/%2d", g, hit[g], all[g])
		sum += hit[g]
		n += all[g]
		if hit[g] < floors[g] {
			t.Errorf("%s: %d/%d rows hold, floor %d", g, hit[g], all[g], floors[g])
		}
	}
	t.Logf("%s: %d/%d rows hold\n%s", name, sum, n, strings.Join(misses, "\n"))
}

// TestPloverCoverage (issue 13, frames22) scores frames/testdata/plover22/coverage.tsv: three
// sentences of our own for each activity the PLOVER manual lists under SANCTION, THREATEN,
// DEMAND, REJECT and CONCEDE. Floors are the rows that hold today; raise them, never lower them.
func TestPloverCoverage(t *testing.T) {
	checkPloverFixture(t, "coverage.tsv", map[string]int{
		"SANCTION": 22, "THREATEN": 48, "DEMAND": 28, "REJECT": 23, "CONCEDE": 12, // of 27, 51, 30, 27, 18
	})
}

// TestEmbeddedScope (issue 13, frames22) scores frames/testdata/plover22/embedded.tsv: stance
// acts inside another's belief, expectation, prediction, hope, fear or report are not asserted,
// and the named holder claims. Floors as TestPloverCoverage.
func TestEmbeddedScope(t *testing.T) {
	checkPloverFixture(t, "embedded.tsv", map[string]int{
		"belief verb": 3, "belief noun": 1, "expectation verb": 2, "expectation noun": 1, // of 5, 1, 2, 1
		"prediction verb": 1, "hope verb": 1, "fear verb": 2, "fear noun": 2, // of 2, 1, 2, 2
		"report verb": 0, "report noun": 3, "raising": 3, "likelihood adjective": 2, // of 4, 3, 4, 2
		"according to": 0, "control": 2, // of 2, 2
	})
}
