package main

import (
	"io"
	"log/slog"
	"os"

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
	return root
}

// argsUsage wraps a cobra positional-argument validator so its failures exit with code 2.
func argsUsage(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}
