package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
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

// openExistingStore opens the store in g.db for a command that reads a store a load made (query,
// stats, export, delete, serve): a directory that does not exist is a mistyped --db or a store
// never loaded, and is reported as such instead of Badger's stat error (or, opened for writing,
// a new empty store created where the user did not mean one).
func openExistingStore(g *globals, readOnly bool) (*graph.Store, error) {
	if err := storeExists(g); err != nil {
		return nil, err
	}
	return openStore(g, readOnly)
}

// storeExists is nil when g.db exists; otherwise an error saying there is no store there and how
// to make one, in the words of the usage line of load.
func storeExists(g *globals) error {
	if _, err := os.Stat(g.db); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no store at %s (run 'claimgraph load --db %s FILES' first)", g.db, g.db)
	}
	return nil
}
