// Command actorlist prints every PERSON and ORGANIZATION node of a claimgraph store (and, with
// -all, every actor node), one per line, for a reviewer who judges which are real actors:
//
//	KIND<TAB>name<TAB>country<TAB>code<TAB>aliases (" / "-joined)<TAB>roles<TAB>rule[ local][ curation]
//
// sorted by kind and name. It only reads the store.
//
// Usage: go run ./tools/actorlist --db DIR [-all] [-o FILE]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

func main() {
	db := flag.String("db", "", "store directory")
	all := flag.Bool("all", false, "list every actor kind, not only PERSON and ORGANIZATION")
	out := flag.String("o", "", "output file (default standard output)")
	flag.Parse()
	if *db == "" {
		fmt.Fprintln(os.Stderr, "actorlist: --db is required")
		os.Exit(2)
	}
	if err := run(*db, *all, *out); err != nil {
		fmt.Fprintln(os.Stderr, "actorlist:", err)
		os.Exit(1)
	}
}

func run(dir string, all bool, out string) error {
	o := graph.DefaultOptions(dir)
	o.ReadOnly = true
	s, err := graph.Open(o)
	if err != nil {
		return err
	}
	defer s.Close()
	kinds := []graph.Kind{graph.Person, graph.Organization}
	if all {
		kinds = []graph.Kind{graph.Person, graph.Organization, graph.Government, graph.Country, graph.Group}
	}
	ctx := context.Background()
	var nodes []*graph.Node
	after := ""
	for {
		p, err := s.Nodes(ctx, graph.NodeFilter{Kinds: kinds}, graph.PageArgs{First: 1000, After: after})
		if err != nil {
			return err
		}
		nodes = append(nodes, p.Items...)
		if !p.HasNext || len(p.Cursors) == 0 {
			break
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].Kind != nodes[j].Kind {
			return nodes[i].Kind > nodes[j].Kind // PERSON before ORGANIZATION
		}
		return nodes[i].Name < nodes[j].Name
	})
	var w io.Writer = os.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	count := map[graph.Kind]int{}
	for _, n := range nodes {
		count[n.Kind]++
		var roles []string
		for _, r := range n.Roles {
			roles = append(roles, r.Title)
		}
		flags := ""
		if n.Local {
			flags += " local"
		}
		if n.MergedBy != "" {
			flags += " " + n.MergedBy
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s%s\n", n.Kind, n.Name, n.ActorCountry(), n.Code,
			strings.Join(n.Aliases, " / "), strings.Join(roles, "; "), n.Rule, flags)
	}
	for _, k := range kinds {
		fmt.Fprintf(w, "# %s %d\n", k, count[k])
	}
	return nil
}
