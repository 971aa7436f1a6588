package depparse

// Incremental scoring for the beam. The hypotheses of one beam step mostly share their
// configuration (same stack top and buffer front, different label of the last arc, or one
// word more on the stack), so most of their 82 feature hashes are equal template by template.
// A hypothesis's action scores are then those of an already-scored sibling plus the rows of
// the features that differ minus the sibling's rows for them: exact, since the model's weights
// are summed as integers, and cheaper whenever fewer than half the templates differ.

// accs is the integer score vector of one hypothesis (one slot per action; 256 covers the
// action byte).
type accs [256]int32

// scoreBeam fills out with the scores of the feature vector f (buffer front b) of a hypothesis,
// reusing the scores of an earlier hypothesis of the same step (fs[j], bfront[j], as[j] for j
// in done) when few templates differ.
func (m *Model) scoreBeam(f []uint64, b int32, out *accs, fs [][]uint64, bfront []int32, as []accs, done []int, bc *bufCache) {
	C := bc.c
	best, bestDiff := -1, len(otherTemplates)/2
	for _, j := range done {
		g := fs[j]
		d := 0
		if bfront[j] != b {
			d = 2
		}
		for _, t := range otherTemplates {
			if f[t] != g[t] {
				d++
			}
		}
		if d < bestDiff {
			best, bestDiff = j, d
		}
	}
	if best < 0 {
		m.scoreCached(f, b, bc, out)
		return
	}
	*out = as[best]
	g := fs[best]
	if bb := bfront[best]; bb != b {
		add, sub := bc.get(m, b, f), bc.get(m, bb, g)
		for a := range add {
			out[a] += add[a] - sub[a]
		}
	}
	var plus, minus [numFeatures]uint64
	n := 0
	for _, t := range otherTemplates {
		if h := f[t]; h != g[t] {
			plus[n], minus[n] = h, g[t]
			n++
		}
	}
	m.addRows(out, plus[:n], 1, C, &bc.sink)
	m.addRows(out, minus[:n], -1, C, &bc.sink)
}

// addRows adds sign × the weight rows of the feature hashes hs (at most numFeatures) to acc
// (C actions). Like scoreCached, it first reads every row's bounds, then every row's first
// entry, then sums: the loads of each pass are independent, so their cache misses overlap
// (on EWT dev this takes about 9% less CPU than loading each row when it is summed). sink is
// per-goroutine scratch that keeps the warming reads from being compiled away (see touch).
func (m *Model) addRows(acc *accs, hs []uint64, sign int32, C int, sink *uint32) {
	var lo, hi [numFeatures]uint32
	shift := 64 - m.bits
	rs := m.rowStart
	for i, h := range hs {
		r := h >> shift
		lo[i], hi[i] = rs[r], rs[r+1]
	}
	*sink |= touch(m.ent, lo[:len(hs)], hi[:len(hs)])
	for i := range hs {
		es := m.ent[lo[i]:hi[i]]
		if sign > 0 {
			m.addEntries(acc, es, C)
		} else {
			m.subEntries(acc, es, C)
		}
	}
}

// touch reads the first entry of each non-empty row ent[lo[i]:hi[i]], so that the rows are in
// cache when they are summed, and returns their bitwise OR: a value of no meaning that the
// caller stores in per-goroutine scratch (bufCache.sink) so that the reads are not compiled
// away (a global would be written by concurrent parses).
func touch(ent []uint32, lo, hi []uint32) uint32 {
	var x uint32
	for i := range lo {
		if lo[i] < hi[i] {
			x |= ent[lo[i]]
		}
	}
	return x
}

// bufferTemplates are the templates (indexes into extract's output) whose value depends only on
// the buffer front b: the words, tags and suffixes of n0, n1, n2 and their tag n-grams. Their
// summed rows are the same for every configuration with the same b, so a parse sums them once
// per buffer position (bufCache) instead of at every step and for every hypothesis.
var bufferTemplates = [...]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 19, 20, 77, 78}

// otherTemplates are the rest, in order.
var otherTemplates = func() []int {
	var in [numFeatures]bool
	for _, t := range bufferTemplates {
		in[t] = true
	}
	var out []int
	for t := 0; t < numFeatures; t++ {
		if !in[t] {
			out = append(out, t)
		}
	}
	return out
}()

// bufCache holds, for one sentence, the summed buffer-template rows of each buffer position.
type bufCache struct {
	c    int
	vec  []int32 // (n+2) × c
	ok   []bool
	sink uint32 // see touch
}

func (bc *bufCache) reset(n, c int) {
	bc.c = c
	size := (n + 2) * c
	if cap(bc.vec) < size {
		bc.vec = make([]int32, size)
		bc.ok = make([]bool, n+2)
	}
	bc.vec = bc.vec[:size]
	bc.ok = bc.ok[:n+2]
	clear(bc.ok)
}

// get returns the buffer-template sum for buffer front b, whose configuration has features f.
func (bc *bufCache) get(m *Model, b int32, f []uint64) []int32 {
	v := bc.vec[int(b)*bc.c:][:bc.c]
	if !bc.ok[b] {
		var acc accs
		var hs [len(bufferTemplates)]uint64
		for i, t := range bufferTemplates {
			hs[i] = f[t]
		}
		m.addRows(&acc, hs[:], 1, bc.c, &bc.sink)
		copy(v, acc[:bc.c])
		bc.ok[b] = true
	}
	return v
}

// scoreCached sets acc to the scores of features f of a configuration with buffer front b.
func (m *Model) scoreCached(f []uint64, b int32, bc *bufCache, acc *accs) {
	C := bc.c
	*acc = accs{}
	copy(acc[:C], bc.get(m, b, f))
	// First every row's bounds, then the sums: the bound loads are independent, so the CPU
	// overlaps their cache misses instead of waiting for each in turn.
	var lo, hi [numFeatures]uint32
	shift := 64 - m.bits
	rs := m.rowStart
	for i, t := range otherTemplates {
		r := f[t] >> shift
		lo[i], hi[i] = rs[r], rs[r+1]
	}
	// Then the first entry of every row, for the same reason: the sums below find their rows
	// in cache.
	bc.sink |= touch(m.ent, lo[:len(otherTemplates)], hi[:len(otherTemplates)])
	for i := range otherTemplates {
		m.addEntries(acc, m.ent[lo[i]:hi[i]], C)
	}
}
