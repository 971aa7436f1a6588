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

// scoreBeam fills acc with the scores of the feature vector f of hypothesis i, reusing the
// scores of an earlier hypothesis of the same step (fs[j], acc[j] for j in done) when few
// templates differ.
func (m *Model) scoreBeam(f []uint64, out *accs, fs [][]uint64, as []accs, done []int) {
	C := m.numActions()
	best, bestDiff := -1, numFeatures/2
	for _, j := range done {
		g := fs[j]
		d := 0
		for t := range f {
			if f[t] != g[t] {
				d++
			}
		}
		if d < bestDiff {
			best, bestDiff = j, d
		}
	}
	if best < 0 {
		m.scoreInt(f, out)
		return
	}
	*out = as[best]
	g := fs[best]
	for t, h := range f {
		if h != g[t] {
			m.addRow(h, 1, out, C)
			m.addRow(g[t], -1, out, C)
		}
	}
}
