package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
)

// countries reads the Phoenix country dictionary's one- and two-word names that are no other
// country's part ("Guinea" of "Equatorial Guinea" is fine: the source is matched by name).
func countries(path string) ([]string, error) {
	rows, err := benchio.Table(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		if len(r) < 4 || r[2] == "" || r[3] == "" || len(strings.Fields(r[0])) > 2 {
			continue
		}
		out = append(out, r[0])
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("%s: fewer than two countries", path)
	}
	return out, nil
}

// plainWords: lower-case letters, spaces, hyphens and apostrophes only (no codes or slashes).
func plainWords(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == ' ' || r == '-' || r == '\'') {
			return false
		}
	}
	return true
}

// plural: a noun form ending in -s that is no -ss, -us, -is singular.
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// np realises an object phrase: plural heads bare, singular ones with "the" (the definite
// article goes with count and mass nouns alike, Quirk et al. 1985, 5.26-5.36). det "none"
// writes every object bare.
func np(phrase, det string) string {
	ws := strings.Fields(phrase)
	if len(ws) == 0 || det == "none" || plural(ws[len(ws)-1]) || strings.HasSuffix(ws[len(ws)-1], "ed") {
		// (a participle the dictionary names as the verb's complement, "REMAIN * ISOLATED",
		// takes no article)
		return phrase
	}
	return "the " + phrase
}

var detMode = "the"

// build realises every stance verb and pattern of the table under dir.
func build(dir string, f *forms, cs []string) ([]cue, map[string]int, error) {
	verbs, err := benchio.Table(filepath.Join(dir, "cameo-verbs.txt"))
	if err != nil {
		return nil, nil, err
	}
	pats, err := benchio.Table(filepath.Join(dir, "cameo-patterns.txt"))
	if err != nil {
		return nil, nil, err
	}
	src, err := os.ReadFile(filepath.Join(dir, "source", "CAMEO.2.0.txt"))
	if err != nil {
		return nil, nil, err
	}
	lines := strings.Split(string(src), "\n")
	skipped := map[string]int{}
	blockVerbs := map[string][]string{}
	var out []cue
	k := 0
	pair := func() (string, string) {
		a, b := cs[k%len(cs)], cs[(k*7+3)%len(cs)]
		if a == b {
			b = cs[(k*7+4)%len(cs)]
		}
		k++
		return a, b
	}
	seen := map[string]bool{}
	for _, v := range verbs {
		if len(v) < 9 {
			continue
		}
		if plainWords(v[1]) {
			blockVerbs[v[2]] = append(blockVerbs[v[2]], v[0]+"|"+v[1])
		}
		if !stanceTypes[v[5]] {
			continue
		}
		if !plainWords(v[1]) {
			skipped["verb: words not plain"]++
			continue
		}
		vp, ok := f.phrase(v[0], v[1])
		if !ok {
			skipped["verb: participle or copula entry"]++
			continue
		}
		a, b := pair()
		text := a + " " + vp + " " + b + "."
		if seen[text] {
			continue
		}
		seen[text] = true
		c := cue{kind: "verb", block: v[2], label: v[1], typ: v[5], line: v[8], text: text, a: a}
		if len(strings.Fields(v[1])) > 1 {
			c.classes = append(c.classes, "multiword verb")
		} else {
			c.classes = append(c.classes, "one-word verb")
		}
		out = append(out, c)
	}
	// PETRARCH2 keeps the last of identical patterns (its trie's end mark is overwritten,
	// frames.bestPattern), so an earlier row whose words a later row repeats with another type
	// can never be matched: the dictionary shadows it. And the target phrase the check adds
	// ("to B") fills a bare-preposition slot when the block has that pattern too, which is more
	// specific. Both are counted apart (class "shadowed"), not as the machinery's failures.
	lastType := map[string]string{}
	lastLine := map[string]int{}
	for _, p := range pats {
		if len(p) >= 12 {
			lastType[strings.Join(p[:6], "|")] = p[8]
			var n int
			fmt.Sscan(p[11], &n)
			lastLine[strings.Join(p[:6], "|")] = n
		}
	}
	for _, p := range pats {
		if len(p) < 12 || !stanceTypes[p[8]] {
			continue
		}
		shadow := lastType[strings.Join(p[:6], "|")] != p[8]
		if p[5] == "-" {
			q := append(append([]string{}, p[:5]...), prepFor[p[8]])
			if t, ok := lastType[strings.Join(q, "|")]; ok && t != p[8] {
				shadow = true
			}
			// the block's bare-preposition pattern ("- * (AGAINST)") scores as the object
			// pattern does (one slot each), and the later line wins the tie
			var n int
			fmt.Sscan(p[11], &n)
			q = []string{p[0], "-", "-", "-", "-", prepFor[p[8]]}
			if t, ok := lastType[strings.Join(q, "|")]; ok && t != p[8] && p[2] == "-" && p[4] == "-" && lastLine[strings.Join(q, "|")] > n {
				shadow = true
			}
		}
		if p[1] != "-" {
			skipped["pattern: subject words"]++
			continue
		}
		bv := blockVerbs[p[0]]
		if len(bv) == 0 {
			skipped["pattern: block has no plain verb"]++
			continue
		}
		lemma, words := commentVerb(lines, p[11], bv)
		vp, ok := f.phrase(lemma, words)
		if !ok {
			skipped["pattern: participle or copula verb"]++
			continue
		}
		var classes []string
		if shadow {
			classes = append(classes, "shadowed")
		}
		parts := []string{vp}
		if p[2] != "-" {
			if !strings.HasSuffix(words, " "+p[2]) {
				parts = append(parts, p[2]) // "LAY_+DOWN" lists the particle in the verb already
			}
			classes = append(classes, "particle")
		}
		if p[3] != "-" {
			obj := p[3]
			if p[4] != "-" {
				obj = p[4]
				classes = append(classes, "multiword object")
			} else {
				classes = append(classes, "one-word object")
			}
			if strings.Contains(p[3], "|") || strings.Contains(obj, "(") {
				classes = append(classes, "set object")
			}
			o := benchio.FirstMember(obj)
			if strings.Contains(o, "-") {
				classes = append(classes, "hyphenated object")
			}
			if !plainWords(o) {
				skipped["pattern: object not plain words"]++
				continue
			}
			parts = append(parts, np(o, detMode))
		} else {
			classes = append(classes, "no object")
		}
		a, b := pair()
		target := false
		if p[5] != "-" {
			classes = append(classes, "prep group")
			for _, g := range strings.Split(p[5], ";") {
				g = benchio.FirstMember(strings.TrimSpace(g))
				ws := strings.Fields(g)
				if len(ws) == 0 || !plainWords(g) {
					continue
				}
				if len(ws) == 1 && !target {
					parts = append(parts, ws[0], b)
					target = true
					continue
				}
				parts = append(parts, ws[0], np(strings.Join(ws[1:], " "), detMode))
			}
		}
		if !target {
			parts = append(parts, prepFor[p[8]], b)
		}
		text := a + " " + strings.Join(parts, " ") + "."
		if seen[text] {
			continue
		}
		seen[text] = true
		label := p[0] + " " + strings.Join(parts[1:len(parts)-1], " ")
		out = append(out, cue{kind: "pattern", block: p[0], label: label, typ: p[8], line: p[11], classes: classes, text: text, a: a})
	}
	return out, skipped, nil
}

// commentVerb returns the lemma and words of the block member a CAMEO pattern line names in
// its "# VERB" comment (bench/sweep's commentVerb), else the block's first plain verb.
func commentVerb(lines []string, line string, block []string) (string, string) {
	first := func(e string) (string, string) { l, w, _ := strings.Cut(e, "|"); return l, w }
	var n int
	if _, err := fmt.Sscan(line, &n); err == nil && n >= 1 && n <= len(lines) {
		if _, c, ok := strings.Cut(lines[n-1], "#"); ok {
			if f := strings.Fields(strings.ToLower(c)); len(f) > 0 {
				for _, e := range block {
					l, w := first(e)
					if l == f[0] || strings.Fields(w)[0] == f[0] {
						return l, w
					}
				}
			}
		}
	}
	return first(block[0])
}
