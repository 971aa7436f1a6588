// Command polnear measures speaker attribution on news against PolNeAR (Newell, Margolin and Ruths
// 2018, "An Attribution Relations Corpus for Political News", LREC; github.com/networkdynamics/
// PolNeAR): among the gold attributions whose source is a name, the share for which the loader's
// CLAIMS relation credits the right speaker. The corpus is read from a path given on the command
// line and never copied into this repository; the test split is reserved and refused.
//
// Definitions (fixed before measuring):
//   - A gold attribution is an E line of a brat standoff .ann file with its Source, Cue and
//     Content spans (code points into the article's text file). Where several annotators did an
//     article, the first .ann file in name order is used.
//   - Its source is a name when one of its heads (see nameHeads: the last word of each part
//     between commas and parentheses, before any relative clause, and the word before "of")
//     starts with a capital letter and is no pronoun ("Donald Trump", "Trump's spokeswoman, Hope
//     Hicks", "Irwin Redlener, a pediatrician at …", "The New York Times"; not "the Clinton
//     campaign", "he", "the Republican front-runner").
//   - A loader claim (a CLAIMS relation's evidence) is placed in the text file by finding its
//     evidence sentence there (white space normalized); its cue and its content (the claim node's
//     text) are placed in and after that sentence.
//   - A gold attribution is matched by the claim whose content overlaps the gold content most
//     (at least half of the shorter span), or else whose cue overlaps the gold cue.
//   - The speaker is right when one of the gold heads (case-folded, possessive 's dropped) is a
//     word of the claim's source node name or one of its aliases.
//
// It prints: gold attributions, those with a name source, how many of these the loader matched
// (coverage), and of the matched, how many have the right speaker (the figure issue 12 asks for,
// target ≥ 90%). With -v (for the train split only) it lists the wrong ones. Usage:
//
//	go run ./bench/polnear -split dev /tmp/polnear/data
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

type span struct{ s, e int } // code points, end exclusive

func (a span) overlap(b span) int {
	s, e := max(a.s, b.s), min(a.e, b.e)
	if e > s {
		return e - s
	}
	return 0
}

type attribution struct {
	source, cue, content span
	sourceText           string
}

type claim struct {
	speaker []string // lower-case words of the speaker's name and aliases
	name    string
	cue     span
	content span
	rule    string
}

func main() {
	split := flag.String("split", "dev", "train or dev (test is reserved)")
	verbose := flag.Bool("v", false, "list the wrong and the missed name-source attributions (train only)")
	limit := flag.Int("n", 0, "at most n articles (0: all)")
	ctx := flag.Bool("ctx", false, "with -v, print each listed attribution's article and the paragraph around its cue")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: polnear [-split train|dev] [-v] POLNEAR_DATA_DIR")
		os.Exit(2)
	}
	if *split != "train" && *split != "dev" {
		fmt.Fprintln(os.Stderr, "polnear: -split must be train or dev; the test split is reserved")
		os.Exit(2)
	}
	if *verbose && *split != "train" {
		fmt.Fprintln(os.Stderr, "polnear: -v lists texts, allowed for the train split only")
		os.Exit(2)
	}
	root := flag.Arg(0)
	meta, err := readMeta(filepath.Join(root, "metadata.tsv"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "polnear:", err)
		os.Exit(1)
	}
	texts, err := filepath.Glob(filepath.Join(root, *split, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		fmt.Fprintf(os.Stderr, "polnear: no texts under %s\n", filepath.Join(root, *split, "text"))
		os.Exit(1)
	}
	sort.Strings(texts)
	if *limit > 0 && len(texts) > *limit {
		texts = texts[:*limit]
	}
	p, err := loader.NewPipeline(data.FS)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var gold, named, matched, right, claims, placed int
	byRule := map[string][2]int{}
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		anns, _ := filepath.Glob(filepath.Join(root, *split, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		raw, err := os.ReadFile(tp)
		if err != nil {
			fmt.Fprintln(os.Stderr, "polnear:", err)
			os.Exit(1)
		}
		text := []rune(string(raw))
		atts, err := readAnn(anns[0], text)
		if err != nil {
			fmt.Fprintln(os.Stderr, "polnear:", err)
			os.Exit(1)
		}
		m := meta[name]
		g, err := p.Process(context.Background(), input.Document{Source: tp, Text: string(raw), Published: m.date, Authors: m.authors})
		if err != nil {
			fmt.Fprintln(os.Stderr, "polnear:", err)
			continue
		}
		cl, n := placeClaims(g, text)
		claims += n
		placed += len(cl)
		for _, a := range atts {
			gold++
			heads := nameHeads(a.sourceText)
			if len(heads) == 0 {
				continue
			}
			named++
			c := bestClaim(a, cl)
			if c == nil {
				if *verbose {
					fmt.Printf("MISSED  %s | cue %q | %s\n", a.sourceText, strings.Join(strings.Fields(string(text[a.cue.s:a.cue.e])), " "), excerpt(text, a.cue, a.content))
					if *ctx {
						fmt.Printf("    %s: %s\n", name, paragraph(text, a.cue))
						nearClaims(cl, text, a.cue)
					}
				}
				continue
			}
			matched++
			r := byRule[c.rule]
			r[0]++
			ok := false
			for _, w := range c.speaker {
				for _, h := range heads {
					ok = ok || w == h
				}
			}
			if ok {
				right++
				r[1]++
			} else if *verbose {
				fmt.Printf("WRONG   gold %q, ours %q [%s] | %s\n", a.sourceText, c.name, c.rule, excerpt(text, a.cue, a.content))
				if *ctx {
					fmt.Printf("    %s: %s\n", name, paragraph(text, a.cue))
				}
			}
			byRule[c.rule] = r
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	fmt.Printf("split=%s articles=%d gold=%d name-source=%d claims=%d (placed %d)\n", *split, len(texts), gold, named, claims, placed)
	fmt.Printf("name-source matched by a claim: %d (%.1f%%)\n", matched, pct(matched, named))
	fmt.Printf("right speaker among matched: %d/%d = %.1f%%\n", right, matched, pct(right, matched))
	var rules []string
	for r := range byRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		fmt.Printf("  %-40s %4d matched, %5.1f%% right\n", r, byRule[r][0], pct(byRule[r][1], byRule[r][0]))
	}
}

type articleMeta struct {
	date    string
	authors []string
}

// readMeta reads PolNeAR's metadata.tsv: filename → publication date and authors.
func readMeta(path string) (map[string]articleMeta, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]articleMeta{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cols map[string]int
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if cols == nil {
			cols = map[string]int{}
			for i, c := range f {
				cols[c] = i
			}
			continue
		}
		get := func(c string) string {
			if i, ok := cols[c]; ok && i < len(f) {
				return f[i]
			}
			return ""
		}
		m := articleMeta{date: get("publication_date")}
		if a := get("author"); a != "" && a != "None" {
			m.authors = []string{a}
		}
		out[get("filename")] = m
	}
	return out, sc.Err()
}

// readAnn reads the attributions of a brat standoff file: T lines give typed spans, E lines tie a
// Source, a Cue and a Content together. Discontinuous spans ("0 5;9 12") keep their outer bounds.
func readAnn(path string, text []rune) ([]attribution, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	spans := map[string]span{}
	var out []attribution
	var events [][]string
	for _, ln := range strings.Split(string(b), "\n") {
		f := strings.Split(ln, "\t")
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			fs := strings.Fields(strings.ReplaceAll(f[1], ";", " "))
			if len(fs) < 3 {
				continue
			}
			var s, e int
			if _, err := fmt.Sscan(fs[1], &s); err != nil {
				return nil, fmt.Errorf("%s: %q: %v", path, ln, err)
			}
			if _, err := fmt.Sscan(fs[len(fs)-1], &e); err != nil {
				return nil, fmt.Errorf("%s: %q: %v", path, ln, err)
			}
			if s < 0 || e > len(text) || s > e {
				// a few gold spans are malformed (end before start): the attribution is left out
				fmt.Fprintf(os.Stderr, "polnear: %s: %s: span %d..%d outside the text (%d code points), left out\n", path, f[0], s, e, len(text))
				continue
			}
			spans[f[0]] = span{s, e}
		case strings.HasPrefix(f[0], "E"):
			events = append(events, strings.Fields(f[1]))
		}
	}
	for _, ev := range events {
		var a attribution
		has := 0
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			sp, ok := spans[id]
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Source":
				a.source, a.sourceText = sp, string(text[sp.s:sp.e])
				has |= 1
			case "Cue":
				a.cue = sp
				has |= 2
			case "Content":
				a.content = sp
				has |= 4
			}
		}
		if has&1 != 0 && has&4 != 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

var pronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "it": true, "you": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "me": true, "him": true, "them": true, "us": true}

// nameHeads returns the head words of a source that is a name, lower case and without a
// possessive, or nil when it is no name. The source is cut into parts at commas, parentheses and
// relative pronouns ("Irwin Redlener, a pediatrician …", "Huffman, who …", "A Twitter
// spokesman, Christopher Abboud,"); the head of a part is its last word, and also the last word
// before "of" ("Stephanie Hooton of Derry", "Secretary of State John Kerry"). Heads that start
// with a capital letter and are no pronoun are kept.
func nameHeads(src string) []string {
	var out []string
	// a parenthetical ("(R-Texas)", "(D-Md.)") is no part of the name
	for {
		i := strings.Index(src, "(")
		j := strings.Index(src, ")")
		if i < 0 || j < i {
			break
		}
		src = src[:i] + "," + src[j+1:]
	}
	cut := func(r rune) bool { return r == ',' || r == '(' || r == ')' || r == ';' || r == ':' || r == '\u2014' }
	for _, part := range strings.FieldsFunc(src, cut) {
		f := strings.Fields(part)
		for i, w := range f {
			if lw := strings.ToLower(w); lw == "who" || lw == "which" || lw == "that" || lw == "whose" {
				f = f[:i]
				break
			}
		}
		var heads []string
		for i, w := range f {
			if w == "of" && i > 0 {
				heads = append(heads, f[i-1])
			}
		}
		if len(f) > 0 {
			heads = append(heads, f[len(f)-1])
		}
		for _, h := range heads {
			h = strings.Trim(h, ".,;:\"'\u201c\u201d\u2018\u2019")
			h = strings.TrimSuffix(strings.TrimSuffix(h, "'s"), "\u2019s")
			h = strings.TrimSuffix(strings.TrimSuffix(h, "'"), "\u2019")
			r := []rune(h)
			if len(r) < 2 || !unicode.IsUpper(r[0]) || pronouns[strings.ToLower(h)] {
				continue
			}
			out = append(out, strings.ToLower(h))
		}
	}
	return out
}

// placeClaims places the loader's CLAIMS evidence in the raw text; it returns the placed claims
// and how many claims there were.
func placeClaims(g *graph.ArticleGraph, text []rune) ([]claim, int) {
	nodes := map[string]*graph.Node{}
	for i := range g.Nodes {
		nodes[g.Nodes[i].ID] = &g.Nodes[i]
	}
	norm, idx := normalized(text)
	var out []claim
	n := 0
	for _, r := range g.Relations {
		if r.Type != graph.Claims {
			continue
		}
		src, tgt := nodes[r.Source], nodes[r.Target]
		if src == nil || tgt == nil {
			continue
		}
		var words []string
		for _, nm := range append([]string{src.Name}, src.Aliases...) {
			for _, w := range strings.FieldsFunc(strings.ToLower(nm), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
				words = append(words, strings.TrimSuffix(w, "s"), w)
			}
		}
		for _, ev := range r.Evidence {
			n++
			ss := find(norm, idx, ev.Text, 0)
			if ss.e == 0 {
				continue
			}
			c := claim{speaker: words, name: src.Name, rule: ev.Rule}
			if ev.CueEnd > ev.CueStart && ev.CueStart >= ev.Start {
				d := ev.CueStart - ev.Start
				c.cue = span{ss.s + d, ss.s + d + (ev.CueEnd - ev.CueStart)}
			}
			c.content = find(norm, idx, tgt.Text, max(0, ss.s-2000))
			if c.content.e == 0 {
				c.content = ss
			}
			out = append(out, c)
		}
	}
	return out, n
}

// normalized returns text with runs of white space made one space, and for each rune of the
// result its index in text.
func normalized(text []rune) ([]rune, []int) {
	var out []rune
	var idx []int
	sp := false
	for i, r := range text {
		if unicode.IsSpace(r) {
			if !sp && len(out) > 0 {
				out = append(out, ' ')
				idx = append(idx, i)
			}
			sp = true
			continue
		}
		sp = false
		out = append(out, r)
		idx = append(idx, i)
	}
	return out, idx
}

// find returns the span in the original text of the first occurrence of s (white space
// normalized) at or after original offset from; span{} when absent.
func find(norm []rune, idx []int, s string, from int) span {
	q := []rune(strings.Join(strings.Fields(s), " "))
	if len(q) == 0 {
		return span{}
	}
	start := sort.SearchInts(idx, from)
	ns := string(norm[start:])
	i := strings.Index(ns, string(q))
	if i < 0 {
		return span{}
	}
	a := start + len([]rune(ns[:i]))
	b := a + len(q)
	return span{idx[a], idx[b-1] + 1}
}

// bestClaim is the claim whose content overlaps a's content most (at least half the shorter), or
// else one whose cue overlaps a's cue.
func bestClaim(a attribution, cl []claim) *claim {
	var best *claim
	bestO := 0
	for i := range cl {
		c := &cl[i]
		o := c.content.overlap(a.content)
		short := min(c.content.e-c.content.s, a.content.e-a.content.s)
		if o*2 >= short && o > bestO {
			best, bestO = c, o
		}
	}
	if best != nil {
		return best
	}
	for i := range cl {
		if cl[i].cue.overlap(a.cue) > 0 {
			return &cl[i]
		}
	}
	return nil
}

func excerpt(text []rune, cue, content span) string {
	s, e := min(cue.s, content.s), max(cue.e, content.e)
	if e-s > 160 {
		e = s + 160
	}
	return strings.Join(strings.Fields(string(text[s:e])), " ")
}

// paragraph is the line of text (between newlines) around sp, at most 400 code points either side.
func paragraph(text []rune, sp span) string {
	s, e := sp.s, sp.e
	for s > 0 && text[s-1] != '\n' && sp.s-s < 400 {
		s--
	}
	for e < len(text) && text[e] != '\n' && e-sp.e < 400 {
		e++
	}
	return strings.Join(strings.Fields(string(text[s:e])), " ")
}

// nearClaims prints the loader's claims whose cue lies in the paragraph around sp (-ctx).
func nearClaims(cl []claim, text []rune, sp span) {
	s, e := sp.s, sp.e
	for s > 0 && text[s-1] != '\n' {
		s--
	}
	for e < len(text) && text[e] != '\n' {
		e++
	}
	for _, c := range cl {
		if c.cue.s >= s && c.cue.e <= e && c.cue.e > c.cue.s {
			fmt.Printf("      have %q [%s] cue %q: %s\n", c.name, c.rule, string(text[c.cue.s:c.cue.e]), excerpt(text, c.content, c.content))
		}
	}
}
