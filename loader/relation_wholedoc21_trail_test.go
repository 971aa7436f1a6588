package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// trail21Floor is the number of gold lines of testdata/wholedoc21/trail21 that
// TestWholeDocTrail21Gold must get right. Main at the start of branch trail21 got 21 of 34; the
// figure is the branch's and may only rise.
const trail21Floor = 28

// TestWholeDocTrail21Gold loads the invented wire stories of testdata/wholedoc21/trail21 whole
// (Read and extract on the full text, as `load` does) and scores gold.tsv line by line: a line
// "file TYPE source keywords" is right when a relation of that type from the node named source
// has a target whose label holds every keyword; "!TYPE" lines are right when there is none ("" as
// source: from any node). -v prints the tally by file and every line that is not right.
func TestWholeDocTrail21Gold(t *testing.T) {
	dir := filepath.Join("testdata", "wholedoc21", "trail21")
	b, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	views := map[string]*graphView{}
	right, total := 0, 0
	for n, ln := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 4 {
			t.Fatalf("%s/gold.tsv:%d: want file<TAB>type<TAB>source<TAB>keywords", dir, n+1)
		}
		v := views[f[0]]
		if v == nil {
			v = view(readExtract(t, filepath.Join(dir, f[0])))
			views[f[0]] = v
		}
		typ, neg := strings.CutPrefix(f[1], "!")
		found := len(v.rels(graph.RelType(typ), f[2], strings.Fields(f[3])...)) > 0
		total++
		if found != neg {
			right++
		} else {
			t.Logf("not right: %s", ln)
		}
	}
	t.Logf("wholedoc21/trail21: %d of %d right", right, total)
	if right < trail21Floor {
		t.Errorf("wholedoc21/trail21: %d right, floor %d", right, trail21Floor)
	}
}
