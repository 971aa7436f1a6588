// Command cuecheck checks the coverage of the whole generated CAMEO cue dictionary (issue 13): for
// every verb of data/frames/cameo-verbs.txt and every verb–object pattern of cameo-patterns.txt
// whose asserted type (cameo-types.txt, as cmd/claimgraph-cues stamps it) is one of our stance
// types, it builds one plain past sentence
//
//	<Country A> <verb-past> [<particle>] [<object phrase>] [<prep> <noun>…] <prep?> <Country B>.
//
// and runs it through the production extractor (input.Cleaner, then loader.Extractor, as the
// golden tests and bench/sweep do). A cue passes when a relation of its mapped type, not negated,
// has Country A as its source. Unlike bench/sweep, which samples 172 cues and varies the
// construction, this varies nothing but the cue: a class of dictionary entries that never
// matches shows up as a class.
//
// Realisation, all from the project's tables: the pattern's verb is the block member its
// CAMEO.2.0.txt line names in its "# VERB" comment, else the block's first verb; the past form
// comes from data/lexicons/irregular.txt, then the dictionary's own listed forms
// (cameo-forms.txt) and the past forms (VBD) of the lemmatizer table data/syntax/lemma.tsv, then
// the regular spelling rules (Quirk et al. 1985, 3.5-3.9); a set or alternative list is realised
// by its first member; a singular count object takes the indefinite article or, for a noun
// that the phrase premodifies, the definite one, plural and mass objects none (Quirk et al.
// 1985, 5.26-5.36); a prepositional slot with no noun takes Country B ("lodged a protest with
// B"), otherwise B follows in the type's usual preposition (bench/sweep's prepFor: "aid to B",
// "sanctions against B", "support for B", "demanded … from B").
//
//	go run ./bench/cuecheck              # share passed, by kind and type, failure classes
//	go run ./bench/cuecheck -v           # and every failing sentence with what was found
//	go run ./bench/cuecheck -tsv F       # one line per sentence, to diff two branches
//	go run ./bench/cuecheck -s "Chile lodged a protest with Peru."   # extract sentences given
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

var stanceTypes = map[string]bool{"OPPOSES": true, "DEMANDS": true, "THREATENS": true, "SANCTIONS": true, "SUPPORTS": true, "OFFERS": true}

// prepFor is bench/sweep's preposition of the target by type.
var prepFor = map[string]string{"OFFERS": "to", "SANCTIONS": "against", "THREATENS": "against", "DEMANDS": "from", "SUPPORTS": "for", "OPPOSES": "against"}

// cue is one dictionary entry realised as a sentence.
type cue struct {
	kind, block, label, typ, line string
	classes                       []string // realisation features, for the failure table
	text                          string
	a                             string // the source country
	// results
	ok    bool
	cause string // "no relation", "wrong type", "wrong source", "negated"
	found string
}

func main() {
	dir := flag.String("frames", "data/frames", "directory of the generated cue table")
	ctry := flag.String("countries", "data/lexicons/countries.txt", "Phoenix country dictionary")
	irr := flag.String("irregular", "data/lexicons/irregular.txt", "irregular verb forms")
	lem := flag.String("lemma", "data/syntax/lemma.tsv", "lemmatizer table (past forms, VBD)")
	verbose := flag.Bool("v", false, "print every failing sentence")
	tsv := flag.String("tsv", "", "write one line per sentence to this file")
	det := flag.String("det", "the", "article of a singular object: the, or none (bare)")
	var sents multi
	flag.Var(&sents, "s", "extract this sentence and print the relations (repeatable)")
	flag.Parse()
	detMode = *det
	if err := run(*dir, *ctry, *irr, *lem, *verbose, *tsv, sents); err != nil {
		fmt.Fprintln(os.Stderr, "cuecheck:", err)
		os.Exit(1)
	}
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, "; ") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func run(dir, ctry, irr, lem string, verbose bool, tsv string, adhoc []string) error {
	x, err := loader.NewExtractor(data.FS)
	if err != nil {
		return err
	}
	cl, err := input.NewCleaner()
	if err != nil {
		return err
	}
	if len(adhoc) > 0 {
		for _, s := range adhoc {
			c := cue{text: s}
			if err := extract(x, cl, &c, true); err != nil {
				return err
			}
			fmt.Printf("%s\n  %s\n", s, strings.ReplaceAll(c.found, "; ", "\n  "))
		}
		return nil
	}
	f, err := loadForms(irr, filepath.Join(dir, "cameo-forms.txt"), lem)
	if err != nil {
		return err
	}
	cs, err := countries(ctry)
	if err != nil {
		return err
	}
	cues, skipped, err := build(dir, f, cs)
	if err != nil {
		return err
	}
	if err := benchio.Each(len(cues), func(i int) error { return extract(x, cl, &cues[i], true) }); err != nil {
		return err
	}
	report(cues, skipped, verbose)
	if tsv != "" {
		return writeTSV(tsv, cues)
	}
	return nil
}

// extract runs one sentence and judges it: a relation of c.typ from c.a, not negated.
func extract(x *loader.Extractor, cl *input.Cleaner, c *cue, rules bool) error {
	g, byID, err := benchio.Extract(x, cl, "cuecheck", c.text)
	if err != nil {
		return err
	}
	label := byID.Label
	var found []string
	anyRel, anySrc, neg := false, false, false
	for _, rl := range g.Relations {
		if rl.Type == graph.MemberOf || rl.Type == graph.PartOf || rl.Type == graph.Claims {
			continue
		}
		anyRel = true
		s := fmt.Sprintf("%s %s -> %s", rl.Type, label(rl.Source), label(rl.Target))
		if rl.Negated {
			s += " (neg)"
		}
		if rules && len(rl.Evidence) > 0 {
			s += " [" + rl.Evidence[0].Rule + "]"
		}
		found = append(found, s)
		isA := c.a != "" && byID[rl.Source] != nil && strings.Contains(strings.ToLower(byID[rl.Source].Name), strings.ToLower(c.a))
		if isA {
			anySrc = true
		}
		if isA && string(rl.Type) == c.typ {
			if rl.Negated {
				neg = true
			} else {
				c.ok = true
			}
		}
	}
	c.found = strings.Join(found, "; ")
	switch {
	case c.ok:
		c.cause = "hit"
	case neg:
		c.cause = "negated"
	case !anyRel:
		c.cause = "no relation"
	case anySrc:
		c.cause = "wrong type"
	default:
		c.cause = "wrong source"
	}
	return nil
}

func report(cues []cue, skipped map[string]int, verbose bool) {
	type tally struct{ ok, n int }
	byKind := map[string]*tally{}
	byType := map[string]*tally{}
	causes := map[string]int{}
	classes := map[string]*tally{}
	get := func(m map[string]*tally, k string) *tally {
		if m[k] == nil {
			m[k] = &tally{}
		}
		return m[k]
	}
	var all, open tally
	for _, c := range cues {
		if !slices.Contains(c.classes, "shadowed") {
			open.n++
			if c.ok {
				open.ok++
			}
		}
		for _, t := range []*tally{&all, get(byKind, c.kind), get(byType, c.kind+" "+c.typ)} {
			t.n++
			if c.ok {
				t.ok++
			}
		}
		for _, cl := range c.classes {
			t := get(classes, c.kind+": "+cl)
			t.n++
			if c.ok {
				t.ok++
			}
		}
		if !c.ok {
			causes[c.kind+": "+c.cause]++
		}
	}
	pct := func(t *tally) string {
		return fmt.Sprintf("%.3f (%d/%d)", float64(t.ok)/float64(max(t.n, 1)), t.ok, t.n)
	}
	fmt.Printf("All: mapped type from Country A %s; without the shadowed patterns %s\n\n", pct(&all), pct(&open))
	keys := func(m map[string]*tally) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	fmt.Println("| kind | share |\n|---|---|")
	for _, k := range keys(byKind) {
		fmt.Printf("| %s | %s |\n", k, pct(byKind[k]))
	}
	fmt.Println("\n| kind type | share |\n|---|---|")
	for _, k := range keys(byType) {
		fmt.Printf("| %s | %s |\n", k, pct(byType[k]))
	}
	fmt.Println("\nRealisation classes (a cue may be in several):\n\n| class | share |\n|---|---|")
	for _, k := range keys(classes) {
		fmt.Printf("| %s | %s |\n", k, pct(classes[k]))
	}
	fmt.Println("\nFailures by cause:\n\n| cause | n |\n|---|---|")
	var cks []string
	for k := range causes {
		cks = append(cks, k)
	}
	sort.Strings(cks)
	for _, k := range cks {
		fmt.Printf("| %s | %d |\n", k, causes[k])
	}
	fmt.Println("\nNot realised (no sentence built):\n\n| reason | n |\n|---|---|")
	var sks []string
	for k := range skipped {
		sks = append(sks, k)
	}
	sort.Strings(sks)
	for _, k := range sks {
		fmt.Printf("| %s | %d |\n", k, skipped[k])
	}
	if verbose {
		fmt.Println("\nFailures:")
		for _, c := range cues {
			if !c.ok {
				fmt.Printf("%s\t%s\t%s\t%s\twant %s\t%s\t[%s]\tfound: %s\n", c.kind, c.line, c.label, c.cause, c.typ, c.text, strings.Join(c.classes, ","), c.found)
			}
		}
	}
}

func writeTSV(path string, cues []cue) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, c := range cues {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.kind, c.line, c.typ, c.cause, c.label, c.text, c.found)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
