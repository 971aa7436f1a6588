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
func (m *Model) scoreBeam(f []uint64, b, s0 int32, out *accs, fs [][]uint64, bfront, btop []int32, as []accs, done []int, bc *bufCache, gs *groups) {
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
		m.scoreGroups(f, b, bc, &gs.s0, &gs.n0, &gs.tmp, out)
		return
	}
	copy(out[:L], as[best][:L])
	g := fs[best]
	plus, minus := &bc.plus, &bc.minus
	n := 0
	for t, h := range fo {
		if h != g[t] {
			plus[n], minus[n] = h, g[t]
			n++
		}
	}
	// the cluster templates of set 3 (after the buffer templates), compared the same way
	for t := numFeatures; t < len(f); t++ {
		if h := f[t]; h != g[t] {
			plus[n], minus[n] = h, g[t]
			n++
		}
	}
	m.addRows(out, plus[:n], 1, C, &bc.rs)
	m.addRows(out, minus[:n], -1, C, &bc.rs)
}

// addRows adds sign × the weight rows of the feature hashes hs (at most maxFeatures) to acc
// (C actions). It first loads every row's first slot word, then sums: the loads are
// independent, so their cache misses overlap (with the row-start layout before the slots,
// loading each row only when it was summed took about 9% more CPU on EWT dev). The dense rows
// (about 40% of the rows a scoring reads on EWT, ~4 a call) are summed last in one addDense
// call, which keeps acc in registers across them: 4% less CPU in the beam parse than adding
// each dense row to acc in memory (paired in-process runs over the EWT slices, warm caches). The tails of long
// rows (in m.over) are touched the same way before the sums. rs is per-goroutine scratch (its
// sink keeps the warming reads from being compiled away, see touch).
func (m *Model) addRows(acc *accs, hs []uint64, sign int64, C int, rs *rowScratch) {
	idx, hd := &rs.idx, &rs.hd
	shift := 64 - m.bits
	sl := m.slots
	for i, h := range hs {
		r := uint32(h >> shift)
		idx[i] = r
		hd[i] = sl[r*slotWords]
	}
	rs.sink |= m.touch(idx[:len(hs)], hd[:len(hs)])
	// the dense rows are summed together after the others (addDense), the sparse ones as met
	L := lanes(C)
	dn, nd := &rs.dense, 0
	for i := range hs {
		if h := hd[i]; h>>24 == denseMark {
			dn[nd] = int32(h&0xffffff) * int32(L)
			nd++
		} else {
			m.addSlot(acc, h, idx[i], C, sign)
		}
	}
	addDense(acc[:L], m.pairs, dn[:nd], sign)
}

// touch reads the first overflow entry of each long row among rows idx (first slot words hd),
// so that it is in cache when the row is summed, and returns their bitwise OR: a value of no
// meaning that the caller stores in per-goroutine scratch (rowScratch.sink) so that the reads are
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
	copy(dst[numFeatures:], f[numFeatures:]) // set 3's cluster templates stay last
}

// otherTemplates are the rest, in split order: the templates that read both the stack top and
// the buffer front, then those of the stack top's side alone (s0Templates), then those of the
// buffer front's own arcs (n0Templates), so that each group is a contiguous run of a split
// feature vector (groupCache).
var otherTemplates = func() []int {
	var in [numFeatures]bool
	for _, t := range bufferTemplates {
		in[t] = true
	}
	for _, t := range s0Templates {
		in[t] = true
	}
	for _, t := range n0Templates {
		in[t] = true
	}
	var out []int
	for t := 0; t < numFeatures; t++ {
		if !in[t] {
			out = append(out, t)
		}
	}
	out = append(out, s0Templates[:]...)
	return append(out, n0Templates[:]...)
}()

// s0Templates are the templates that read only the stack top s0 and its own arcs (its word, tag
// and suffix; its head and grandparent; its two outermost children on each side; its
// valencies, label sets and label), and n0Templates those that read only the buffer front's
// arcs (its valency, left children and left label set, with its word or tag). A configuration
// shares them with every other one whose stack top, or buffer front, has the same arcs, which
// the beam's hypotheses often do when they differ elsewhere (groupCache).
var (
	s0Templates = [...]int{0, 1, 2, 32, 33, 34, 35, 38, 39, 40, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 55, 56, 57, 58, 62, 63, 64, 66, 67, 68, 69, 76}
	n0Templates = [...]int{36, 37, 47, 48, 49, 59, 60, 61, 65, 70, 71}
)

// Positions in split order: [0, nCross) the templates of both, then the s0 group, the n0 group,
// and the buffer templates from nOther.
const (
	nCross = nOther - len(s0Templates) - len(n0Templates)
	s0End  = nCross + len(s0Templates)
)

// groupCache holds, for one sentence, the summed weight rows of one group of templates
// (positions [lo, hi) of a split feature vector) for each distinct tuple of their values met,
// with a tag (the n0 group is summed with the buffer templates, whose values the buffer front
// determines, so its tag is the buffer front). The sum is a function of the values alone, so
// an entry found for the same tag and values is exact for any configuration.
type groupCache struct {
	lo, hi int
	max    int      // entries the arrays hold (reset)
	n      int      // entries used
	l      int      // lanes per vector
	keys   []uint64 // per entry: the tag, then the hi-lo values
	vecs   []int64  // per entry: l lanes
	slot   []int32  // open addressing on the hash of tag and values: entry+1, 0 empty
}

// reset empties g for a sentence in which at most max configurations are scored, with l lanes.
func (g *groupCache) reset(max, l int) {
	g.max, g.n, g.l = max, 0, l
	size := 1
	for size < 2*max {
		size <<= 1
	}
	if cap(g.slot) < size {
		g.slot = make([]int32, size)
	}
	g.slot = g.slot[:size]
	clear(g.slot)
	if w := g.hi - g.lo + 1; cap(g.keys) < max*w {
		g.keys = make([]uint64, max*w)
	}
	if cap(g.vecs) < max*l {
		g.vecs = make([]int64, max*l)
	}
}

// get returns the vector of (tag, f[lo:hi]) and whether it holds their sum; when it does not,
// it is a new entry for the caller to fill. nil: no room (more configurations scored than
// reset was told).
func (g *groupCache) get(tag uint64, f []uint64) ([]int64, bool) {
	vals := f[g.lo:g.hi]
	h := tag * 0x9e3779b97f4a7c15
	for _, v := range vals {
		h = (h ^ v) * 0xbf58476d1ce4e5b9
	}
	h ^= h >> 31
	w := len(vals) + 1
	mask := len(g.slot) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		e := int(g.slot[i])
		if e == 0 {
			if g.n == g.max {
				return nil, false
			}
			k := g.keys[g.n*w : (g.n+1)*w]
			k[0] = tag
			copy(k[1:], vals)
			g.slot[i] = int32(g.n + 1)
			v := g.vecs[g.n*g.l : (g.n+1)*g.l]
			g.n++
			return v, false
		}
		if k := g.keys[(e-1)*w : e*w]; k[0] == tag && equalHashes(k[1:], vals) {
			return g.vecs[(e-1)*g.l : e*g.l], true
		}
	}
}

func equalHashes(a, b []uint64) bool {
	b = b[:len(a)]
	for i, x := range a {
		if x != b[i] {
			return false
		}
	}
	return true
}

// scoreGroups is scoreCached for the beam: the n0 group with the buffer templates and the s0
// group are taken from their caches (summed and kept when new), the rest is summed. tmp is
// scratch.
func (m *Model) scoreGroups(f []uint64, b int32, bc *bufCache, s0, n0 *groupCache, tmp, out *accs) {
	C, L := bc.c, lanes(bc.c)
	nv, ok := n0.get(uint64(b), f)
	if nv == nil {
		m.scoreCached(f, b, bc, out)
		return
	}
	if ok {
		copy(out[:L], nv)
	} else {
		copy(out[:L], bc.get(m, b, f))
		m.addRows(out, f[s0End:nOther], 1, C, &bc.rs)
		copy(nv, out[:L])
	}
	if len(f) > numFeatures { // set 3's cluster templates
		m.addRows(out, f[numFeatures:], 1, C, &bc.rs)
	}
	sv, ok := s0.get(0, f)
	if sv == nil {
		m.addRows(out, f[:s0End], 1, C, &bc.rs)
		return
	}
	if !ok {
		clear(tmp[:L])
		m.addRows(tmp, f[nCross:s0End], 1, C, &bc.rs)
		copy(sv, tmp[:L])
	}
	addLanes(out[:], sv)
	m.addRows(out, f[:nCross], 1, C, &bc.rs)
}

// groups are the beam's group caches of one sentence (scoreGroups).
type groups struct {
	s0, n0 groupCache
	tmp    accs
}

func newGroups() *groups {
	return &groups{s0: groupCache{lo: nCross, hi: s0End}, n0: groupCache{lo: s0End, hi: nOther}}
}

// maxGroupEntries bounds a group cache: about 0.7 MB for both groups, enough for a sentence of
// 127 words at beam 4.
const maxGroupEntries = 1024

// reset prepares gs for a sentence of n words parsed with beam width k over C actions.
func (gs *groups) reset(n, k, C int) {
	// the most configurations a beam parse scores: k per step, at most 2n steps; bounded so that
	// an overlong "sentence" (a table run together) keeps no large scratch in the parser pool
	// (its later configurations are then scored without the caches)
	max := min(k*(2*n+2), maxGroupEntries)
	gs.s0.reset(max, lanes(C))
	gs.n0.reset(max, lanes(C))
}

// bufCache holds, for one sentence, the summed buffer-template rows of each buffer position.
type bufCache struct {
	c   int     // actions
	vec []int64 // (n+2) × lanes(c)
	ok  []bool
	rs  rowScratch
	// scoreBeam's lists of the templates that differ from the base's
	plus, minus [nOther + numClusterFeatures]uint64
}

// rowScratch is addRows's per-goroutine scratch: the rows and first slot words of the features
// being summed, the lane offsets of the dense rows among them (kept here rather than on addRows's stack, which Go would clear at every call)
// and sink (see touch).
type rowScratch struct {
	idx, hd [maxFeatures]uint32
	dense   [maxFeatures]int32
	sink    uint32
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
		m.addRows(&acc, f[nOther:numFeatures], 1, bc.c, &bc.rs)
		copy(v, acc[:L])
		bc.ok[b] = true
	}
	return v
}

// scoreCached sets acc to the scores of split features f of a configuration with buffer front b.
func (m *Model) scoreCached(f []uint64, b int32, bc *bufCache, acc *accs) {
	C := bc.c
	copy(acc[:lanes(C)], bc.get(m, b, f))
	m.addRows(acc, f[:nOther], 1, C, &bc.rs)
	if len(f) > numFeatures { // set 3's cluster templates
		m.addRows(acc, f[numFeatures:], 1, C, &bc.rs)
	}
}
