package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestWholeDocTargets21 loads each whole document of testdata/wholedoc21/targets21 (wire stories
// and a ministry press release; invented wording) as the loader reads an article, and checks the
// expectations of its gold.txt: the target of a support verb over a possessive stance noun is the
// noun's complement (frames/stancecomplement.go). Lines marked "# open:" in the gold are known
// misses left for later.
func TestWholeDocTargets21(t *testing.T) {
	dir := filepath.Join("testdata", "wholedoc21", "targets21")
	gold, err := os.ReadFile(filepath.Join(dir, "gold.txt"))
	if err != nil {
		t.Fatal(err)
	}
	views := map[string]*graphView{}
	for _, line := range strings.Split(string(gold), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 4 {
			t.Fatalf("gold line %q: want FILE | TYPE | SOURCE | TARGET", line)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		v := views[f[0]]
		if v == nil {
			b, err := os.ReadFile(filepath.Join(dir, f[0]))
			if err != nil {
				t.Fatal(err)
			}
			v = view(extractDoc(t, input.Document{Source: f[0], Text: string(b)}))
			views[f[0]] = v
		}
		typ, not := strings.CutPrefix(f[1], "!")
		got := len(v.rels(graph.RelType(typ), f[2], f[3])) > 0
		switch {
		case !not && !got:
			t.Errorf("%s: no %s %s -> %q", f[0], typ, f[2], f[3])
		case not && got:
			t.Errorf("%s: unexpected %s %s -> %q", f[0], typ, f[2], f[3])
		}
	}
}
