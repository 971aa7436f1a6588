package loader

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestDebugDump prints the graph of the file in $CLAIMGRAPH_DUMP (text, or an eval JSON article).
func TestDebugDump(t *testing.T) {
	p := os.Getenv("CLAIMGRAPH_DUMP")
	if p == "" {
		t.Skip("set CLAIMGRAPH_DUMP=file to print its graph")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	doc := input.Document{Source: p, Text: string(b)}
	if os.Getenv("CLAIMGRAPH_DUMP_READ") != "" {
		// read the file as `load` does (title, URL and dates from the file itself)
		err := input.Read(context.Background(), []string{p}, nil, func(d input.Document, err error) error {
			doc = d
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		view(extractDoc(t, doc)).dump(os.Stdout)
		return
	}
	var j struct{ URL, Title, Published, Text string }
	if json.Unmarshal(b, &j) == nil && j.Text != "" {
		doc = input.Document{Source: p, URL: j.URL, Title: j.Title, Published: j.Published, Text: j.Text}
	}
	g := extractDoc(t, doc)
	view(g).dump(os.Stdout)
}
