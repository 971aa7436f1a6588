package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestWholeDoc21Nodes loads the nodes21 whole documents (loader/testdata/wholedoc21/nodes21:
// a ministry's release, a briefing transcript, a wire story, a presidency's statement, written for
// these rules) and checks the node verdicts of their gold file on the full text, as a load
// extracts it: the country of a person under a formal portfolio title in a state's own statement
// (formalPortfolioTitle), the "Office of the President" of the issuing state
// (officeOfStateTitle), the office of an international official (intlOfficeOf), a state's
// commission named with its genitive (statePossessedBody). Lines marked "open" are logged.
func TestWholeDoc21Nodes(t *testing.T) {
	dir := filepath.Join("testdata", "wholedoc21", "nodes21")
	b, err := os.ReadFile(filepath.Join(dir, "gold.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	var open []string
	var files []string
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f, e, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("gold line without a tab: %q", l)
		}
		if _, seen := want[f]; !seen {
			files = append(files, f)
		}
		if o, isOpen := strings.CutPrefix(e, "open "); isOpen {
			open = append(open, f+": "+o)
			want[f] = append(want[f], "")
			continue
		}
		want[f] = append(want[f], e)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			var exps []string
			for _, e := range want[f] {
				if e != "" {
					exps = append(exps, e)
				}
			}
			checkExpect(t, extractDoc(t, input.Document{Source: f, Text: string(text)}), exps)
		})
	}
	t.Logf("open verdicts (no general rule here):\n%s", strings.Join(open, "\n"))
}
