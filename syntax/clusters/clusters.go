// Package clusters holds a hierarchical word-cluster table: each word of a vocabulary maps to a
// bit string, the path from the root of a binary tree of clusters to the word's leaf, so that
// words sharing a prefix of k bits share the cluster of depth k. The tagger (syntax/tag) and the
// parser (syntax/depparse) use the prefixes as features that generalize from the treebank's words
// to words of the same cluster it never saw (Koo, Carreras and Collins 2008, "Simple
// semi-supervised dependency parsing"; Turian, Ratinov and Bengio 2010, "Word representations: a
// simple and general method for semi-supervised learning").
//
// The table file is UTF-8 text, one word a line: "word<TAB>bits", bits a string of '0' and '1'
// (1 to 32 characters); lines starting with '#' and empty lines are comments. Words are lower
// case. tools/clusters writes it from GloVe vectors (data/syntax/README.md says which).
// A Table is immutable and safe for concurrent use.
package clusters

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// MaxBits is the longest bit string a table may hold.
const MaxBits = 32

// Table maps lower-case words to cluster bit strings.
type Table struct {
	bits map[string]string
	fp   uint64
}

// Read reads a table from r; name (a file name) is used in errors, which give the line.
func Read(r io.Reader, name string) (*Table, error) {
	t := &Table{bits: map[string]string{}}
	h := fnv.New64a()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		w, b, ok := strings.Cut(s, "\t")
		if !ok || w == "" || b == "" || len(b) > MaxBits || strings.Trim(b, "01") != "" {
			return nil, fmt.Errorf("clusters: %s:%d: want \"word<TAB>bits\" with 1 to %d bits of 0 and 1, got %q", name, line, MaxBits, s)
		}
		if _, dup := t.bits[w]; dup {
			return nil, fmt.Errorf("clusters: %s:%d: %q listed twice", name, line, w)
		}
		t.bits[w] = b
		h.Write([]byte(s))
		h.Write([]byte{'\n'})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clusters: %s: %w", name, err)
	}
	if len(t.bits) == 0 {
		return nil, fmt.Errorf("clusters: %s: no words", name)
	}
	t.fp = h.Sum64()
	return t, nil
}

// LoadFile reads the table at path.
func LoadFile(path string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}

// Len is the number of words in the table.
func (t *Table) Len() int { return len(t.bits) }

// Fingerprint is the 64-bit FNV-1a hash of the table's entries in file order: a model trained
// with one table records it and refuses another.
func (t *Table) Fingerprint() uint64 { return t.fp }

// Lookup returns the bit string of a word form: the form lower-cased, with the typographic
// apostrophe U+2019 read as "'" (news text writes "China’s"; the vectors' corpus "'s"). ok is
// false for a word not in the table.
func (t *Table) Lookup(form string) (bits string, ok bool) {
	if t == nil {
		return "", false
	}
	k := strings.ToLower(form)
	if strings.Contains(k, "\u2019") {
		k = strings.ReplaceAll(k, "\u2019", "'")
	}
	bits, ok = t.bits[k]
	return bits, ok
}

// ByLabel builds a table that puts each word in the cluster of the label it has most often in
// pairs (word, label) — ties to the label first in byte order —, the labels numbered in order of
// first appearance among the sorted words and written as 6-bit strings. It is for tests: a
// stand-in for a table learned from unlabelled text whose clusters are known (by part of speech,
// say). Words are lower-cased; words a table line cannot hold (empty, white space, a leading
// '#') are skipped. At most 64 labels.
func ByLabel(pairs [][2]string) (*Table, error) {
	counts := map[string]map[string]int{}
	for _, p := range pairs {
		k := strings.ToLower(p[0])
		if k == "" || k[0] == '#' || strings.ContainsAny(k, "\t\n\r ") {
			continue
		}
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][p[1]]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	rank := map[string]int{}
	var b strings.Builder
	for _, w := range words {
		best, n := "", -1
		for l, c := range counts[w] {
			if c > n || c == n && l < best {
				best, n = l, c
			}
		}
		if _, ok := rank[best]; !ok {
			rank[best] = len(rank)
		}
		if rank[best] >= 64 {
			return nil, fmt.Errorf("clusters: ByLabel: more than 64 labels")
		}
		fmt.Fprintf(&b, "%s\t%06b\n", w, rank[best])
	}
	return Read(strings.NewReader(b.String()), "ByLabel")
}

// ByUPOS is ByLabel over the words of CoNLL-U sentences with their UPOS: a table whose
// clusters are parts of speech, for tests.
func ByUPOS(sets ...[]*conllu.Sentence) (*Table, error) {
	var pairs [][2]string
	for _, ss := range sets {
		for _, s := range ss {
			for _, w := range s.Words {
				pairs = append(pairs, [2]string{w.Form, w.UPOS})
			}
		}
	}
	return ByLabel(pairs)
}

// Prefix returns the first n bits of bits (all of them if shorter): the cluster of depth n.
func Prefix(bits string, n int) string {
	if len(bits) <= n {
		return bits
	}
	return bits[:n]
}
