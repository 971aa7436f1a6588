package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestWholeDocReadout21 loads each whole document of testdata/wholedoc21/readout21 (readouts of
// calls and meetings, a briefing whose opening remarks carry a readout, a wire story, and a near
// miss with one principal who "spoke with reporters"; invented wording) as the loader reads an
// article, and checks the expectations of its gold.txt: the pair a heading or first sentence
// introduces, past header lines, is the source of "The two …", "The two ministers …" and "They
// …" (relation_meetingpair.go), and in a spokesperson's turn the pair an earlier sentence of the
// turn names (relation_meetingpair_turn.go).
func TestWholeDocReadout21(t *testing.T) {
	dir := filepath.Join("testdata", "wholedoc21", "readout21")
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
