package depparse

// Incremental scoring for the beam. The hypotheses of one beam step mostly share their
// configuration (same stack top and buffer front, different label of the last arc, or one
// word more on the stack), so most of their 82 feature hashes are equal template by template.
// A hypothesis's action scores are then those of an already-scored sibling (of this step or the
// previous one, see keptSteps) plus the rows of the features that differ minus the sibling's
// rows for them: exact, since the model's weights are summed as integers, and cheaper whenever
// fewer than half the templates differ.

// accs is the integer score vector of one hypothesis, two actions to a 64-bit lane: lane j holds
// score(2j) + score(2j+1)·2^32, summed as int64. Adding a weight to action a adds it shifted
// by 32·(a&1) to lane a/2, and a dense row adds two weights with one instruction (pair rows,
// see pack). The pair sum is exact: every score stays far inside int32 (at most a few hundred
// rows of 16-bit weights are summed), so the low 32 bits of a lane are score(2j) as an int32
// and what remains, shifted down, is score(2j+1) (at). 128 lanes cover the action byte.
type accs [128]int64

// lanes is the number of lanes that hold C actions.
func lanes(C int) int { return (C + 1) / 2 }

// at returns the score of action a.
func (acc *accs) at(a int) int32 {
	v := acc[a>>1]
	lo := int32(uint32(v))
	if a&1 == 0 {
		return lo
	}
	return int32((v - int64(lo)) >> 32)
}

// floats writes the scores of actions 0..len(scores)-1 as float32 (as at reads them, a lane at
// a time).
func (acc *accs) floats(scores []float32) {
	n := len(scores)
	for j, v := range acc[:n/2] {
		lo := int32(uint32(v))
		scores[2*j] = float32(lo)
		scores[2*j+1] = float32(int32((v - int64(lo)) >> 32))
	}
	if n%2 == 1 {
		scores[n-1] = float32(acc.at(n - 1))
	}
}

// scoreBeam fills out with the scores of the split feature vector f (see split; buffer front b,
// stack top s0) of a hypothesis, reusing the scores of a hypothesis scored before in this
// sentence (fs[j], as[j] for j in done) when few templates differ. Only a hypothesis with the
// same buffer front and stack top is compared: another differs in the templates of the word it
// has there (most of the 69 that are not buffer templates; the first version compared every
// one and found such a base almost never). Whichever base is taken, the sums are exact.
func (m *Model) scoreBeam(f []uint64, b, s0 int32, out *accs, fs [][]uint64, bfront, btop []int32, as []accs, done []int, bc *bufCache) {
	C, L := bc.c, lanes(bc.c)
	best, bestDiff := -1, nOther/2
	fo := f[:nOther]
	// the latest scored first (the likeliest to be close); a count stops once it is no better
	// than the best so far
	for k := len(done) - 1; k >= 0 && bestDiff > 0; k-- {
		j := done[k]
		if bfront[j] != b || btop[j] != s0 {
			continue
		}
		g := fs[j][:nOther]
		d := 0
		for t, h := range fo {
			if h != g[t] {
				if d++; d >= bestDiff {
					break
				}
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
	copy(out[:L], as[best][:L])
	g := fs[best]
	var plus, minus [nOther]uint64
	n := 0
	for t, h := range fo {
		if h != g[t] {
			plus[n], minus[n] = h, g[t]
			n++
		}
	}
	m.addRows(out, plus[:n], 1, C, &bc.sink)
	m.addRows(out, minus[:n], -1, C, &bc.sink)
}

// addRows adds sign × the weight rows of the feature hashes hs (at most numFeatures) to acc
// (C actions). It first loads every row's first slot word, then sums: the loads are
// independent, so their cache misses overlap (with the row-start layout before the slots,
// loading each row only when it was summed took about 9% more CPU on EWT dev). The tails of long
// rows (in m.over) are touched the same way before the sums. sink is per-goroutine scratch that keeps the warming reads from being compiled away
// (see touch).
func (m *Model) addRows(acc *accs, hs []uint64, sign int64, C int, sink *uint32) {
	var idx, hd [numFeatures]uint32
	shift := 64 - m.bits
	sl := m.slots
	for i, h := range hs {
		r := uint32(h >> shift)
		idx[i] = r
		hd[i] = sl[r*slotWords]
	}
	*sink |= m.touch(idx[:len(hs)], hd[:len(hs)])
	for i := range hs {
		m.addSlot(acc, hd[i], idx[i], C, sign)
	}
}

// touch reads the first overflow entry of each long row among rows idx (first slot words hd),
// so that it is in cache when the row is summed, and returns their bitwise OR: a value of no
// meaning that the caller stores in per-goroutine scratch (bufCache.sink) so that the reads are
// not compiled away (a global would be written by concurrent parses).
func (m *Model) touch(idx, hd []uint32) uint32 {
	var x uint32
	for i, h := range hd {
		if n := h >> 24; n > slotInline && n != denseMark {
			x |= m.over[m.slots[idx[i]*slotWords+slotWords-1]]
		}
	}
	return x
}

// bufferTemplates are the templates (indexes into extract's output) whose value depends only on
// the buffer front b: the words, tags and suffixes of n0, n1, n2 and their tag n-grams. Their
// summed rows are the same for every configuration with the same b, so a parse sums them once
// per buffer position (bufCache) instead of at every step and for every hypothesis.
var bufferTemplates = [...]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 19, 20, 77, 78}

// nOther is the number of the other templates.
const nOther = numFeatures - len(bufferTemplates)

// split writes extract's output f as the scoring functions read it: the other templates' values
// first (otherTemplates order), then the buffer templates' (bufferTemplates order), so that
// comparing two configurations' other templates is one contiguous loop.
func split(dst, f []uint64) {
	o, bt := dst[:nOther], dst[nOther:numFeatures]
	for i, t := range otherTemplates {
		o[i] = f[t]
	}
	for i, t := range bufferTemplates {
		bt[i] = f[t]
	}
}

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
	c    int     // actions
	vec  []int64 // (n+2) × lanes(c)
	ok   []bool
	sink uint32 // see touch
}

func (bc *bufCache) reset(n, c int) {
	bc.c = c
	size := (n + 2) * lanes(c)
	if cap(bc.vec) < size {
		bc.vec = make([]int64, size)
		bc.ok = make([]bool, n+2)
	}
	bc.vec = bc.vec[:size]
	bc.ok = bc.ok[:n+2]
	clear(bc.ok)
}

// get returns the buffer-template sum for buffer front b, whose configuration has split features
// f.
func (bc *bufCache) get(m *Model, b int32, f []uint64) []int64 {
	L := lanes(bc.c)
	v := bc.vec[int(b)*L:][:L]
	if !bc.ok[b] {
		var acc accs
		m.addRows(&acc, f[nOther:numFeatures], 1, bc.c, &bc.sink)
		copy(v, acc[:L])
		bc.ok[b] = true
	}
	return v
}

// scoreCached sets acc to the scores of split features f of a configuration with buffer front b.
func (m *Model) scoreCached(f []uint64, b int32, bc *bufCache, acc *accs) {
	C := bc.c
	copy(acc[:lanes(C)], bc.get(m, b, f))
	m.addRows(acc, f[:nOther], 1, C, &bc.sink)
}
