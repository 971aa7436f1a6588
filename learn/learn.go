// Package learn is a sparse linear multiclass classifier over hashed string features: an
// averaged perceptron (Collins 2002, "Discriminative training methods for hidden Markov models";
// the averaging of Freund & Schapire 1999), trained deterministically (the same examples in the
// same order with the same seed give the same model bytes), and a compact binary model format.
//
// A feature is any string ("lemma=criticize", "path=nsubj^"); it is hashed (FNV-1a, 32 bits) into
// one of 2^Bits buckets, and each bucket holds one weight per class. A model scores an example by
// summing the weights of its features' buckets, class by class; Score returns those sums (no unit:
// a perceptron margin), Explain the features that contributed most to a class.
//
// Standard library only; no text is stored in a model, only bucket weights, the class names and a
// one-line description of the training data.
package learn

import (
	"hash/fnv"
	"math/rand/v2"
	"sort"
)

// Model is a trained classifier. W holds, for each bucket with any non-zero weight, the weights
// of every class (row-major: W[r*len(Classes)+c]); Rows[r] is that row's bucket. Rows is sorted.
type Model struct {
	Version uint16   // the model's own version, set by its trainer (not the format's)
	Bits    uint8    // feature-hash size: 2^Bits buckets (1..30)
	Classes []string // class names; Classes[0] is the "no event" class by convention of callers
	Data    string   // description of the training data (what was read, how many examples)
	// Threshold is the margin over class 0 a caller should require before taking another class
	// (chosen by its trainer, e.g. by cross-validation); the model itself never reads it
	Threshold float32
	Rows      []uint32 // buckets with a row of weights, ascending
	W         []float32
	index     map[uint32]int32 // bucket → row, built on load
}

// Example is one training instance: its features and its class (an index into the classes).
type Example struct {
	Feats []string
	Label int
}

// Bucket is the hash bucket of a feature in a table of 2^bits buckets (FNV-1a 32, masked).
func Bucket(feat string, bits uint8) uint32 {
	h := fnv.New32a()
	h.Write([]byte(feat))
	return h.Sum32() & (1<<bits - 1)
}

// Options configure Train. Epochs ≥ 1; Seed fixes the shuffling of examples between epochs.
type Options struct {
	Epochs  int
	Seed    uint64
	Bits    uint8
	Version uint16
	Data    string
}

// Train fits an averaged perceptron to ex over the classes named. Ties between classes go to the
// lower index (so to class 0 when no weight speaks). Deterministic: the examples are shuffled each
// epoch by a PCG generator seeded with opts.Seed; map iteration never decides anything. Panics on
// a label outside the classes or opts.Bits outside 1..30 (callers' bugs).
func Train(ex []Example, classes []string, opts Options) *Model {
	if opts.Bits < 1 || opts.Bits > 30 {
		panic("learn.Train: Bits outside 1..30")
	}
	if opts.Epochs < 1 {
		opts.Epochs = 1
	}
	nc := len(classes)
	// dense during training: 2^Bits × classes weights, their running sums for the average, and
	// the step of each weight's last change (the lazy averaging of Daumé 2006)
	size := (1 << opts.Bits) * nc
	w := make([]float64, size)
	acc := make([]float64, size)
	last := make([]int, size)
	buckets := make([][]uint32, len(ex))
	for i, e := range ex {
		if e.Label < 0 || e.Label >= nc {
			panic("learn.Train: label outside the classes")
		}
		buckets[i] = hashAll(e.Feats, opts.Bits)
	}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	step := 1
	scores := make([]float64, nc)
	update := func(j int, delta float64) {
		acc[j] += float64(step-last[j]) * w[j]
		last[j] = step
		w[j] += delta
	}
	for ep := 0; ep < opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			bs := buckets[i]
			for c := range scores {
				scores[c] = 0
			}
			for _, b := range bs {
				row := int(b) * nc
				for c := 0; c < nc; c++ {
					scores[c] += w[row+c]
				}
			}
			pred := argmax(scores)
			if gold := ex[i].Label; pred != gold {
				for _, b := range bs {
					update(int(b)*nc+gold, 1)
					update(int(b)*nc+pred, -1)
				}
			}
			step++
		}
	}
	m := &Model{Version: opts.Version, Bits: opts.Bits, Classes: append([]string(nil), classes...), Data: opts.Data}
	for b := 0; b < 1<<opts.Bits; b++ {
		row := b * nc
		var any bool
		avg := make([]float32, nc)
		for c := 0; c < nc; c++ {
			j := row + c
			a := (acc[j] + float64(step-last[j])*w[j]) / float64(step)
			avg[c] = float32(a)
			if avg[c] != 0 {
				any = true
			}
		}
		if any {
			m.Rows = append(m.Rows, uint32(b))
			m.W = append(m.W, avg...)
		}
	}
	m.buildIndex()
	return m
}

// Bias is the feature every example has (added by Train and Score): the classes' prior.
const Bias = "\x00bias"

func hashAll(feats []string, bits uint8) []uint32 {
	bs := make([]uint32, 0, len(feats)+1)
	bs = append(bs, Bucket(Bias, bits))
	for _, f := range feats {
		bs = append(bs, Bucket(f, bits))
	}
	return bs
}

func argmax(s []float64) int {
	best := 0
	for c := 1; c < len(s); c++ {
		if s[c] > s[best] {
			best = c
		}
	}
	return best
}

func (m *Model) buildIndex() {
	m.index = make(map[uint32]int32, len(m.Rows))
	for r, b := range m.Rows {
		m.index[b] = int32(r)
	}
}

// Score returns one sum of weights per class (len(m.Classes)) for the features given and Bias; a feature
// repeated counts each time, an unknown one adds nothing.
func (m *Model) Score(feats []string) []float64 {
	nc := len(m.Classes)
	s := make([]float64, nc)
	for _, f := range append([]string{Bias}, feats...) {
		if r, ok := m.index[Bucket(f, m.Bits)]; ok {
			for c := 0; c < nc; c++ {
				s[c] += float64(m.W[int(r)*nc+c])
			}
		}
	}
	return s
}

// Predict returns the best class and its margin over the class against (usually 0, the "no
// event" class): scores[best] - scores[against], ≥ 0 when best is against.
func (m *Model) Predict(feats []string, against int) (best int, margin float64) {
	s := m.Score(feats)
	best = argmax(s)
	return best, s[best] - s[against]
}

// Contribution is one feature's share in the margin of a class over another.
type Contribution struct {
	Feat   string
	Weight float64
}

// Explain returns the n features that raise class over against the most (weight of class minus
// weight of against, largest first, ties in feature order), only those with a positive share.
func (m *Model) Explain(feats []string, class, against, n int) []Contribution {
	nc := len(m.Classes)
	var out []Contribution
	seen := map[string]bool{}
	for _, f := range feats {
		if seen[f] {
			continue
		}
		seen[f] = true
		r, ok := m.index[Bucket(f, m.Bits)]
		if !ok {
			continue
		}
		if v := float64(m.W[int(r)*nc+class] - m.W[int(r)*nc+against]); v > 0 {
			out = append(out, Contribution{f, v})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	if len(out) > n {
		out = out[:n]
	}
	return out
}
