package main

import (
	"fmt"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// openStore opens the store in g.db. Errors name the directory and, for a store another process
// holds, say so plainly instead of Badger's lock message.
func openStore(g *globals, readOnly bool) (*graph.Store, error) {
	s, err := graph.Open(graph.DefaultOptions(g.db).WithReadOnly(readOnly))
	if err != nil {
		if strings.Contains(err.Error(), "directory lock") {
			return nil, fmt.Errorf("store %s is in use by another claimgraph process (stop it, or query it over HTTP): %w", g.db, err)
		}
		return nil, fmt.Errorf("store %s: %w", g.db, err)
	}
	return s, nil
}
