package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// A family name marked by capitals is the node's Family whatever the country's name order
// (Japan is not in surnamefirst.txt), so that a later article's "Ishiba" joins Ishiba Shigeru by
// the surname index; a name written given name first without the capitals keeps Family empty.
func TestCapitalsSurnameFamily(t *testing.T) {
	g := extractDoc(t, wholeDocFile(t, "testdata/wholedoc26/nodes26", "t4_japan_readout.txt"))
	fam := map[string]string{}
	for _, n := range g.Nodes {
		if n.Kind == graph.Person {
			fam[n.Name] = n.Family
		}
	}
	if fam["Ishiba Shigeru"] != "ishiba" || fam["Iwaya Takeshi"] != "iwaya" {
		t.Errorf("families %q: want ishiba and iwaya", fam)
	}
	if f, ok := fam["William Samoei Ruto"]; !ok || f != "" {
		t.Errorf("Ruto: family %q (present %v), want the last word (empty Family)", f, ok)
	}
}
