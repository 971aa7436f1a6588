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
			info, known := readServeInfo(g.db)
			if g.loads {
				return nil, hintError{msg: loadHeldAdvice(g.db, info, known), cause: err}
			}
			instead := withServeAddr(g.overHTTP, info, known)
			if instead == "" {
				instead = "send queries to the running server over HTTP (POST /graphql)"
			}
			who := "another claimgraph process (a running serve or load holds it)"
			if known {
				who = fmt.Sprintf("a running claimgraph serve (pid %d, http://%s)", info.PID, info.Addr)
			}
			return nil, hintError{
				msg:   fmt.Sprintf("store %s is in use by %s; stop that process and try again, or %s", g.db, who, instead),
				cause: err,
			}
		}
		return nil, fmt.Errorf("store %s: %w", g.db, err)
	}
	if !readOnly {
		removeStaleServeInfo(g.db) // no serve holds a store this process could open for writing
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

// hintError is a runtime error whose message says what happened and what to do, in the user's
// terms; the internal cause (Badger's lock text, "graph: not found") is printed only with
// --verbose (see errorText).
type hintError struct {
	msg   string
	cause error
}

func (e hintError) Error() string { return e.msg }
func (e hintError) Unwrap() error { return e.cause }

// errorText is the line run prints for err: a hintError's message, with its cause on a second line
// under --verbose; for any other error that wraps graph.ErrNotFound, the message without the
// trailing ": graph: not found", said in plain words, the same way; any other error as it is.
func errorText(err error, verbose bool) string {
	var h hintError
	msg, cause := err.Error(), error(nil)
	switch {
	case errors.As(err, &h):
		msg, cause = h.msg, h.cause
	case errors.Is(err, graph.ErrNotFound):
		base := strings.TrimSuffix(msg, ": "+graph.ErrNotFound.Error())
		if base == msg || base == "" {
			base = "the store"
		}
		msg, cause = base+": not found in the store (check the ID, or list what is stored with the articles query)", err
	}
	if verbose && cause != nil {
		msg += "\n  cause: " + cause.Error()
	}
	return msg
}
