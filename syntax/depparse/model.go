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

	"github.com/claimgraph/claimgraph/syntax/clusters"
)

// Word is the parser's input for one word: its form and its tags (UPOS, and the Penn Treebank
// XPOS when known; either may be empty).
type Word struct {
	Form, UPOS, XPOS string
}

// Model is a trained parser. The weights are a hashed table of rows: the feature hash's top
// `bits` bits select row r, whose non-zero weights are entries that pack the action (bits 16–23;
// see transition.go for the numbering) and the weight as a 16-bit integer (bits 0–15; the real
// weight is that times scale). Scores are summed as integers: the scale does not change which
// action wins. Row r is the 8-byte slot slots[2r:2r+2] (see pack): rows of one or two weights
// live in their slot, so such a feature costs one cache line where a row-start array beside an
// entry array cost two; the tables (~13 MB for the shipped model) are read at random, and what
// they take of the caches is what parsing speed depends on.
type Model struct {
	labels     []string
	bits       uint
	slots      []uint32 // slotWords per row (see pack)
	over       []uint32 // the entries of long rows that do not fit in their slot
	dense      []int16  // rows stored dense, numActions weights each (see pack)
	pairs      []int64  // the dense rows as accs lanes, lanes(numActions) each (see pack)
	scale      float32
	rootLabel  int
	punctLabel int
	fallback   int
	beam       int // beam width of Parse (0 or 1: greedy); see SetBeam
	trainBeam  int // beam width of training, saved with the model and the default for beam
	// clusters, when not nil, is the word-cluster table of a feature set 3 model (its feature
	// vectors are maxFeatures long; see clusterFeatures)
	clusters *clusters.Table

	pool sync.Pool // *parser scratch
}

// nf is the length of the model's feature vectors.
func (m *Model) nf() int {
	if m.clusters != nil {
		return maxFeatures
	}
	return numFeatures
}

// Clusters returns the word-cluster table the model reads, nil if none.
func (m *Model) Clusters() *clusters.Table { return m.clusters }

// Labels returns the dependency relations the model predicts, in label-number order.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

// NumWeights returns the number of non-zero weights kept.
func (m *Model) NumWeights() int {
	n := 0
	for r := 0; r < m.rows(); r++ {
		m.eachWeight(r, func(int, int16) { n++ })
	}
	return n
}

// MemoryBytes returns the size of the model's tables in memory.
func (m *Model) MemoryBytes() int {
	return 4*len(m.slots) + 4*len(m.over) + 2*len(m.dense) + 8*len(m.pairs)
}

// rows is the number of rows of the weight table (2^bits).
func (m *Model) rows() int { return len(m.slots) / slotWords }

func (m *Model) numActions() int { return actFirstL + 2*len(m.labels) }

// scorer adds the weights of a feature row to the action scores.
type scorer interface {
	score(f []uint64, scores []float32)
}

func (m *Model) score(f []uint64, scores []float32) {
	var acc accs
	m.scoreInt(f, &acc)
	acc.floats(scores)
}

// scoreInt sets acc to the integer scores of feature vector f.
func (m *Model) scoreInt(f []uint64, acc *accs) {
	*acc = accs{}
	var rs rowScratch
	m.addRows(acc, f[:m.nf()], 1, m.numActions(), &rs)
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
		p = &parser{f: make([]uint64, m.nf()), scores: make([]float32, m.numActions())}
	}
	p.ws = prepareWith(words, p.ws, m.clusters)
	st := &p.st
	if k := m.BeamWidth(); k > 1 {
		if p.bs == nil {
			p.bs = newBeamSearch(k, m.numActions(), m.nf())
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
func prepare(words []Word, ws []word) []word { return prepareWith(words, ws, nil) }

// prepareWith is prepare with the cluster atoms of a table (none if tab is nil).
func prepareWith(words []Word, ws []word, tab *clusters.Table) []word {
	if cap(ws) < len(words)+1 {
		ws = make([]word, len(words)+1)
	}
	ws = ws[:len(words)+1]
	ws[0] = word{w: rootWord, p: rootTag, s: rootWord, c4: rootWord, c6: rootWord, cf: rootWord}
	for i, w := range words {
		ws[i+1] = word{w: hashLower(w.Form), p: tagHash(w.UPOS, w.XPOS), s: suffixHash(w.Form), c4: noCluster, c6: noCluster, cf: noCluster}
		if tab == nil {
			continue
		}
		if b, ok := tab.Lookup(w.Form); ok {
			ws[i+1].c4 = hashBytes(clusters.Prefix(b, 4))
			ws[i+1].c6 = hashBytes(clusters.Prefix(b, 6))
			ws[i+1].cf = hashBytes(b)
		}
	}
	return ws
}

// run parses greedily: at each step the best-scoring valid action. With a *Model scorer and a
// reset bc, the buffer templates' rows are summed once per buffer position (beamscore.go).
func run(st *state, ws []word, sc scorer, nl, rootLabel int, f []uint64, scores []float32, bc *bufCache) {
	st.reset(len(ws) - 1)
	m, _ := sc.(*Model)
	var acc accs
	var fsBuf [maxFeatures]uint64
	fs := fsBuf[:len(f)]
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
			split(fs, f)
			m.scoreCached(fs, st.b, bc, &acc)
			acc.floats(scores)
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
	p := &Model{labels: m.labels, bits: m.bits, scale: m.scale, rootLabel: m.rootLabel, punctLabel: m.punctLabel, fallback: m.fallback, beam: m.beam, trainBeam: m.trainBeam, clusters: m.clusters}
	rowStart := make([]uint32, m.rows()+1)
	var ent []uint32
	for r := 0; r < m.rows(); r++ {
		rowStart[r] = uint32(len(ent))
		m.eachWeight(r, func(a int, q int16) {
			if v := int(q); v >= minWeight || v <= -minWeight {
				ent = append(ent, entry(a, q))
			}
		})
	}
	rowStart[len(rowStart)-1] = uint32(len(ent))
	p.pack(rowStart, ent)
	return p
}

// denseMark in an entry's top byte makes it a pointer to a dense row (index in the low 24 bits).
const denseMark = 0xff

// slotWords is the size of a row's slot in uint32 words: 8 bytes, aligned (the table is one
// large allocation), so a slot never straddles a cache line. 16-byte slots (rows of up to four
// weights inline) parsed EWT dev about as fast alone but took 8 MB more of the caches: in a
// load, parsing and tagging together were slower than with 8-byte slots.
const slotWords = 2

// slotInline is the longest row kept entirely in its slot.
const slotInline = slotWords

// entry packs action a and quantized weight q.
func entry(a int, q int16) uint32 { return uint32(a)<<16 | uint32(uint16(q)) }

// eachWeight calls fn for every non-zero weight of row r, in action order.
func (m *Model) eachWeight(r int, fn func(a int, q int16)) {
	s := m.slots[r*slotWords : (r+1)*slotWords]
	n := s[0] >> 24
	if n == denseMark {
		C := m.numActions()
		d := int(s[0]&0xffffff) * C
		for a, q := range m.dense[d : d+C] {
			if q != 0 {
				fn(a, q)
			}
		}
		return
	}
	each := func(e uint32) { fn(int(uint8(e>>16)), int16(uint16(e))) }
	if n <= slotInline {
		for _, e := range s[:n] {
			each(e)
		}
		return
	}
	for _, e := range s[:slotWords-1] {
		each(e)
	}
	for _, e := range m.over[s[slotWords-1] : s[slotWords-1]+n-(slotWords-1)] {
		each(e)
	}
}

// pack builds the model's tables from a compressed sparse row table (row r's entries are
// ent[rowStart[r]:rowStart[r+1]], in action order; len(rowStart) = 2^bits + 1).
//
// Rows with at least denseMin(C) non-zero weights are stored dense: adding a dense row is a
// straight loop with no index decoding (two actions per lane add; four lanes per add with AVX2,
// addLanes), and the frequent features (tags, distances, valencies) have the fullest rows. Their slot's first word is
// denseMark<<24 | the dense row's index; the row is kept twice, as int16 weights (dense, read
// by eachWeight) and as accs lanes (pairs, summed two actions at a time).
//
// Every other row of n entries (n < denseMin(C) ≤ 64, so n never reads as denseMark) has its count in
// the top byte of its slot's first word, which an entry leaves free (its action is bits 16–23).
// A row of up to slotInline entries is kept in its slot; a longer one keeps its first
// slotWords-1 entries there and, in the last word, the offset in over of the rest. With the
// shipped model 63% of the non-empty rows fit.
func (m *Model) pack(rowStart, ent []uint32) {
	C := m.numActions()
	rows := len(rowStart) - 1
	m.slots = make([]uint32, rows*slotWords)
	m.over, m.dense, m.pairs = nil, nil, nil
	for r := 0; r < rows; r++ {
		es := ent[rowStart[r]:rowStart[r+1]]
		s := m.slots[r*slotWords : (r+1)*slotWords]
		switch {
		case len(es) == 0:
		case len(es) >= denseMin(C):
			s[0] = denseMark<<24 | uint32(len(m.dense)/C)
			row := make([]int16, C)
			for _, e := range es {
				row[uint8(e>>16)] = int16(uint16(e))
			}
			m.dense = append(m.dense, row...)
			var acc accs
			for a, q := range row {
				acc[a>>1] += int64(q) << (32 * (a & 1))
			}
			m.pairs = append(m.pairs, acc[:lanes(C)]...)
		case len(es) <= slotInline:
			copy(s, es)
		default:
			copy(s, es[:slotWords-1])
			s[slotWords-1] = uint32(len(m.over))
			m.over = append(m.over, es[slotWords-1:]...)
		}
		if n := len(es); n > 0 && n < denseMin(C) {
			s[0] = s[0]&0xffffff | uint32(n)<<24
		}
	}
}

// denseMin is the length from which a row of a model with C actions is stored dense. A quarter
// of the actions: on EWT dev with the shipped model (C = 104) the beam parse took ~5% less CPU
// than with half (the threshold of the sparse-row-only layout); a third was as fast, a sixth
// slower. The threshold changes no score, only how rows are summed.
func denseMin(C int) int { return max(C/4, 1) }

// addSlot adds sign (±1) × row r's weights to acc; h is the row's first slot word (already
// loaded).
func (m *Model) addSlot(acc *accs, h uint32, r uint32, C int, sign int64) {
	n := h >> 24
	if n == 0 {
		return
	}
	if n == denseMark {
		L := lanes(C)
		d := int(h&0xffffff) * L
		row := m.pairs[d : d+L]
		if sign > 0 {
			addLanes(acc[:], row)
		} else {
			subLanes(acc[:], row)
		}
		return
	}
	add := func(e uint32) {
		acc[e>>17&0x7f] += sign * int64(int16(uint16(e))) << (e >> 11 & 32) // lane a/2, shifted by 32·(a&1)
	}
	add(h)
	s := m.slots[r*slotWords : r*slotWords+slotWords : r*slotWords+slotWords]
	if n <= slotInline {
		for _, e := range s[1:n] {
			add(e)
		}
		return
	}
	for _, e := range s[1 : slotWords-1] {
		add(e)
	}
	o := s[slotWords-1]
	for _, e := range m.over[o : o+n-(slotWords-1)] {
		add(e)
	}
}
