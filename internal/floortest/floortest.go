// Package floortest checks a package's place in the extraction's floors (docs/layout/plan.md
// step 8): the claimgraph packages it depends on, directly or not, must all be among those
// allowed. The packages moved out of the loader by tools/splitfloor (doc, segment, actors) each
// hold a TestFloor that calls Check.
package floortest

import (
	"os/exec"
	"strings"
	"testing"
)

// module is the import path prefix of claimgraph's own packages.
const module = "github.com/claimgraph/claimgraph/"

// Check runs `go list -deps .` in the test's package directory (the go command runs a package's
// tests there) and fails t for every claimgraph package among the dependencies whose path below
// the module (e.g. "lexicon", "data/wordclasses") is not in allowed. name is the package named in
// the failure messages. Test-only imports are not dependencies here (go list without -test).
func Check(t *testing.T, name string, allowed ...string) {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	ok := map[string]bool{name: true}
	for _, a := range allowed {
		ok[a] = true
	}
	for _, p := range strings.Fields(string(out)) {
		if rest, own := strings.CutPrefix(p, module); own && !ok[rest] {
			t.Errorf("%s depends on %s", name, p)
		}
	}
}
