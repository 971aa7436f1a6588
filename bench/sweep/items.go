package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
)

// stanceTypes are the six stance types of cameo-types.txt the sweep samples.
var stanceTypes = []string{"OPPOSES", "DEMANDS", "THREATENS", "SANCTIONS", "SUPPORTS", "OFFERS"}

// item is one cue of the generated table: a verb alone (object ""), a verb–object pattern, or a
// nominal cue (noun != "").
type item struct {
	verb     string // lemma, the first word of words
	particle string // phrasal particle ("call off")
	object   string // the pattern's object phrase (first member of a set), "" for a bare verb
	objHead  string // the pattern's object head (target keyword beside B)
	noun     string // nominal cue (cameo-nouns.txt)
	typ      string // asserted type
	future   string // type when announced
	cond     string // type in a conditional ("would V B unless …")
	line     string // CAMEO.2.0.txt line
	kind     string // verb, pattern, noun
}

func (it item) label() string {
	switch it.kind {
	case "noun":
		return it.noun + " (n)"
	case "pattern":
		return strings.TrimSpace(it.verb+" "+it.particle) + " " + it.object
	}
	return strings.TrimSpace(it.verb + " " + it.particle)
}

func isStance(t string) bool {
	for _, s := range stanceTypes {
		if s == t {
			return true
		}
	}
	return false
}

// plainWords: only lower-case letters, spaces and hyphens (no codes, digits, slashes).
func plainWords(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == ' ' || r == '-') {
			return false
		}
	}
	return true
}

// sample draws perType verbs, perType verb–object patterns and up to perType/2 nominal cues for
// each stance type, from the generated table under dir, with a fixed seed. Verbs: rows of
// cameo-verbs.txt whose own (block) type is a stance type, one-word lemma or verb + particle.
// Patterns: rows of cameo-patterns.txt with no subject words and no prepositional group, an
// object of plain words, whose type is a stance type; one verb of the block is drawn for each.
// Each (block, object head) pair is taken once, so that set expansions ("arleigh burke-class
// destroyer" for every weapon verb) do not swamp the sample.
func sample(dir string, seed int64, perType int) ([]item, error) {
	r := rand.New(rand.NewSource(seed))
	verbs, err := benchio.Table(filepath.Join(dir, "cameo-verbs.txt"))
	if err != nil {
		return nil, err
	}
	pats, err := benchio.Table(filepath.Join(dir, "cameo-patterns.txt"))
	if err != nil {
		return nil, err
	}
	nouns, err := benchio.Table(filepath.Join(dir, "cameo-nouns.txt"))
	if err != nil {
		return nil, err
	}
	cameo, err := sourceLines(filepath.Join(dir, "source", "CAMEO.2.0.txt"))
	if err != nil {
		return nil, err
	}
	blockVerbs := map[string][]string{}
	byType := map[string][]item{}
	for _, v := range verbs {
		if len(v) < 9 {
			continue
		}
		words := strings.Fields(v[1])
		if len(words) == 0 || len(words) > 2 || !plainWords(v[1]) || strings.HasSuffix(words[0], "ed") && len(words) > 1 || words[0] == "is" || words[0] == "be" {
			// a participle ("angered by") or a copula ("is determined") is no verb to inflect
			continue
		}
		blockVerbs[v[2]] = append(blockVerbs[v[2]], v[1])
		if isStance(v[5]) {
			it := item{verb: words[0], typ: v[5], future: v[6], cond: v[7], line: v[8], kind: "verb"}
			if len(words) == 2 {
				it.particle = words[1]
			}
			byType["v"+v[5]] = append(byType["v"+v[5]], it)
		}
	}
	seen := map[string]bool{}
	for _, p := range pats {
		if len(p) < 12 || p[1] != "-" || p[5] != "-" || p[3] == "-" || !isStance(p[8]) {
			continue
		}
		obj := p[3]
		if p[4] != "-" {
			obj = p[4]
		}
		obj = benchio.FirstMember(obj)
		head := benchio.FirstMember(p[3])
		if !plainWords(obj) || seen[p[0]+"|"+head] || len(blockVerbs[p[0]]) == 0 || closedClass(head) || closedClass(strings.Fields(obj)[0]) {
			continue
		}
		seen[p[0]+"|"+head] = true
		bv := blockVerbs[p[0]]
		words := strings.Fields(bv[r.Intn(len(bv))])
		if v := commentVerb(cameo, p[11], bv); v != "" {
			words = strings.Fields(v)
		}
		it := item{verb: words[0], object: obj, objHead: head, typ: p[8], future: p[9], cond: p[10], line: p[11], kind: "pattern"}
		if p[2] != "-" {
			it.particle = p[2]
		} else if len(words) == 2 {
			it.particle = words[1]
		}
		byType["p"+p[8]] = append(byType["p"+p[8]], it)
	}
	for _, n := range nouns {
		if len(n) < 9 || !isStance(n[5]) || !plainWords(n[0]) {
			continue
		}
		byType["n"+n[5]] = append(byType["n"+n[5]], item{noun: n[0], verb: n[1], typ: n[5], future: n[6], cond: n[7], line: n[8], kind: "noun"})
	}
	var out []item
	keys := make([]string, 0, len(byType))
	for k := range byType {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		its := byType[k]
		n := perType
		if k[0] == 'n' {
			n = perType / 2
		}
		r.Shuffle(len(its), func(i, j int) { its[i], its[j] = its[j], its[i] })
		if len(its) > n {
			its = its[:n]
		}
		out = append(out, its...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no items sampled from %s", dir)
	}
	return out, nil
}

// sourceLines reads CAMEO.2.0.txt as lines (line n is lines[n-1]).
func sourceLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(string(b), "\n"), nil
}

// commentVerb is the verb a CAMEO pattern was written for: CAMEO.2.0.txt closes each pattern line
// of a verb block with "# VERB", the block member the pattern's phrase goes with ("- * REGULATION
// [100] # ISSUE" in the block of GRANT, LEND, ISSUE …, line 6299; "- * {ARREST WARRANT} [080]
// # DROP" in the block of DIP, IMMERSE, DROP …, line 2637). PETRARCH matches a pattern after any
// verb of its block, but a verb drawn at random from the block gives phrases no one writes
// ("lent regulation", "immersed arrest warrant", "interviewed apache attack helicopter"), which
// missed in every template as table noise. So the sweep draws the comment's verb when it is a
// verb of the block (cameo-verbs.txt), and a verb of the block otherwise. line is the pattern's
// line column.
func commentVerb(lines []string, line string, block []string) string {
	var n int
	if _, err := fmt.Sscan(line, &n); err != nil || n < 1 || n > len(lines) {
		return ""
	}
	_, c, ok := strings.Cut(lines[n-1], "#")
	if !ok {
		return ""
	}
	f := strings.Fields(strings.ToLower(c))
	if len(f) == 0 {
		return ""
	}
	for _, v := range block {
		if strings.Fields(v)[0] == f[0] {
			return v
		}
	}
	return ""
}

// closedClass: conjunctions and subordinators (Quirk et al. 1985, 2.39, closed-class words),
// which head no noun phrase. CAMEO has pattern lines whose "object" is one ("- * IF [138]
// # STRIKE", line 8984, and the same in EXPLOSIVE_DESTRUCTION, line 8736: the phrase goes on
// past the verb's object), and the generated table keeps them as objects; the sweep drops
// such a row as noise ("struck if against B"), since no verb–object phrase can realise it.
func closedClass(w string) bool {
	switch w {
	case "and", "or", "but", "nor", "if", "unless", "that", "when", "while", "whether", "as", "than":
		return true
	}
	return false
}
