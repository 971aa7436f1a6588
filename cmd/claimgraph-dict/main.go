// Command claimgraph-dict converts the PETRARCH2/Phoenix actor and agent dictionaries (TABARI
// format, MIT licence, github.com/openeventdata/petrarch2, data/dictionaries/) into the compact
// lexicons the loader embeds:
//
//	data/lexicons/phoenix/actors.txt  name | kind | country | code | dated codes | aliases
//	data/lexicons/phoenix/agents.txt  noun | plural | code
//	data/lexicons/phoenix/places.txt  name | country (the synonyms of the country records)
//	data/lexicons/phoenix/LICENSE     the dictionaries' MIT notice, copied
//
// Usage (from the repository root):
//
//	go run ./cmd/claimgraph-dict -src ../shared/dictionaries/petrarch2 -out data/lexicons/phoenix
//
// The conversion is deterministic: the same input gives byte-identical output, so a diff of the
// generated files shows what a dictionary update changed. The format of the input is described in
// the dictionaries' own documentation (dictionaries.rst, "Actor Dictionary", "Agent Dictionary").
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	src := flag.String("src", "../shared/dictionaries/petrarch2", "folder with the Phoenix *.actors.txt, Phoenix.agents.txt and LICENSE")
	out := flag.String("out", "data/lexicons/phoenix", "output folder")
	orgwords := flag.String("orgwords", "data/lexicons/orgwords.txt", "the loader's organization head words (a dated record with such a head is a body, not a person)")
	flag.Parse()
	if err := readOrgHeads(*orgwords); err != nil {
		fmt.Fprintln(os.Stderr, "claimgraph-dict:", err)
		os.Exit(1)
	}
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "claimgraph-dict:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var actors []Actor
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			return err
		}
		as, err := ParseActors(f, string(b))
		if err != nil {
			return err
		}
		actors = append(actors, as...)
	}
	cb, err := os.ReadFile(filepath.Join(src, "Phoenix.Countries.actors.txt"))
	if err != nil {
		return err
	}
	places := ParsePlaces(string(cb))
	if err := os.WriteFile(filepath.Join(out, "places.txt"), []byte(FormatPlaces(places)), 0o644); err != nil {
		return err
	}
	actors = MergeActors(actors)
	if err := os.WriteFile(filepath.Join(out, "actors.txt"), []byte(FormatActors(actors)), 0o644); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(src, "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	agents, err := ParseAgents("Phoenix.agents.txt", string(b))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "agents.txt"), []byte(FormatAgents(agents)), 0o644); err != nil {
		return err
	}
	lic, err := os.ReadFile(filepath.Join(src, "LICENSE"))
	if err != nil {
		return err
	}
	notice := "The files in this folder (actors.txt, agents.txt, places.txt) are derived by cmd/claimgraph-dict from the\n" +
		"PETRARCH2 Phoenix dictionaries, github.com/openeventdata/petrarch2, commit\n" +
		"676801cd9cb2924bbbad09f86d15c9323e7097bf (2019-03-18), petrarch2/data/dictionaries/\n" +
		"(Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt,\n" +
		"Phoenix.agents.txt), under the MIT licence below.\n\n"
	fmt.Printf("%d actors, %d agent nouns, %d places\n", len(actors), len(agents), len(places))
	return os.WriteFile(filepath.Join(out, "LICENSE"), append([]byte(notice), lic...), 0o644)
}

// readOrgHeads fills OrgHeads from an orgwords.txt file (word | kind | alone; '#' comments).
func readOrgHeads(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, _, _ := strings.Cut(line, "|")
		OrgHeads[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return nil
}
