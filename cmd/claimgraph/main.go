// Command claimgraph turns news articles into an actor–claim graph stored in Badger and serves it
// over GraphQL.
//
//	claimgraph load  --db DIR PATH...   load .txt/.html/.json/.jsonl files, folders or - (stdin)
//	                 [--published DATE --outlet NAME --url URL]   metadata a file lacks
//	claimgraph serve --db DIR --addr 127.0.0.1:8080 [--cors-origin ORIGIN] [--ingest-token TOKEN]
//	claimgraph serve --demo              the sample article, in memory
//	claimgraph query --db DIR 'QUERY' | -
//	claimgraph delete --db DIR --article ID | --url URL
//	claimgraph --version
//	claimgraph export --db DIR --format graphml|json
//	claimgraph parse [FILE] | --conllu FILE   English text or CoNLL-U → CoNLL-U (UD tags, lemmas, tree)
//
// --db defaults to $CLAIMGRAPH_DB, then ./claimgraph-data. Exit codes: 0 ok, 1 runtime error,
// 2 usage error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// Exit codes.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

// usageError marks an error in how the command was called (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns its exit code; tests drive it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	verbose, _ := root.PersistentFlags().GetBool("verbose")
	fmt.Fprintln(stderr, "claimgraph:", errorText(err, verbose))
	var ue usageError
	// Cobra reports an unknown subcommand with a plain error.
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command ") {
		fmt.Fprintln(stderr, "Run 'claimgraph --help' for usage.")
		return exitUsage
	}
	return exitRuntime
}
