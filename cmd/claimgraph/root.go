package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

// defaultDB is the store directory used when neither --db nor $CLAIMGRAPH_DB is set.
const defaultDB = "./claimgraph-data"

// globals are the flags every subcommand shares. They live in a struct built per invocation, not
// in package variables, so tests can run commands side by side.
type globals struct {
	db string
	// dbGiven: the store was named (--db or $CLAIMGRAPH_DB), not defaulted; serve then never
	// swaps in the demo store.
	dbGiven bool
	verbose bool
	stdin   io.Reader
	stdout  io.Writer
	stderr  io.Writer
	log     *slog.Logger
	// overHTTP is what a command does on a running server instead, for the "store is in use"
	// message (openStore); "" says send queries to POST /graphql.
	overHTTP string
	// loads: the command loads articles; a store held by serve gets loadHeldAdvice (openStore)
	loads bool
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	g := &globals{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "claimgraph",
		Short: "Turn news articles into an actor–claim graph and serve it over GraphQL",
		Long: `claimgraph reads news articles, finds the actors in them (people, organizations,
governments, countries) and what they oppose, offer, demand, threaten, sanction, support, cite or
claim, with the sentence that says so, stores the graph in Badger and serves it over GraphQL.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if g.db == "" {
				g.db = os.Getenv("CLAIMGRAPH_DB")
			}
			g.dbGiven = g.db != ""
			if g.db == "" {
				g.db = defaultDB
			}
			level := slog.LevelInfo
			if g.verbose {
				level = slog.LevelDebug
			}
			g.log = slog.New(slog.NewTextHandler(g.stderr, &slog.HandlerOptions{Level: level}))
			slog.SetDefault(g.log)
			return nil
		},
	}
	root.Version = versionString()
	root.SetVersionTemplate("claimgraph {{.Version}}\n")
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&g.db, "db", "", "store directory (default $CLAIMGRAPH_DB, then "+defaultDB+")")
	root.PersistentFlags().BoolVarP(&g.verbose, "verbose", "v", false, "log debug detail")
	root.SetFlagErrorFunc(flagError) // suggest.go: "Did you mean this?" for an unknown flag
	root.AddCommand(newLoadCmd(g), newServeCmd(g), newQueryCmd(g), newDeleteCmd(g), newExportCmd(g), newStatsCmd(g), newParseCmd(g))
	for _, c := range root.Commands() {
		c.SuggestFor = commandSynonyms[c.Name()] // "claimgraph import" → "Did you mean this? load"
	}
	singleValueFlags(root) // onceflags.go: "--url A --url B" is an error, not one of them
	return root
}

// commandSynonyms are, per subcommand, the other verbs a user is likely to try for it, given to
// cobra's Command.SuggestFor: suggested after "unknown command", never run in its place (as
// flagSynonyms are for flags, suggest.go).
var commandSynonyms = map[string][]string{
	"load":   {"import", "ingest", "add", "read", "index"},
	"serve":  {"server", "start", "run", "http", "api"},
	"export": {"dump", "backup", "save", "write"},
	"query":  {"graphql", "gql", "ask", "search"},
	"delete": {"remove", "rm", "del", "drop"},
	"stats":  {"status", "info", "count", "summary"},
}

// argsUsage wraps a cobra positional-argument validator so its failures exit with code 2. When
// a rejected argument is an existing directory or looks like a path ("claimgraph stats /tmp/db"),
// the error adds that the store is named with --db. Only for commands whose positional arguments
// are not paths themselves (cobra.NoArgs's "unknown command", and query's one QUERY): parse and
// load take files.
func argsUsage(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			pathArgs := cmd.Name() == "parse" || cmd.Name() == "load"
			if hint := dbHint(cmd, args); hint != "" && !pathArgs {
				err = fmt.Errorf("%w\n%s", err, hint)
			}
			return usageError{err}
		}
		return nil
	}
}

// dbHint returns a line saying the store is given with --db, with the corrected command line,
// when one of args is an existing directory or contains a path separator or starts with "." or
// "~"; "" otherwise.
func dbHint(cmd *cobra.Command, args []string) string {
	for _, a := range args {
		if looksLikeDir(a) {
			return fmt.Sprintf("The store is given with --db DIR: %s --db %s", cmd.CommandPath(), a)
		}
	}
	return ""
}

// looksLikeDir reports whether a is an existing directory or is written like a path.
func looksLikeDir(a string) bool {
	if a == "" || a == "-" {
		return false
	}
	if fi, err := os.Stat(a); err == nil && fi.IsDir() {
		return true
	}
	return strings.ContainsRune(a, '/') || strings.ContainsRune(a, filepath.Separator) ||
		strings.HasPrefix(a, ".") || strings.HasPrefix(a, "~")
}
