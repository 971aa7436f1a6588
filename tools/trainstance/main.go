// Command trainstance trains the learned stance layer's model (package stance) on gold stance
// events written for this project over PolNeAR sentences (Newell, Margolin & Ruths 2018; research
// use: the texts are read from $POLNEAR and never copied).
//
// Each set named on the command line is a directory of the measurement kit (-kit, default
// /work/kit/sets): spec.json (the PolNeAR split), items*.jsonl (sid "<article>#<n>", article,
// sentence) and gold*.jsonl (sid, events: type, source, source_alts, cue). Only items with a gold
// line are used. Every article holding one is run through the loader's pipeline with the stance
// tap, so candidates see the context they have at load time; a gold event labels each candidate
// of its sentence whose holder shares a content word with its source or source_alts (as the kit's
// scorer matches sources) and whose predicate is a word of its cue; all others are NONE.
//
// It reports how many gold events found a candidate (the ceiling), cross-validates over five
// folds of articles to choose the threshold (the margin over NONE maximizing right − wrong new
// lines, a line being new when the rules gave its holder no stance in the sentence), then trains
// on everything and writes the model.
//
//	POLNEAR=/work/polnear/data go run ./tools/trainstance -o data/stance/stance.model D32 T33
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/learn"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/stance"
)

type event struct {
	Type       string   `json:"type"`
	Source     string   `json:"source"`
	SourceAlts []string `json:"source_alts"`
	Cue        string   `json:"cue"`
}

type item struct {
	Sid, Article, Sentence string
	Events                 []event
	Set                    string
}

// cand is one candidate with its label and the item it fell in.
type cand struct {
	loader.StanceCandidate
	Item  int // index into items, -1 when its sentence is no item
	Label int
	Art   string
}

func main() {
	kit := flag.String("kit", "/work/kit/sets", "the kit's sets directory")
	out := flag.String("o", "", "model file to write (none: report only)")
	epochs := flag.Int("epochs", 8, "perceptron epochs")
	bits := flag.Int("bits", 18, "feature-hash bits")
	version := flag.Int("version", 1, "model version (Evidence.rule names it)")
	show := flag.String("show", "", "write the cross-validation's held-out new lines (sentence, holder, predicate, class, margin, right by gold) to this file, for reading; keep it outside the repository")
	workers := flag.Int("workers", 2, "articles extracted at once")
	cache := flag.String("cache", "", "file of extracted candidates: written after extraction, read instead of extracting when it exists (keep it outside the repository: it holds actor names of the texts)")
	flag.Parse()
	pn := os.Getenv("POLNEAR")
	if pn == "" {
		pn = "/work/polnear/data"
	}
	var items []item
	var desc []string
	for _, set := range flag.Args() {
		its, d, err := readSet(filepath.Join(*kit, set), set)
		if err != nil {
			fail(err)
		}
		items = append(items, its...)
		desc = append(desc, d)
	}
	split := map[string]string{}
	for _, set := range flag.Args() {
		var spec struct{ Split string }
		b, err := os.ReadFile(filepath.Join(*kit, set, "spec.json"))
		if err == nil {
			err = json.Unmarshal(b, &spec)
		}
		if err != nil {
			fail(fmt.Errorf("%s/spec.json: %v", set, err))
		}
		split[set] = spec.Split
	}
	var cands []cand
	if b, err := os.ReadFile(*cache); *cache != "" && err == nil {
		if err := json.Unmarshal(b, &cands); err != nil {
			fail(fmt.Errorf("%s: %v", *cache, err))
		}
	} else {
		cands = extract(pn, items, split, *workers)
		if *cache != "" {
			b, _ := json.Marshal(cands)
			if err := os.WriteFile(*cache, b, 0o600); err != nil {
				fail(err)
			}
		}
	}
	labelAll(items, cands)
	// the ceiling
	nev, found := 0, 0
	hit := map[[2]int]bool{}
	for _, c := range cands {
		if c.Label > 0 {
			for ei, ev := range items[c.Item].Events {
				if stance.Classes[c.Label] == strings.ToUpper(ev.Type) && holderMatch(ev, c) && predInCue(c.Pred, ev.Cue) {
					hit[[2]int{c.Item, ei}] = true
				}
			}
		}
	}
	for i, it := range items {
		for ei, ev := range it.Events {
			if isStance(ev.Type) {
				nev++
				if hit[[2]int{i, ei}] {
					found++
				}
			}
		}
	}
	pos := 0
	for _, c := range cands {
		if c.Label > 0 {
			pos++
		}
	}
	fmt.Printf("items %d, gold events %d, candidates %d (%d labelled); ceiling: %d events found a candidate (%.1f%%)\n",
		len(items), nev, len(cands), pos, found, 100*float64(found)/float64(max(1, nev)))
	opts := learn.Options{Epochs: *epochs, Seed: 33, Bits: uint8(*bits), Version: uint16(*version)}
	th := crossValidate(items, cands, opts, *show)
	opts.Data = fmt.Sprintf("gold stance events on PolNeAR train sentences (%s): %d items, %d events, %d candidates, %d epochs", strings.Join(desc, "; "), len(items), nev, len(cands), *epochs)
	m := learn.Train(examples(cands, nil), stance.Classes, opts)
	m.Threshold = float32(th)
	fmt.Printf("model: %d rows, threshold %.2f\n", len(m.Rows), th)
	if *out != "" {
		b, err := m.MarshalBinary()
		if err != nil {
			fail(err)
		}
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			fail(err)
		}
		fmt.Printf("wrote %s (%d bytes)\n", *out, len(b))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainstance:", err)
	os.Exit(1)
}

func isStance(t string) bool {
	for _, c := range stance.Classes[1:] {
		if strings.ToUpper(t) == c {
			return true
		}
	}
	return false
}

// readSet reads a set's items and gold lines; only items with a gold line are returned.
func readSet(dir, name string) ([]item, string, error) {
	gold := map[string][]event{}
	gs, _ := filepath.Glob(filepath.Join(dir, "gold*.jsonl"))
	sort.Strings(gs)
	for _, g := range gs {
		err := eachJSON(g, func(b []byte) error {
			var o struct {
				Sid    string  `json:"sid"`
				Events []event `json:"events"`
			}
			if err := json.Unmarshal(b, &o); err != nil {
				return err
			}
			gold[o.Sid] = o.Events
			return nil
		})
		if err != nil {
			return nil, "", err
		}
	}
	is, _ := filepath.Glob(filepath.Join(dir, "items*.jsonl"))
	sort.Strings(is)
	seen := map[string]bool{}
	var out []item
	for _, f := range is {
		err := eachJSON(f, func(b []byte) error {
			var o struct{ Sid, Article, Sentence string }
			if err := json.Unmarshal(b, &o); err != nil {
				return err
			}
			if ev, ok := gold[o.Sid]; ok && !seen[o.Sid] {
				seen[o.Sid] = true
				out = append(out, item{Sid: o.Sid, Article: o.Article, Sentence: o.Sentence, Events: ev, Set: name})
			}
			return nil
		})
		if err != nil {
			return nil, "", err
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Sid < out[j].Sid })
	return out, fmt.Sprintf("%s %d items", name, len(out)), nil
}

func eachJSON(path string, f func([]byte) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	n := 0
	for sc.Scan() {
		n++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := f(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}

// extract runs the pipeline on every article holding an item (workers at a time) and returns the
// candidates of the items' sentences, in article order whatever the workers' timing.
func extract(pn string, items []item, split map[string]string, workers int) []cand {
	byArt := map[string][]int{}
	var arts []string
	for i, it := range items {
		key := split[it.Set] + "/text/" + it.Article
		if byArt[key] == nil {
			arts = append(arts, key)
		}
		byArt[key] = append(byArt[key], i)
	}
	sort.Strings(arts)
	// each worker its own pipeline and tap; results kept by article, joined in article order
	per := make([][]cand, len(arts))
	var wg sync.WaitGroup
	var done atomic.Int64
	for w := 0; w < workers; w++ {
		var taps []loader.StanceCandidate
		p, err := loader.NewPipeline(data.FS, loader.WithArticleTimeout(0), loader.WithStanceTap(func(c loader.StanceCandidate) { taps = append(taps, c) }))
		if err != nil {
			fail(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := w; n < len(arts); n += workers {
				a := arts[n]
				taps = taps[:0]
				err := input.Read(context.Background(), []string{filepath.Join(pn, a)}, nil, func(doc input.Document, err error) error {
					if err != nil {
						return err
					}
					_, err = p.Process(context.Background(), doc)
					return err
				})
				if err != nil {
					fmt.Fprintln(os.Stderr, "trainstance: skipped:", err)
					continue
				}
				for _, t := range taps {
					c := cand{StanceCandidate: t, Item: -1, Art: a}
					for _, i := range byArt[a] {
						if sameSentence(items[i].Sentence, t.Sentence) {
							c.Item = i
							break
						}
					}
					if c.Item >= 0 {
						per[n] = append(per[n], c)
					}
				}
				if k := done.Add(1); k%100 == 0 {
					fmt.Fprintf(os.Stderr, "%d/%d articles\n", k, len(arts))
				}
			}
		}()
	}
	wg.Wait()
	var out []cand
	for _, cs := range per {
		out = append(out, cs...)
	}
	return out
}

// labelAll gives each candidate the type of the first gold event of its item that it matches.
func labelAll(items []item, cands []cand) {
	for i := range cands {
		c := &cands[i]
		for _, ev := range items[c.Item].Events {
			if isStance(ev.Type) && holderMatch(ev, *c) && predInCue(c.Pred, ev.Cue) {
				for k, cl := range stance.Classes {
					if cl == strings.ToUpper(ev.Type) {
						c.Label = k
					}
				}
				break
			}
		}
	}
}

var wordRE = regexp.MustCompile(`[a-z0-9]+`)

func norm(s string) string {
	r := strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2019", "'", "\u2018", "'")
	return strings.Join(strings.Fields(r.Replace(s)), " ")
}

func toks(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range wordRE.FindAllString(strings.ToLower(norm(s)), -1) {
		m[w] = true
	}
	return m
}

// sameSentence is the kit's test: one contains the other, or their word sets overlap ≥ 0.6.
func sameSentence(gold, ev string) bool {
	g, e := norm(gold), norm(ev)
	if strings.Contains(e, g) || strings.Contains(g, e) {
		return true
	}
	a, b := toks(g), toks(e)
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	return len(a) > 3 && float64(inter)/float64(max(1, union)) >= 0.6
}

var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("the a an of and mr mrs ms dr sen senator rep gov president former campaign s his her their its party u.s us") {
		stop[w] = true
	}
}

var possRE = regexp.MustCompile(`['\x{2019}]s\b`)

func headwords(s string) map[string]bool {
	s = possRE.ReplaceAllString(strings.ToLower(s), "")
	m := map[string]bool{}
	for _, w := range wordRE.FindAllString(s, -1) {
		if !stop[w] && len(w) >= 2 {
			m[w] = true
		}
	}
	return m
}

// holderMatch is the kit's source test: a content word shared by the holder's names (or its
// words in the sentence) and the event's source or source_alts.
func holderMatch(ev event, c cand) bool {
	names := map[string]bool{}
	for _, n := range append(append([]string{}, c.HolderNames...), c.HolderText) {
		for w := range headwords(n) {
			names[w] = true
		}
	}
	for _, a := range append([]string{ev.Source}, ev.SourceAlts...) {
		for w := range headwords(a) {
			if names[w] {
				return true
			}
		}
	}
	// a pronoun holder written in the sentence ("he") is in source_alts as written
	if c.HolderText != "" {
		for _, a := range ev.SourceAlts {
			if strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(c.HolderText)) {
				return true
			}
		}
	}
	return false
}

func predInCue(pred, cue string) bool {
	p := strings.ToLower(pred)
	for _, w := range wordRE.FindAllString(strings.ToLower(cue), -1) {
		if w == p {
			return true
		}
	}
	return false
}

func examples(cands []cand, keep func(cand) bool) []learn.Example {
	var ex []learn.Example
	for _, c := range cands {
		if keep == nil || keep(c) {
			ex = append(ex, learn.Example{Feats: c.Feats, Label: c.Label})
		}
	}
	return ex
}

func fold(art string) int {
	h := fnv.New32a()
	h.Write([]byte(art))
	return int(h.Sum32() % 5)
}

// crossValidate trains on four folds of articles and scores the fifth, for each threshold of a
// grid: a new line (a decision for a holder the rules gave no stance in the sentence) is right
// when its sentence has a gold event of the decided class whose source the holder matches (the
// kit's scorer's test, which ignores the cue). It prints
// the table and returns the threshold with most right − wrong lines (precision ≥ 50% at the
// margin).
func crossValidate(items []item, cands []cand, opts learn.Options, show string) float64 {
	type dec struct {
		margin float64
		right  bool
		line   string
	}
	var decs []dec
	var vetoes []dec // rule relations' candidates: the margin of the rule's class, right by gold
	for f := 0; f < 5; f++ {
		m := learn.Train(examples(cands, func(c cand) bool { return fold(c.Art) != f }), stance.Classes, opts)
		for _, c := range cands {
			if fold(c.Art) != f {
				continue
			}
			for _, ft := range c.Feats {
				typ, ok := strings.CutPrefix(ft, "rule=")
				if !ok {
					continue
				}
				cl := slices.Index(stance.Classes, typ)
				if cl < 0 {
					continue
				}
				s := m.Score(c.Feats)
				right := false
				for _, ev := range items[c.Item].Events {
					if strings.ToUpper(ev.Type) == typ && holderMatch(ev, c) {
						right = true
					}
				}
				vetoes = append(vetoes, dec{s[cl] - s[0], right, ""})
			}
		}
		// group held-out candidates by item
		byItem := map[int][]int{}
		var order []int
		for i, c := range cands {
			if fold(c.Art) == f && len(c.RuleTypes) == 0 {
				if byItem[c.Item] == nil {
					order = append(order, c.Item)
				}
				byItem[c.Item] = append(byItem[c.Item], i)
			}
		}
		for _, it := range order {
			// the best candidate per (holder names, class), as stance.Model.Decide keeps
			best := map[string]dec{}
			var keys []string
			for _, i := range byItem[it] {
				c := cands[i]
				cl, margin := m.Predict(c.Feats, 0)
				if cl == 0 {
					continue
				}
				if neg(c.Feats) {
					continue
				}
				key := strings.Join(c.HolderNames, "|") + "#" + stance.Classes[cl]
				right := false
				for _, ev := range items[it].Events {
					if strings.ToUpper(ev.Type) == stance.Classes[cl] && holderMatch(ev, c) {
						right = true // the kit's match: type and a shared content word of the source
					}
				}
				if b, ok := best[key]; !ok || b.margin < margin {
					if !ok {
						keys = append(keys, key)
					}
					best[key] = dec{margin, right, fmt.Sprintf("%s\t%s\t%s\t%s\t%.1f\t%v\t%s", items[it].Sid, strings.Join(c.HolderNames, "|"), c.Pred, stance.Classes[cl], margin, right, items[it].Sentence)}
				}
			}
			for _, k := range keys {
				decs = append(decs, best[k])
			}
		}
	}
	for _, t := range []float64{0, -5, -10, -20} {
		r, w := 0, 0
		for _, v := range vetoes {
			if v.margin < t {
				if v.right {
					r++
				} else {
					w++
				}
			}
		}
		fmt.Printf("cv veto below %4.1f: of %d rule lines, %d would go: %d right, %d wrong by gold\n", t, len(vetoes), r+w, r, w)
	}
	if show != "" {
		var b strings.Builder
		for _, d := range decs {
			b.WriteString(d.line + "\n")
		}
		if err := os.WriteFile(show, []byte(b.String()), 0o600); err != nil {
			fail(err)
		}
	}
	bestT, bestNet := 1e9, 0
	for t := 0.0; t <= 40; t += 1 {
		r, w := 0, 0
		for _, d := range decs {
			if d.margin >= t {
				if d.right {
					r++
				} else {
					w++
				}
			}
		}
		fmt.Printf("cv threshold %4.1f: new lines %4d, right %4d, wrong %4d\n", t, r+w, r, w)
		if r-w > bestNet {
			bestT, bestNet = t, r-w
		}
	}
	return bestT
}

func neg(feats []string) bool {
	for _, f := range feats {
		if f == "neg" {
			return true
		}
	}
	return false
}
