// Command speakers lists the claims the loader extracts from transcripts and statements, grouped
// by speaker, so that a reader can judge attribution by eye (issue 12): who is credited with each
// CLAIMS relation, by which rule, and from which sentence. It reads the paths given on the command
// line with input.Read (text, HTML, JSON, JSONL), runs the whole loader pipeline on each document
// and prints, per document, a table of speakers with their number of claims and, with -v, every
// claim as "speaker | rule | text". With -manifest, a TSV file whose first column is a file name
// and whose second is its title (../shared/corpus/MANIFEST.tsv) gives plain-text files the title
// their page had, as a JSON record's "title" would. With -stance, every stance relation (not
// CLAIMS, MEMBER_OF or PART_OF) is listed too, one line per evidence sentence. Nothing is stored.
// Usage:
//
//	go run ./bench/speakers [-v] [-stance] [-max 100] [-manifest MANIFEST.tsv] ../shared/corpus/005_*.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

func main() {
	verbose := flag.Bool("v", false, "print every claim, not only the counts")
	width := flag.Int("max", 110, "shorten claim texts to this many code points in -v output")
	manifest := flag.String("manifest", "", "TSV of file name and title: titles for plain-text files")
	stance := flag.Bool("stance", false, "also list every stance relation (not CLAIMS): type | source | target | rule | cue | sentence")
	flag.Parse()
	titles := map[string]string{}
	if *manifest != "" {
		b, err := os.ReadFile(*manifest)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, ln := range strings.Split(string(b), "\n") {
			if f := strings.Split(ln, "\t"); len(f) >= 2 {
				titles[f[0]] = f[1]
			}
		}
	}
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: speakers [-v] [-max N] FILE...")
		os.Exit(2)
	}
	p, err := loader.NewPipeline(data.FS)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx := context.Background()
	total, stances := 0, 0
	err = input.Read(ctx, flag.Args(), os.Stdin, func(d input.Document, err error) error {
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return nil
		}
		if t, ok := titles[filepath.Base(d.Source)]; ok && d.Title == "" && d.HTML == "" {
			d.Title = t
		}
		g, err := p.Process(ctx, d)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return nil
		}
		total += report(d.Source, g, *verbose, *width)
		if *stance {
			stances += reportStance(g, *width)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("\nclaims in all: %d\n", total)
	if *stance {
		fmt.Printf("stance relations in all: %d\n", stances)
	}
}

// report prints the claims of one article per speaker and returns how many there were.
func report(source string, g *graph.ArticleGraph, verbose bool, width int) int {
	nodes := map[string]*graph.Node{}
	for i := range g.Nodes {
		nodes[g.Nodes[i].ID] = &g.Nodes[i]
	}
	type row struct{ rule, text string }
	per := map[string][]row{}
	n := 0
	for _, r := range g.Relations {
		if r.Type != graph.Claims {
			continue
		}
		src, tgt := nodes[r.Source], nodes[r.Target]
		if src == nil || tgt == nil {
			continue
		}
		name := src.Name
		rule := ""
		if len(r.Evidence) > 0 {
			rule = r.Evidence[0].Rule
		}
		per[name] = append(per[name], row{rule, tgt.Label()})
		n++
	}
	names := make([]string, 0, len(per))
	for k := range per {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(per[names[i]]) != len(per[names[j]]) {
			return len(per[names[i]]) > len(per[names[j]])
		}
		return names[i] < names[j]
	})
	base := source
	if i := strings.LastIndex(base, "/"); i >= 0 {
		base = base[i+1:]
	}
	fmt.Printf("\n## %s (%d claims)\n\n| speaker | claims | rules |\n|---|---|---|\n", base, n)
	for _, k := range names {
		rules := map[string]int{}
		for _, r := range per[k] {
			rules[r.rule]++
		}
		var rl []string
		for r, c := range rules {
			rl = append(rl, fmt.Sprintf("%s×%d", r, c))
		}
		sort.Strings(rl)
		fmt.Printf("| %s | %d | %s |\n", k, len(per[k]), strings.Join(rl, ", "))
	}
	if verbose {
		fmt.Println()
		for _, k := range names {
			for _, r := range per[k] {
				t := []rune(strings.Join(strings.Fields(r.text), " "))
				if len(t) > width {
					t = append(t[:width-1], '…')
				}
				fmt.Printf("  %s | %s | %s\n", k, r.rule, string(t))
			}
		}
	}
	return n
}

// reportStance prints every relation of one article that is not a CLAIMS, MEMBER_OF or PART_OF (the stance relations:
// OFFERS, SUPPORTS, DEMANDS, OPPOSES, …), one line per evidence sentence, as
// "STANCE type | source | target | rule | cue | sentence", and returns how many relations there were.
func reportStance(g *graph.ArticleGraph, width int) int {
	nodes := map[string]*graph.Node{}
	for i := range g.Nodes {
		nodes[g.Nodes[i].ID] = &g.Nodes[i]
	}
	short := func(s string) string {
		t := []rune(strings.Join(strings.Fields(s), " "))
		if len(t) > width {
			t = append(t[:width-1], '…')
		}
		return string(t)
	}
	n := 0
	fmt.Println()
	for _, r := range g.Relations {
		if r.Type == graph.Claims || r.Type == graph.MemberOf || r.Type == graph.PartOf {
			continue
		}
		src, tgt := nodes[r.Source], nodes[r.Target]
		if src == nil || tgt == nil {
			continue
		}
		n++
		for _, e := range r.Evidence {
			fmt.Printf("  STANCE %s | %s | %s | %s | %s | %s\n", r.Type, src.Name, short(tgt.Label()), e.Rule, e.Cue, short(e.Text))
		}
	}
	return n
}
