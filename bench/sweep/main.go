// Command sweep is a construction sweep over the CAMEO verb dictionary (issue 13): it samples
// stance cues of the generated cue table (data/frames/cameo-verbs.txt, cameo-patterns.txt,
// cameo-nouns.txt, as cmd/claimgraph-cues writes them from CAMEO.2.0.txt and cameo-types.txt),
// realises each in the constructions of templates.go (Quirk et al. 1985), with actors from the
// Phoenix country dictionary (data/lexicons/countries.txt), runs every sentence through the
// production extractor as the golden tests do (one sentence, the whole text, input.Cleaner then
// loader.Extractor), and prints recall per template, per type, the templates × types table and
// the worst (template, cue) misses counted by cause. It measures the machinery independently of
// any development item: a construction that fails across many cue verbs is a general rule to fix.
//
//	go run ./bench/sweep                 # Markdown tables
//	go run ./bench/sweep -v              # and every miss with what was found
//	go run ./bench/sweep -tsv /tmp/s.tsv # one line per sentence, to diff two branches
//
// Gold follows from the template: the type from the table (the future column for "vowed to" and
// "would"), each subject actor as a source (both coordinated ones), and a target holding the
// object country (or, for a pattern, the pattern's object head). A negated relation is no hit,
// as in the loader's gold tests (goldLineHit).
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

// causes of a miss, in the order they are tested.
const (
	hit       = "hit"
	noRel     = "no relation"
	wrongSrc  = "wrong source"
	wrongType = "wrong type"
	wrongTgt  = "target wrong"
	unlic     = "unlicensed" // a control that asserts a relation
)

type result struct {
	s            sentence
	layout, text string // "alone" or a document layout (documents.go); the text extracted
	it           item
	srcOK, full  bool
	cause, found string
	rels, extra  int // asserted relations produced, and those the template does not license
}

func main() {
	dir := flag.String("frames", "data/frames", "directory of the generated cue table")
	ctry := flag.String("countries", "data/lexicons/countries.txt", "Phoenix country dictionary")
	irr := flag.String("irregular", "data/lexicons/irregular.txt", "irregular verb forms")
	seed := flag.Int64("seed", 22, "random seed of the sample and the actors")
	per := flag.Int("per", 13, "verbs and patterns drawn per stance type (nominal cues: half)")
	verbose := flag.Bool("v", false, "print every miss with the relations found")
	tsv := flag.String("tsv", "", "write one line per sentence (template, cue, hit, cause, text, found) to this file")
	doc := flag.String("doc", "", "also place each sentence in documents: comma list of news,statement,lead,town (documents.go); prints alone vs in-document per template")
	wire := flag.Bool("wire", false, "add the wire templates of wire.go (unnamed trailing speaker, description subject, light verb, conditional)")
	flag.Parse()
	lays := []string{"alone"}
	if *doc != "" {
		lays = append(lays, strings.Split(*doc, ",")...)
	}
	if err := run(*dir, *ctry, *irr, *seed, *per, *verbose, *tsv, lays, *wire); err != nil {
		fmt.Fprintln(os.Stderr, "sweep:", err)
		os.Exit(1)
	}
}

func run(dir, ctry, irr string, seed int64, per int, verbose bool, tsv string, lays []string, wire bool) error {
	items, err := sample(dir, seed, per)
	if err != nil {
		return err
	}
	cs, err := countries(ctry)
	if err != nil {
		return err
	}
	if err := loadTowns(cs, "data/lexicons/phoenix/places.txt"); err != nil {
		return err
	}
	f, err := loadForms(irr)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewSource(seed))
	var sents []result
	k := 0
	for _, it := range items {
		a, b, c := cast(r, cs)
		var ss []sentence
		for _, t := range templates {
			if s, ok := realise(t, it, f, a, b, c); ok {
				ss = append(ss, s)
			}
		}
		if wire {
			for _, t := range wireTemplates {
				if s, ok := realiseWire(t, it, f, a, b, c, k); ok {
					ss = append(ss, s)
				}
			}
		}
		for _, s := range ss {
			for _, l := range lays {
				sents = append(sents, result{s: s, it: it, layout: l, text: place(l, s.text, c, k)})
			}
			k++
		}
	}
	x, err := loader.NewExtractor(data.FS)
	if err != nil {
		return err
	}
	cl, err := input.NewCleaner()
	if err != nil {
		return err
	}
	if err := benchio.Each(len(sents), func(i int) error { return score(x, cl, &sents[i]) }); err != nil {
		return err
	}
	var alone []result
	for _, r := range sents {
		if r.layout == "alone" {
			alone = append(alone, r)
		}
	}
	report(os.Stdout, items, alone, verbose)
	if len(lays) > 1 {
		fmt.Println()
		compare(os.Stdout, sents, lays, verbose)
	}
	if tsv != "" {
		return writeTSV(tsv, sents)
	}
	return nil
}

// score extracts one sentence and judges it against the template's gold: every gold source must
// hold a relation of the gold type (not negated); full when its target holds a target key.
func score(x *loader.Extractor, cl *input.Cleaner, res *result) error {
	g, byID, err := benchio.Extract(x, cl, "sweep", res.text)
	if err != nil {
		return err
	}
	label := byID.Label
	var found []string
	var rels []graph.Relation
	for _, rl := range g.Relations {
		if rl.Type == graph.MemberOf || rl.Type == graph.PartOf {
			continue
		}
		rels = append(rels, rl)
		neg := ""
		if rl.Negated {
			neg = " (neg)"
		}
		found = append(found, fmt.Sprintf("%s %s -> %s%s", rl.Type, label(rl.Source), label(rl.Target), neg))
	}
	res.found = strings.Join(found, "; ")
	licensed(res, rels, byID)
	if res.s.control {
		res.srcOK = res.extra == 0
		res.full = res.srcOK
		res.cause = hit
		if !res.srcOK {
			res.cause = unlic
		}
		return nil
	}
	srcAll, fullAll := true, true
	anyType, anySrc := false, false
	for _, a := range res.s.sources {
		srcOK, full := false, false
		for _, rl := range rels {
			isSrc := hasKey(byID[rl.Source], a.keys)
			if string(rl.Type) == res.s.typ && !rl.Negated {
				anyType = true
			}
			if isSrc {
				anySrc = true
			}
			if string(rl.Type) != res.s.typ || rl.Negated || !isSrc {
				continue
			}
			srcOK = true
			lab := strings.ToLower(label(rl.Target))
			for _, k := range res.s.targets {
				if k != "" && strings.Contains(lab, strings.ToLower(k)) {
					full = true
				}
			}
		}
		srcAll = srcAll && srcOK
		fullAll = fullAll && full
	}
	res.srcOK, res.full = srcAll, srcAll && fullAll
	switch {
	case res.full:
		res.cause = hit
	case res.srcOK:
		res.cause = wrongTgt
	case len(rels) == 0:
		res.cause = noRel
	case anyType:
		res.cause = wrongSrc
	case anySrc:
		res.cause = wrongType
	default:
		res.cause = wrongSrc
	}
	return nil
}

func hasKey(n *graph.Node, keys []string) bool {
	if n == nil {
		return false
	}
	for _, name := range append([]string{n.Name}, n.Aliases...) {
		l := strings.ToLower(name)
		for _, k := range keys {
			if strings.Contains(l, strings.ToLower(k)) {
				return true
			}
		}
	}
	return false
}

type tally struct{ src, full, n, rels, extra, xs int }

func (t *tally) add(r result) {
	t.n++
	t.rels += r.rels
	t.extra += r.extra
	if r.extra > 0 {
		t.xs++
	}
	if r.srcOK {
		t.src++
	}
	if r.full {
		t.full++
	}
}

func pct(a, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(n))
}

func report(w *os.File, items []item, sents []result, verbose bool) {
	kinds := map[string]int{}
	for _, it := range items {
		kinds[it.kind]++
	}
	fmt.Fprintf(w, "Sample: %d cues (%d verbs, %d verb–object patterns, %d nominal cues), %d sentences.\n\n",
		len(items), kinds["verb"], kinds["pattern"], kinds["noun"], len(sents))
	byTmpl := map[string]*tally{}
	byType := map[string]*tally{}
	cell := map[string]*tally{}
	causes := map[string]map[string]int{}
	var all tally
	for _, r := range sents {
		get(byTmpl, r.s.tmpl).add(r)
		get(byType, r.it.typ).add(r)
		get(cell, r.s.tmpl+"|"+r.it.typ).add(r)
		all.add(r)
		if causes[r.s.tmpl] == nil {
			causes[r.s.tmpl] = map[string]int{}
		}
		causes[r.s.tmpl][r.cause]++
	}
	fmt.Fprintf(w, "All: type+source %s, full %s (n=%d); relP %s, sentences with an unlicensed relation %d\n\n", pct(all.src, all.n), pct(all.full, all.n), all.n, pct(all.rels-all.extra, all.rels), all.xs)
	fmt.Fprintln(w, "Controls (ctl-*): type+source is the share that asserts nothing unlicensed. relP: asserted relations the")
	fmt.Fprintln(w, "template licenses / all asserted; extra: sentences with a relation it does not license.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| template | n | type+source | +target | no relation | wrong source | wrong type | target wrong | relP | extra |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	for _, t := range append(append([]string{}, templates...), wireTemplates...) {
		tl := byTmpl[t]
		if tl == nil {
			continue
		}
		c := causes[t]
		fmt.Fprintf(w, "| %s | %d | %s | %s | %d | %d | %d | %d | %s | %d |\n", t, tl.n, pct(tl.src, tl.n), pct(tl.full, tl.n), c[noRel], c[wrongSrc], c[wrongType], c[wrongTgt], pct(tl.rels-tl.extra, tl.rels), tl.xs)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| type (asserted) | n | type+source | +target |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, t := range stanceTypes {
		if tl := byType[t]; tl != nil {
			fmt.Fprintf(w, "| %s | %d | %s | %s |\n", t, tl.n, pct(tl.src, tl.n), pct(tl.full, tl.n))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Templates × types, type+source recall (n in brackets):")
	fmt.Fprintln(w)
	fmt.Fprint(w, "| template |")
	for _, t := range stanceTypes {
		fmt.Fprintf(w, " %s |", t)
	}
	fmt.Fprint(w, "\n|---|")
	for range stanceTypes {
		fmt.Fprint(w, "---|")
	}
	fmt.Fprintln(w)
	for _, tm := range append(append([]string{}, templates...), wireTemplates...) {
		if byTmpl[tm] == nil {
			continue
		}
		fmt.Fprintf(w, "| %s |", tm)
		for _, t := range stanceTypes {
			if tl := cell[tm+"|"+t]; tl != nil {
				fmt.Fprintf(w, " %s (%d) |", pct(tl.src, tl.n), tl.n)
			} else {
				fmt.Fprint(w, " |")
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	fillers(w, sents)
	worst(w, sents)
	if verbose {
		fmt.Fprintln(w, "\nMisses:")
		for _, r := range sents {
			if r.cause != hit {
				fmt.Fprintf(w, "%-11s %-14s %-13s %s  want %s  found: %s\n", r.s.tmpl, r.it.label(), r.cause, r.s.text, r.s.typ, r.found)
			}
		}
	}
}

func get(m map[string]*tally, k string) *tally {
	if m[k] == nil {
		m[k] = &tally{}
	}
	return m[k]
}

// worst lists, for the templates that miss the most, the causes counted over their cues: the
// ten (template, cause) cells that fail across the most cue verbs, with three example cues each.
func worst(w *os.File, sents []result) {
	type cellT struct {
		tmpl, cause string
		cues        []string
		pastHit     int
	}
	pastOK := map[string]bool{}
	for _, r := range sents {
		if r.s.tmpl == "past" && r.full {
			pastOK[r.it.label()] = true
		}
	}
	cells := map[string]*cellT{}
	for _, r := range sents {
		if r.cause == hit {
			continue
		}
		k := r.s.tmpl + "|" + r.cause
		if cells[k] == nil {
			cells[k] = &cellT{tmpl: r.s.tmpl, cause: r.cause}
		}
		cells[k].cues = append(cells[k].cues, r.it.label())
		if pastOK[r.it.label()] {
			cells[k].pastHit++
		}
	}
	var list []*cellT
	for _, c := range cells {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i].cues) != len(list[j].cues) {
			return len(list[i].cues) > len(list[j].cues)
		}
		return list[i].tmpl+list[i].cause < list[j].tmpl+list[j].cause
	})
	fmt.Fprintln(w, "Worst 10 (template, cause) cells, counted over cues; \"past hit\" counts those cues whose plain")
	fmt.Fprintln(w, "past sentence is right, so that the miss is the construction's, not the cue's:")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| template | cause | cues | past hit | e.g. |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for i, c := range list {
		if i == 10 {
			break
		}
		ex := c.cues
		if len(ex) > 3 {
			ex = ex[:3]
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d | %s |\n", c.tmpl, c.cause, len(c.cues), c.pastHit, strings.Join(ex, ", "))
	}
}

func writeTSV(path string, sents []result) error {
	var b strings.Builder
	for _, r := range sents {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%v\t%s\t%s\t%s\t%d\n", r.layout, r.s.tmpl, r.it.label(), r.it.typ, r.full, r.cause, strings.ReplaceAll(r.text, "\n", " ¶ "), r.found, r.extra)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
