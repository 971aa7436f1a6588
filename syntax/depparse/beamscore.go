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

// addRow adds sign × the weight row of feature hash h to acc (C actions).
func (m *Model) addRow(h uint64, sign int32, acc *accs, C int) {
	r := h >> (64 - m.bits)
	es := m.ent[m.rowStart[r]:m.rowStart[r+1]]
	if len(es) == 1 && es[0]>>24 == denseMark {
		d := int(es[0]&0xffffff) * C
		row := m.dense[d : d+C]
		a := acc[:len(row)]
		if sign > 0 {
			for j, v := range row {
				a[j] += int32(v)
			}
		} else {
			for j, v := range row {
				a[j] -= int32(v)
			}
		}
		return
	}
	for _, e := range es {
		acc[uint8(e>>16)] += sign * int32(int16(uint16(e)))
	}
}

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
	for _, t := range otherTemplates {
		if h := f[t]; h != g[t] {
			m.addRow(h, 1, out, C)
			m.addRow(g[t], -1, out, C)
		}
	}
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
	c   int
	vec []int32 // (n+2) × c
	ok  []bool
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
		for _, t := range bufferTemplates {
			m.addRow(f[t], 1, &acc, bc.c)
		}
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
	for i := range otherTemplates {
		m.addEntries(acc, m.ent[lo[i]:hi[i]], C)
	}
}
