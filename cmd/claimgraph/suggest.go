package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagError is the root's flag error function: a usage error (exit code 2), with "Did you mean
// this?" and the command's flags close to an unknown long flag ("--formt" → "--format"). Cobra
// suggests unknown subcommands itself (Command.SuggestionsFor, Levenshtein distance at most
// SuggestionsMinimumDistance, default 2, or a prefix) but not flags (spf13/cobra issue #2207,
// open); the flags are offered to the same SuggestionsFor, so both follow one rule.
func flagError(cmd *cobra.Command, err error) error {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok || name == "" {
		return usageError{err}
	}
	name, _, _ = strings.Cut(name, "=")
	var msg strings.Builder
	msg.WriteString(err.Error())
	if s := flagSuggestions(cmd, name); len(s) > 0 {
		msg.WriteString("\n\nDid you mean this?\n")
		for _, f := range s {
			fmt.Fprintf(&msg, "\t--%s\n", f)
		}
	}
	return usageError{fmt.Errorf("%s", strings.TrimRight(msg.String(), "\n"))}
}

// flagSuggestions returns the names of cmd's flags (its own and those it inherits, hidden ones
// left out) that cobra's SuggestionsFor would suggest for name were they subcommands.
func flagSuggestions(cmd *cobra.Command, name string) []string {
	probe := &cobra.Command{Use: cmd.Name(), SuggestionsMinimumDistance: cmd.SuggestionsMinimumDistance}
	if probe.SuggestionsMinimumDistance <= 0 {
		probe.SuggestionsMinimumDistance = 2 // cobra's default (Command.findSuggestions)
	}
	seen := map[string]bool{}
	add := func(f *pflag.Flag) {
		if f.Hidden || seen[f.Name] {
			return
		}
		seen[f.Name] = true
		probe.AddCommand(&cobra.Command{Use: f.Name, Run: func(*cobra.Command, []string) {}})
	}
	cmd.LocalFlags().VisitAll(add)
	cmd.InheritedFlags().VisitAll(add)
	return probe.SuggestionsFor(name)
}
