package loader_test

import (
	"fmt"
	"log"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

// Extracting one article: clean it, then extract actors, claims and relations with evidence.
func ExampleExtractor_Extract() {
	cl, err := input.NewCleaner()
	if err != nil {
		log.Fatal(err)
	}
	ex, err := loader.NewExtractor(data.FS) // lexicons load once; reuse ex for every article
	if err != nil {
		log.Fatal(err)
	}
	c, err := cl.Clean(input.Document{Source: "example", Text: "Greenfield Party MP Tessa Korr demanded a recount on Monday."})
	if err != nil {
		log.Fatal(err)
	}
	g, err := ex.Extract(c)
	if err != nil {
		log.Fatal(err)
	}
	name := map[string]string{}
	for _, n := range g.Nodes {
		name[n.ID] = n.Label()
	}
	for _, r := range g.Relations {
		ev := r.Evidence[0]
		fmt.Printf("%s %s -> %s (cue %q, rule %s)\n", name[r.Source], r.Type, name[r.Target], ev.Cue, ev.Rule)
	}
	// Output:
	// Tessa Korr MEMBER_OF -> Greenfield Party (cue "MP", rule title:modifier)
	// Tessa Korr DEMANDS -> recount (cue "demanded", rule frames:verb:cameo@7102)
}
