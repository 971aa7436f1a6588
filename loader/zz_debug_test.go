package loader

import (
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("ZZF")
	if f == "" {
		t.Skip()
	}
	g := extractDoc(t, wholeDocFile(t, "testdata/wholedoc26/nodes26", f))
	name := map[string]string{}
	for _, n := range g.Nodes {
		name[n.ID] = n.Name
	}
	for _, m := range g.Mentions {
		t.Logf("%-30q -> %s [%s]", m.Text, name[m.NodeID], m.Rule)
	}
}
