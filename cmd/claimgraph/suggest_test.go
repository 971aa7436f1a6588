package main

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// TestFlagSynonyms: new-user trial 15 — "load --date 2018-05-01" said only "unknown flag: --date".
// A name a user is likely to try for a flag is answered with that flag (or flags) in "Did you
// mean this?", as a near spelling is; the flag stays unknown (exit 2, nothing run).
func TestFlagSynonyms(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string // suggested flags, in order; nil: no "Did you mean"
	}{
		{[]string{"load", "--date", "2018-05-01", "a.txt"}, []string{"--published"}},
		{[]string{"load", "--date=2018-05-01", "a.txt"}, []string{"--published"}},
		{[]string{"load", "--publisher", "Reuters", "a.txt"}, []string{"--outlet", "--published"}}, // a synonym, and near by spelling
		{[]string{"load", "--jobs", "4", "a.txt"}, []string{"--workers"}},
		{[]string{"load", "-j", "4", "a.txt"}, []string{"--workers"}},
		{[]string{"load", "-q", "a.txt"}, []string{"--no-progress"}},
		{[]string{"export", "--date", "2018-05"}, []string{"--from", "--to"}},
		{[]string{"export", "--since", "2018-05"}, []string{"--from"}},
		{[]string{"export", "--until", "2018-05"}, []string{"--to"}},
		{[]string{"export", "--node", "Lu Kang"}, []string{"--around"}},
		{[]string{"export", "--hops", "2"}, []string{"--depth"}},
		{[]string{"export", "-f", "gexf"}, []string{"--force", "--format"}},
		{[]string{"export", "--overwrite"}, []string{"--force"}},
		{[]string{"serve", "--port", "9000"}, []string{"--addr"}},
		{[]string{"serve", "--token", "s3cret"}, []string{"--auth-token", "--ingest-token"}},
		{[]string{"stats", "--store", "db"}, []string{"--db"}},
		{[]string{"delete", "--id", "d_x"}, []string{"--article", "--db"}}, // "id" is 2 edits from "db"
		{[]string{"query", "--variables", "{}", "{ a }"}, []string{"--vars"}},
		// a synonym of another command's flag is no suggestion here: load has no --from
		{[]string{"load", "--since", "2018", "a.txt"}, nil},
		{[]string{"load", "--nothing-like-it", "a.txt"}, nil},
		{[]string{"load", "-z", "a.txt"}, nil},
	} {
		code, _, stderr := runCLI(t, "", c.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d:\n%s", c.args, code, exitUsage, stderr)
			continue
		}
		var got []string
		if _, rest, ok := strings.Cut(stderr, "Did you mean this?\n"); ok {
			for _, l := range strings.Split(rest, "\n") {
				if !strings.HasPrefix(l, "\t") {
					break
				}
				got = append(got, strings.TrimSpace(l))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%v: suggested %v, want %v:\n%s", c.args, got, c.want, stderr)
		}
	}
}

// TestCommandSynonyms: a verb a user is likely to try for a subcommand is suggested, not run.
func TestCommandSynonyms(t *testing.T) {
	for verb, want := range map[string]string{"import": "load", "ingest": "load", "dump": "export", "start": "serve", "remove": "delete", "status": "stats", "graphql": "query"} {
		code, _, stderr := runCLI(t, "", verb)
		if code != exitUsage || !strings.Contains(stderr, "Did you mean this?") || !strings.Contains(stderr, "\t"+want+"\n") {
			t.Errorf("%s: exit %d, want a suggestion of %s:\n%s", verb, code, want, stderr)
		}
	}
}

// TestSynonymTables: every key of flagSynonyms is a flag of some command and every key of
// commandSynonyms a command; no synonym is a flag (or shorthand) of a command whose flag it
// names, nor a command, so a synonym never hides a real name.
func TestSynonymTables(t *testing.T) {
	root := newRootCmd(strings.NewReader(""), io.Discard, io.Discard)
	flagsOf := map[string]bool{}
	commands := map[string]bool{}
	for _, c := range append(root.Commands(), root) {
		commands[c.Name()] = true
		names := map[string]bool{}
		visibleFlags(c, func(f *pflag.Flag) {
			names[f.Name] = true
			if f.Shorthand != "" {
				names[f.Shorthand] = true
			}
		})
		names["h"], names["help"] = true, true
		visibleFlags(c, func(f *pflag.Flag) {
			flagsOf[f.Name] = true
			for _, s := range flagSynonyms[f.Name] {
				if names[s] {
					t.Errorf("%s: synonym %q of --%s is a flag of the command", c.Name(), s, f.Name)
				}
			}
		})
	}
	for name := range flagSynonyms {
		if !flagsOf[name] {
			t.Errorf("flagSynonyms[%q]: no command has that flag", name)
		}
	}
	for name, syns := range commandSynonyms {
		if !commands[name] {
			t.Errorf("commandSynonyms[%q]: no such command", name)
		}
		for _, s := range syns {
			if commands[s] {
				t.Errorf("commandSynonyms[%q]: %q is a command", name, s)
			}
		}
	}
}
