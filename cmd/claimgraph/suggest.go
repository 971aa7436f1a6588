package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagError is the root's flag error function: a usage error (exit code 2), with "Did you mean
// this?" and the command's flags close to an unknown long flag ("--formt" → "--format") or named
// by it in flagSynonyms ("--date" → "--published"), or named by an unknown one-letter flag in
// flagSynonyms ("-j 4" → "--workers"). Cobra suggests unknown subcommands itself
// (Command.SuggestionsFor, Levenshtein distance at most SuggestionsMinimumDistance, default 2, a
// prefix, or an entry of the command's SuggestFor) but not flags (spf13/cobra issue #2207, open);
// the flags are offered to the same SuggestionsFor, each with its synonyms as SuggestFor, so
// commands and flags follow one rule.
func flagError(cmd *cobra.Command, err error) error {
	var s []string
	if name, ok := strings.CutPrefix(err.Error(), "unknown flag: --"); ok && name != "" {
		name, _, _ = strings.Cut(name, "=")
		s = flagSuggestions(cmd, name)
	} else if c, ok := unknownShorthand(err.Error()); ok {
		s = shorthandSuggestions(cmd, c)
	} else {
		return usageError{err}
	}
	var msg strings.Builder
	msg.WriteString(err.Error())
	if len(s) > 0 {
		msg.WriteString("\n\nDid you mean this?\n")
		for _, f := range s {
			fmt.Fprintf(&msg, "\t--%s\n", f)
		}
	}
	return usageError{fmt.Errorf("%s", strings.TrimRight(msg.String(), "\n"))}
}

// flagSynonyms are the other names a user is likely to try for each flag (keyed by the flag's
// name, in whichever command has it): the words other command-line tools and the README use
// for the same setting (curl and wget's --output, make's -j, git's -q and -f, Docker's --port),
// and the setting's plain name (--date for --published). They are suggestions only: "--date" is
// still an unknown flag, answered with "Did you mean this? --published" (load) or "--from, --to"
// (export), never silently read as another. A one-letter key is an unknown shorthand ("-j").
// TestFlagSynonyms checks every key is a flag of some command and no synonym is a flag of the
// command whose flag it names.
var flagSynonyms = map[string][]string{
	// global
	"db":      {"store", "dir", "data-dir", "datadir", "database", "path", "d"},
	"verbose": {"debug"},
	// load
	"published":    {"date", "pubdate", "published-at", "publication-date", "published-date", "publish-date", "p"},
	"outlet":       {"source", "publisher", "publication", "newspaper", "site", "media"},
	"url":          {"link", "href", "source-url", "article-url"},
	"workers":      {"jobs", "threads", "concurrency", "parallel", "procs", "cpus", "j"},
	"no-progress":  {"quiet", "silent", "no-bar", "q"},
	"curation":     {"rules", "curate", "identity", "identities"},
	"memory-limit": {"mem-limit", "memlimit", "max-memory", "gomemlimit"},
	"restore":      {"backup", "import", "from-backup"},
	// export
	"format":         {"fmt", "output-format", "f"},
	"output":         {"file", "outfile", "output-file", "dest", "destination"},
	"force":          {"overwrite", "clobber", "replace", "yes", "f"},
	"types":          {"relations", "relation-types", "rel-types", "edge-types", "rel"},
	"kinds":          {"node-kinds", "node-types"},
	"from":           {"since", "after", "start", "start-date", "from-date", "begin", "date"},
	"to":             {"until", "before", "end", "end-date", "to-date", "date"},
	"min-confidence": {"confidence", "threshold", "min-score"},
	"actors-only":    {"only-actors", "actors"},
	"around":         {"node", "center", "centre", "focus", "ego", "seed", "name", "id", "actor"},
	"depth":          {"hops", "radius", "distance", "levels"},
	// delete
	"article": {"id", "article-id", "doc"},
	// query
	"vars": {"variables", "variable", "params"},
	// parse
	"conllu": {"conll-u", "input"},
	"beam":   {"beam-width", "width"},
	// serve
	"addr":         {"port", "listen", "address", "host", "bind", "p"},
	"timeout":      {"request-timeout", "deadline"},
	"drain":        {"grace", "grace-period", "shutdown-timeout"},
	"demo":         {"sample"},
	"no-sample":    {"no-demo"},
	"cors-origin":  {"cors", "origin", "allow-origin", "allowed-origin"},
	"ingest-token": {"token", "ingest-key", "write-token"},
	"auth-token":   {"token", "api-key", "api-token", "bearer"},
	"allowed-host": {"hostname", "allow-host", "hosts"},
}

// flagSuggestions returns the names of cmd's flags (its own and those it inherits, hidden ones
// left out) that cobra's SuggestionsFor would suggest for name were they subcommands with their
// flagSynonyms as SuggestFor; each once, in the order of the flag set (sorted by name).
func flagSuggestions(cmd *cobra.Command, name string) []string {
	probe := &cobra.Command{Use: cmd.Name(), SuggestionsMinimumDistance: cmd.SuggestionsMinimumDistance}
	if probe.SuggestionsMinimumDistance <= 0 {
		probe.SuggestionsMinimumDistance = 2 // cobra's default (Command.findSuggestions)
	}
	visibleFlags(cmd, func(f *pflag.Flag) {
		probe.AddCommand(&cobra.Command{Use: f.Name, SuggestFor: flagSynonyms[f.Name], Run: func(*cobra.Command, []string) {}})
	})
	var out []string
	for _, s := range probe.SuggestionsFor(name) {
		if !slices.Contains(out, s) { // a flag both near and a synonym comes once
			out = append(out, s)
		}
	}
	return out
}

// shorthandSuggestions returns the names of cmd's flags that list the unknown one-letter flag c
// among their flagSynonyms ("-j" → workers). Only the synonyms: by distance or prefix one letter
// is near too many names.
func shorthandSuggestions(cmd *cobra.Command, c string) []string {
	var out []string
	visibleFlags(cmd, func(f *pflag.Flag) {
		if slices.Contains(flagSynonyms[f.Name], c) {
			out = append(out, f.Name)
		}
	})
	return out
}

// visibleFlags calls fn for each of cmd's flags, its own and those it inherits, once, hidden ones
// left out.
func visibleFlags(cmd *cobra.Command, fn func(*pflag.Flag)) {
	seen := map[string]bool{}
	visit := func(f *pflag.Flag) {
		if f.Hidden || seen[f.Name] {
			return
		}
		seen[f.Name] = true
		fn(f)
	}
	cmd.LocalFlags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
}

// unknownShorthand returns the letter of pflag's "unknown shorthand flag: 'j' in -j4".
func unknownShorthand(msg string) (string, bool) {
	rest, ok := strings.CutPrefix(msg, "unknown shorthand flag: '")
	if !ok {
		return "", false
	}
	c, _, ok := strings.Cut(rest, "'")
	return c, ok && c != ""
}
