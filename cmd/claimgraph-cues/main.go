// Command claimgraph-cues generates the verb cue dictionary of the frames package from
// PETRARCH2's CAMEO verb dictionary, the CAMEO→PLOVER table and the hand-written CAMEO→relation
// type table:
//
//	go run ./cmd/claimgraph-cues            # from the repository root: rewrites data/frames/cameo-*.txt
//	go run ./cmd/claimgraph-cues -check     # exits 1 when the committed files are stale
//
// It also rewrites README.md's table of relation types and CAMEO codes (readme.go) between its
// markers; -readme "" leaves the README alone.
//
// Inputs (all under data/frames/): source/CAMEO.2.0.txt (MIT), source/CAMEO2PLOVER-2021.txt
// (CC BY-SA 4.0), cameo-types.txt. Outputs: cameo-verbs.txt (one line per verb) and
// cameo-patterns.txt (one line per verb–object pattern, &SETs expanded). The output is a pure
// function of the inputs, so regenerating gives identical bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir := flag.String("dir", "data/frames", "directory holding source/ and cameo-types.txt; outputs are written here")
	check := flag.Bool("check", false, "compare with the committed outputs instead of writing them")
	readme := flag.String("readme", "README.md", "README whose relation-type table to rewrite (\"\": none)")
	wn := flag.String("wordnet", "", "WordNet 3.0 database directory (/usr/share/wordnet): rewrite source/wordnet-nominalizations.txt and source/wordnet-first-senses.txt from it, then generate")
	flag.Parse()
	if *wn != "" {
		err := writeWordNet(*dir, *wn)
		if err == nil {
			err = writeFirstSenses(*dir, *wn)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "claimgraph-cues:", err)
			os.Exit(1)
		}
	}
	if err := run(*dir, *check); err != nil {
		fmt.Fprintln(os.Stderr, "claimgraph-cues:", err)
		os.Exit(1)
	}
	if *readme != "" {
		if err := runReadme(*dir, *readme, *check); err != nil {
			fmt.Fprintln(os.Stderr, "claimgraph-cues:", err)
			os.Exit(1)
		}
	}
}

// runReadme rewrites the README's relation-type table, or with check reports it stale.
func runReadme(dir, path string, check bool) error {
	out, err := readmeOutput(dir, path)
	if err != nil {
		return err
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if bytes.Equal(old, out) {
		return nil
	}
	if check {
		return fmt.Errorf("%s: the relation-type table is stale: run go run ./cmd/claimgraph-cues", path)
	}
	return os.WriteFile(path, out, 0o644)
}

// outputs generates both files from the inputs under dir.
func outputs(dir string) (verbs, patterns []byte, counts map[string]int, err error) {
	open := func(name string) (*os.File, error) { return os.Open(filepath.Join(dir, name)) }
	f, err := open("source/CAMEO.2.0.txt")
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	d, err := parseCAMEO(f, f.Name())
	if err != nil {
		return nil, nil, nil, err
	}
	g, err := open("source/CAMEO2PLOVER-2021.txt")
	if err != nil {
		return nil, nil, nil, err
	}
	defer g.Close()
	pl, err := parsePlover(g, g.Name())
	if err != nil {
		return nil, nil, nil, err
	}
	h, err := open("cameo-types.txt")
	if err != nil {
		return nil, nil, nil, err
	}
	defer h.Close()
	ty, err := parseTypes(h, h.Name())
	if err != nil {
		return nil, nil, nil, err
	}
	o, err := open("cameo-overrides.txt")
	if err != nil {
		return nil, nil, nil, err
	}
	defer o.Close()
	if err := parseOverrides(o, o.Name(), ty); err != nil {
		return nil, nil, nil, err
	}
	var vb, pb bytes.Buffer
	counts, err = generate(d, pl, ty, &vb, &pb)
	return vb.Bytes(), pb.Bytes(), counts, err
}

// writeWordNet rewrites source/wordnet-nominalizations.txt from the WordNet database in wnDir.
func writeWordNet(dir, wnDir string) error {
	f, err := os.Open(filepath.Join(dir, "source/CAMEO.2.0.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	d, err := parseCAMEO(f, f.Name())
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := wordnetExtract(d, wnDir, &b); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "source/wordnet-nominalizations.txt"), b.Bytes(), 0o644)
}

// moreOutputs generates cameo-forms.txt and cameo-nouns.txt from the inputs under dir (the nouns
// from source/wordnet-nominalizations.txt too).
func moreOutputs(dir string) (forms, nouns []byte, err error) {
	read := func(name string) (*os.File, error) { return os.Open(filepath.Join(dir, name)) }
	f, err := read("source/CAMEO.2.0.txt")
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	d, err := parseCAMEO(f, f.Name())
	if err != nil {
		return nil, nil, err
	}
	g, err := read("source/CAMEO2PLOVER-2021.txt")
	if err != nil {
		return nil, nil, err
	}
	defer g.Close()
	pl, err := parsePlover(g, g.Name())
	if err != nil {
		return nil, nil, err
	}
	h, err := read("cameo-types.txt")
	if err != nil {
		return nil, nil, err
	}
	defer h.Close()
	ty, err := parseTypes(h, h.Name())
	if err != nil {
		return nil, nil, err
	}
	w, err := read("source/wordnet-nominalizations.txt")
	if err != nil {
		return nil, nil, err
	}
	defer w.Close()
	pairs, err := readNominalizations(w, w.Name())
	if err != nil {
		return nil, nil, err
	}
	m, err := read("modality.txt")
	if err != nil {
		return nil, nil, err
	}
	defer m.Close()
	nonAct, err := readNonAct(m)
	if err != nil {
		return nil, nil, err
	}
	c, err := read("cue-classes.txt")
	if err != nil {
		return nil, nil, err
	}
	defer c.Close()
	hand, err := readHandVerbs(c)
	if err != nil {
		return nil, nil, err
	}
	var fb, nb bytes.Buffer
	generateForms(d, &fb)
	if _, err := generateNouns(d, pl, ty, pairs, nonAct, hand, &nb); err != nil {
		return nil, nil, err
	}
	return fb.Bytes(), nb.Bytes(), nil
}

func run(dir string, check bool) error {
	verbs, patterns, counts, err := outputs(dir)
	if err != nil {
		return err
	}
	forms, nouns, err := moreOutputs(dir)
	if err != nil {
		return err
	}
	files := []struct {
		name string
		data []byte
	}{{"cameo-verbs.txt", verbs}, {"cameo-patterns.txt", patterns}, {"cameo-forms.txt", forms}, {"cameo-nouns.txt", nouns}}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if check {
			old, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if !bytes.Equal(old, f.data) {
				return fmt.Errorf("%s is stale: run go run ./cmd/claimgraph-cues", path)
			}
			continue
		}
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			return err
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-20s %6d\n", k, counts[k])
	}
	return nil
}
