// Package depparse is a greedy transition-based dependency parser for Universal Dependencies:
// arc-eager transitions (Nivre 2003) with labelled arcs, scored by an averaged perceptron
// (Collins 2002) over the rich non-local features of Zhang and Nivre (2011), trained with the
// dynamic oracle of Goldberg and Nivre (2012). Parsing a sentence of n words takes at most 2n
// transitions, each scored by summing the sparse weight rows of a fixed number of hashed
// features.
//
// A Model is immutable after Train or Load and safe for concurrent use.
package depparse

import (
	"errors"
	"fmt"
	"sync"
)

// Word is the parser's input for one word: its form and its tags (UPOS, and the Penn Treebank
// XPOS when known; either may be empty).
type Word struct {
	Form, UPOS, XPOS string
}

// Model is a trained parser. The weights are a compressed sparse row table: the feature hash's
// top `bits` bits select row r, whose non-zero weights are ent[rowStart[r]:rowStart[r+1]]. Each
// entry packs the action (bits 16–23; see transition.go for the numbering) and the weight as a
// 16-bit integer (bits 0–15; the real weight is that times scale). Scores are summed as integers:
// the scale does not change which action wins. One 4-byte array keeps a row in one or two cache
// lines, which is what parsing speed depends on.
type Model struct {
	labels     []string
	bits       uint
	rowStart   []uint32
	ent        []uint32
	dense      []int16 // rows stored dense, numActions weights each (see pack)
	scale      float32
	rootLabel  int
	punctLabel int
	fallback   int
	beam       int // beam width of Parse (0 or 1: greedy); see SetBeam
	trainBeam  int // beam width of training, saved with the model and the default for beam

	pool sync.Pool // *parser scratch
}

// Labels returns the dependency relations the model predicts, in label-number order.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

// NumWeights returns the number of non-zero weights kept.
func (m *Model) NumWeights() int {
	n := 0
	for r := 0; r+1 < len(m.rowStart); r++ {
		m.eachWeight(r, func(int, int16) { n++ })
	}
	return n
}

// MemoryBytes returns the size of the model's tables in memory.
func (m *Model) MemoryBytes() int {
	return 4*len(m.rowStart) + 4*len(m.ent) + 2*len(m.dense)
}

func (m *Model) numActions() int { return actFirstL + 2*len(m.labels) }

// scorer adds the weights of a feature row to the action scores.
type scorer interface {
	score(f []uint64, scores []float32)
}

func (m *Model) score(f []uint64, scores []float32) {
	var acc accs
	m.scoreInt(f, &acc)
	for a := range scores {
		scores[a] = float32(acc[a])
	}
}

// scoreInt sets acc to the integer scores of feature vector f.
func (m *Model) scoreInt(f []uint64, acc *accs) {
	// First every row's bounds, then the sums: the bound loads are independent, so the CPU
	// overlaps their cache misses instead of waiting for each in turn.
	var lo, hi [numFeatures]uint32
	shift := 64 - m.bits
	rs := m.rowStart
	for i, h := range f[:numFeatures] {
		r := h >> shift
		lo[i], hi[i] = rs[r], rs[r+1]
	}
	*acc = accs{}
	C := m.numActions()
	for i := range lo {
		m.addEntries(acc, m.ent[lo[i]:hi[i]], C)
	}
}

// parser is the per-call scratch of Parse.
type parser struct {
	st     state
	ws     []word
	f      []uint64
	scores []float32
	bs     *beamSearch // beam > 1
	bc     bufCache    // greedy
}

// ErrNoModel is returned by Parse on a nil or empty model.
var ErrNoModel = errors.New("depparse: no model loaded")

// Parse returns the head (0 = root, else the 1-based index of the head word) and the relation
// of each word. Any input is accepted: an empty sentence gives empty results; the result is
// always a tree with exactly one word attached to the root.
func (m *Model) Parse(words []Word) (heads []int, labels []string, err error) {
	if m == nil || len(m.labels) == 0 {
		return nil, nil, ErrNoModel
	}
	heads = make([]int, len(words))
	labels = make([]string, len(words))
	m.ParseInto(words, heads, labels)
	return heads, labels, nil
}

// ParseInto is Parse writing into heads and labels, which must have len(words) elements.
func (m *Model) ParseInto(words []Word, heads []int, labels []string) {
	if len(words) == 0 {
		return
	}
	p, _ := m.pool.Get().(*parser)
	if p == nil {
		p = &parser{f: make([]uint64, numFeatures), scores: make([]float32, m.numActions())}
	}
	p.ws = prepare(words, p.ws)
	st := &p.st
	if k := m.BeamWidth(); k > 1 {
		if p.bs == nil {
			p.bs = newBeamSearch(k, m.numActions())
		}
		st = p.bs.parse(p.ws, m, len(m.labels), m.rootLabel)
	} else {
		p.bc.reset(len(words), m.numActions())
		run(st, p.ws, m, len(m.labels), m.rootLabel, p.f, p.scores, &p.bc)
	}
	m.finish(st, words)
	for i := range words {
		heads[i] = int(st.head[i+1])
		labels[i] = m.labels[st.label[i+1]]
	}
	m.pool.Put(p)
}

func (m *Model) finish(st *state, words []Word) {
	st.finish(func(i int) bool { return words[i-1].UPOS == "PUNCT" }, m.rootLabel, m.punctLabel, m.fallback)
}

// prepare computes the per-word feature atoms; index 0 is the root.
func prepare(words []Word, ws []word) []word {
	if cap(ws) < len(words)+1 {
		ws = make([]word, len(words)+1)
	}
	ws = ws[:len(words)+1]
	ws[0] = word{w: rootWord, p: rootTag, s: rootWord}
	for i, w := range words {
		ws[i+1] = word{w: hashLower(w.Form), p: tagHash(w.UPOS, w.XPOS), s: suffixHash(w.Form)}
	}
	return ws
}

// run parses greedily: at each step the best-scoring valid action. With a *Model scorer and a
// reset bc, the buffer templates' rows are summed once per buffer position (beamscore.go).
func run(st *state, ws []word, sc scorer, nl, rootLabel int, f []uint64, scores []float32, bc *bufCache) {
	st.reset(len(ws) - 1)
	m, _ := sc.(*Model)
	var acc accs
	for !st.terminal() {
		// Forced moves need no scoring: with the buffer empty only REDUCE is valid, and with
		// the root on top after it has its child only SHIFT (about one step in ten).
		if int(st.b) > st.n {
			st.apply(actReduce, nl)
			continue
		}
		if st.top() == 0 && st.rootChild >= 0 {
			st.apply(actShift, nl)
			continue
		}
		extract(st, ws, f)
		if m != nil && bc != nil {
			m.scoreCached(f, st.b, bc, &acc)
			for a := range scores {
				scores[a] = float32(acc[a])
			}
		} else {
			sc.score(f, scores)
		}
		best, bestScore := -1, float32(0)
		for a, v := range scores {
			if (best < 0 || v > bestScore) && st.valid(a, nl, rootLabel) {
				best, bestScore = a, v
			}
		}
		if best < 0 { // cannot happen (a non-terminal state always has a valid action); never loop
			return
		}
		st.apply(best, nl)
	}
}

// labelIndex returns the index of label l, or -1.
func labelIndex(labels []string, l string) int {
	for i, x := range labels {
		if x == l {
			return i
		}
	}
	return -1
}

func (m *Model) setSpecialLabels() error {
	m.rootLabel = labelIndex(m.labels, "root")
	if m.rootLabel < 0 {
		return fmt.Errorf("depparse: label set has no \"root\"")
	}
	m.punctLabel = labelIndex(m.labels, "punct")
	if m.punctLabel < 0 {
		m.punctLabel = m.rootLabel
	}
	m.fallback = labelIndex(m.labels, "parataxis")
	if m.fallback < 0 {
		m.fallback = labelIndex(m.labels, "dep")
	}
	if m.fallback < 0 {
		m.fallback = m.punctLabel
	}
	return nil
}

// Pruned returns a copy of m without the weights whose magnitude is below minWeight (in the
// model's units, the real weight divided by its scale: 1..32767). Small weights change few
// decisions but cost time in every score; the trainer chooses minWeight on the dev set.
func (m *Model) Pruned(minWeight int) *Model {
	p := &Model{labels: m.labels, bits: m.bits, scale: m.scale, rootLabel: m.rootLabel, punctLabel: m.punctLabel, fallback: m.fallback, beam: m.beam, trainBeam: m.trainBeam}
	p.rowStart = make([]uint32, len(m.rowStart))
	p.ent = make([]uint32, 0, len(m.ent))
	for r := 0; r+1 < len(m.rowStart); r++ {
		p.rowStart[r] = uint32(len(p.ent))
		m.eachWeight(r, func(a int, q int16) {
			if v := int(q); v >= minWeight || v <= -minWeight {
				p.ent = append(p.ent, entry(a, q))
			}
		})
	}
	p.rowStart[len(p.rowStart)-1] = uint32(len(p.ent))
	p.pack()
	return p
}

// denseMark in an entry's top byte makes it a pointer to a dense row (index in the low 24 bits).
const denseMark = 0xff

// entry packs action a and quantized weight q.
func entry(a int, q int16) uint32 { return uint32(a)<<16 | uint32(uint16(q)) }

// eachWeight calls fn for every non-zero weight of row r, in action order.
func (m *Model) eachWeight(r int, fn func(a int, q int16)) {
	es := m.ent[m.rowStart[r]:m.rowStart[r+1]]
	if len(es) == 1 && es[0]>>24 == denseMark {
		C := m.numActions()
		d := int(es[0]&0xffffff) * C
		for a, q := range m.dense[d : d+C] {
			if q != 0 {
				fn(a, q)
			}
		}
		return
	}
	for _, e := range es {
		fn(int(uint8(e>>16)), int16(uint16(e)))
	}
}

// pack (on a model whose rows are all sparse) stores rows with at least half of all actions non-zero as dense rows: adding a dense
// row is a straight loop with no index decoding, about twice as fast per weight, and the
// frequent features (tags, distances, valencies) have the fullest rows.
func (m *Model) pack() {
	C := m.numActions()
	var ent []uint32
	var dense []int16
	start := make([]uint32, len(m.rowStart))
	for r := 0; r+1 < len(m.rowStart); r++ {
		start[r] = uint32(len(ent))
		es := m.ent[m.rowStart[r]:m.rowStart[r+1]]
		if len(es) < C/2 {
			ent = append(ent, es...)
			continue
		}
		ent = append(ent, denseMark<<24|uint32(len(dense)/C))
		row := make([]int16, C)
		for _, e := range es {
			row[uint8(e>>16)] = int16(uint16(e))
		}
		dense = append(dense, row...)
	}
	start[len(start)-1] = uint32(len(ent))
	m.rowStart, m.ent, m.dense = start, ent, dense
}

// addEntries adds one weight row to acc: es are the row's entries, either one mark pointing into
// the dense table (a row with weights for most of the C actions) or sparse (action, int16 weight)
// pairs packed as action<<16 | weight.
func (m *Model) addEntries(acc *accs, es []uint32, C int) {
	if len(es) == 1 && es[0]>>24 == denseMark {
		d := int(es[0]&0xffffff) * C
		row := m.dense[d : d+C]
		a := acc[:len(row)]
		for j, v := range row {
			a[j] += int32(v)
		}
		return
	}
	for _, e := range es {
		acc[uint8(e>>16)] += int32(int16(uint16(e)))
	}
}

// subEntries subtracts one weight row (as addEntries reads it) from acc.
func (m *Model) subEntries(acc *accs, es []uint32, C int) {
	if len(es) == 1 && es[0]>>24 == denseMark {
		d := int(es[0]&0xffffff) * C
		row := m.dense[d : d+C]
		a := acc[:len(row)]
		for j, v := range row {
			a[j] -= int32(v)
		}
		return
	}
	for _, e := range es {
		acc[uint8(e>>16)] -= int32(int16(uint16(e)))
	}
}
